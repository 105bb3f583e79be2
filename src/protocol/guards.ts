// Validation of messages that arrive from webviews: a webview is a browser page, so nothing it
// sends is trusted. A table holds one guard per message type and fails to compile when a type of
// messages.ts has none; each guard accepts exactly that type's shape.
import type { FromConceptWebview, FromQuizWebview, FromReadinessWebview, Response } from './messages';

/** The most questions a mock exam may ask (the pool is smaller anyway). */
export const MAX_EXAM = 1000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isIndexList = (v: unknown, max = 64): v is number[] =>
  // Array.from: a hole in a sparse array is no index
  Array.isArray(v) && v.length <= max && Array.from(v).every(x => Number.isInteger(x) && x >= 0 && x < max);

export function isResponse(v: unknown): v is Response {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'single':
    case 'multiple':
      return isIndexList(v.picked);
    case 'ordering':
      return isIndexList(v.order);
    case 'matching':
      return isIndexList(v.matches);
    default:
      return false;
  }
}

type Guards<M extends { type: string }> = { readonly [K in M['type']]: (v: Record<string, unknown>) => boolean };

const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_EXAM;
const isIndex = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_EXAM;
const isMs = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** One guard per message type from the quiz webview: the fields beside `type`. */
export const QUIZ_GUARDS: Guards<FromQuizWebview> = {
  ready: () => true,
  next: () => true,
  finish: () => true,
  start: v =>
    v.mode === 'quick' ||
    v.mode === 'review' ||
    (v.mode === 'exam' && isCount(v.count) && typeof v.timed === 'boolean'),
  rate: v => isId(v.token) && (v.rating === 'knew' || v.rating === 'guessed'),
  answer: v => isId(v.token) && isResponse(v.answer) && isMs(v.ms),
  openConcept: v => isId(v.id),
  examGo: v => isId(v.token) && isIndex(v.index),
  examAnswer: v => isId(v.token) && isIndex(v.index) && isResponse(v.answer) && isMs(v.ms),
  examFlag: v => isId(v.token) && isIndex(v.index) && typeof v.flagged === 'boolean',
  examSubmit: v => isId(v.token),
};

/** One guard per message type from the concept view. */
export const CONCEPT_GUARDS: Guards<FromConceptWebview> = {
  open: v => isId(v.id),
  quiz: v => isId(v.id),
};

function check<M extends { type: string }>(guards: Guards<M>, v: unknown): v is M {
  if (!isObj(v) || typeof v.type !== 'string' || !Object.prototype.hasOwnProperty.call(guards, v.type)) return false;
  return guards[v.type as M['type']](v);
}

export const isFromQuizWebview = (v: unknown): v is FromQuizWebview => check(QUIZ_GUARDS, v);
export const isFromConceptWebview = (v: unknown): v is FromConceptWebview => check(CONCEPT_GUARDS, v);

const isDate = (v: unknown) => typeof v === 'string' && (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v));
const isSkill = (v: unknown) => typeof v === 'string' && /^[1-9]\.\d{1,2}\.[a-z]$/.test(v);

/** One guard per message type from the readiness view. */
export const READINESS_GUARDS: Guards<FromReadinessWebview> = {
  ready: () => true,
  setExamDate: v => isDate(v.date),
  studySkills: v =>
    Array.isArray(v.skills) && v.skills.length >= 1 && v.skills.length <= 20 && Array.from(v.skills).every(isSkill),
  openConcept: v => isId(v.id),
};

export const isFromReadinessWebview = (v: unknown): v is FromReadinessWebview => check(READINESS_GUARDS, v);
