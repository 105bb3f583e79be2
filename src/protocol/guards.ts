// Validation of messages that arrive from webviews: a webview is a browser page, so nothing it
// sends is trusted. Each guard accepts exactly the shapes of src/protocol.ts.
import type { Answer, FromConceptWebview, FromQuizWebview } from './protocol';

/** The most questions a mock exam may ask (the pool is smaller anyway). */
export const MAX_EXAM = 1000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isIndexList = (v: unknown, max = 64): v is number[] => // Array.from: a hole in a sparse array is no index
  Array.isArray(v) && v.length <= max && Array.from(v).every(x => Number.isInteger(x) && x >= 0 && x < max);

export function isAnswer(v: unknown): v is Answer {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'single': case 'multiple': return isIndexList(v.picked);
    case 'ordering': return isIndexList(v.order);
    case 'matching': return isIndexList(v.matches);
    default: return false;
  }
}

export function isFromQuizWebview(v: unknown): v is FromQuizWebview {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'ready': case 'next': case 'finish': return true;
    case 'start': return v.mode === 'quick' || v.mode === 'review'
      || (v.mode === 'exam' && Number.isInteger(v.count) && (v.count as number) >= 1 && (v.count as number) <= MAX_EXAM && typeof v.timed === 'boolean');
    case 'rate': return isId(v.token) && (v.rating === 'knew' || v.rating === 'guessed');
    case 'answer': return isId(v.token) && isAnswer(v.answer) && typeof v.ms === 'number' && Number.isFinite(v.ms) && v.ms >= 0;
    case 'openConcept': return isId(v.id);
    default: return false;
  }
}

export function isFromConceptWebview(v: unknown): v is FromConceptWebview {
  return isObj(v) && (v.type === 'open' || v.type === 'quiz') && isId(v.id);
}
