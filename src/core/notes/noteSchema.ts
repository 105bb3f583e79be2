import type { AuthoredItem, ExamTag, HoverRules } from '../model';
import { tokenize } from '../terms/tokenize';
import { thousands } from './frontMatter';
import { isRecord, isText, readCase, readQuizItem } from './quizSchema';

/** A concept note's front matter after validation (before cross-note checks). */
export interface ConceptFields {
  readonly id: string;
  readonly title: string;
  readonly aliases: string[];
  readonly summary: string;
  readonly related: string[];
  readonly order: number | undefined;
  readonly exam: ExamTag | undefined;
  readonly hover: HoverRules;
  readonly quiz: AuthoredItem[];
}

export interface TopicFields {
  readonly title: string;
  readonly summary: string;
  readonly order: number | undefined;
}

export type Report = (key: string | undefined, message: string, severity?: 'error' | 'warning') => void;

export const CONCEPT_KEYS = ['id', 'title', 'aliases', 'summary', 'related', 'order', 'exam', 'hover', 'quiz'] as const;
export const TOPIC_KEYS = ['title', 'summary', 'order'] as const;
export const SUMMARY_MAX = 250;
/** A title or alias is a name: room for any real one, and short enough to keep hovers and quizzes cheap. */
export const NAME_MAX_CHARS = 100;
export const NAME_MAX_WORDS = 12;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readConceptFields(data: unknown, fileId: string, report: Report): ConceptFields | undefined {
  if (!isRecord(data)) {
    report(undefined, 'The front matter must be a YAML mapping of keys to values.');
    return undefined;
  }
  unknownKeys(data, CONCEPT_KEYS, report);
  let id = fileId;
  if (data.id !== undefined) {
    if (typeof data.id === 'string' && ID.test(data.id)) id = data.id;
    else {
      report('id', `id ${preview(data.id)} must be lower-case words joined by hyphens, like "rlhf" or "latent-space".`);
      // The file name stands in for the id only where it is a valid id itself.
      if (!ID.test(fileId)) return undefined;
    }
  } else if (!ID.test(fileId)) {
    report(undefined, `No id, and the file name "${fileId}" is not a valid id: add "id: some-id".`);
    return undefined;
  }
  if (!isText(data.title)) {
    report('title', 'Missing title: add "title: ..." with the concept\'s name.');
    return undefined;
  }
  const title = data.title.trim();
  const long = overlong(title);
  if (long) {
    report('title', `The title ${long}.`);
    return undefined;
  }
  let summary = '';
  if (!isText(data.summary)) report('summary', 'Missing summary: one or two sentences, the hover text.');
  else {
    // Split and joined rather than replaced: the result is one flat string, which later reads need.
    summary = data.summary.trim().split(/\s+/).join(' ');
    if (summary.length >= SUMMARY_MAX)
      report('summary', `The summary has ${summary.length} characters; keep it under ${SUMMARY_MAX}.`, 'warning');
  }
  const aliases = textList(data.aliases, 'aliases', report).filter(a => {
    const why = overlong(a);
    if (why) report('aliases', `The alias ${preview(a)} ${why}. It was left out.`);
    return !why && a.toLowerCase() !== title.toLowerCase();
  });
  const related = textList(data.related, 'related', report);
  let order: number | undefined;
  if (data.order !== undefined) {
    if (typeof data.order === 'number' && Number.isFinite(data.order)) order = data.order;
    else report('order', 'order must be a number.');
  }
  return {
    id,
    title,
    summary,
    aliases,
    related,
    order,
    exam: readExam(data.exam, report),
    hover: readHover(data.hover, [title.replace(/\s*\([^)]*\)\s*$/, ''), ...aliases], report),
    quiz: readQuiz(data.quiz, report),
  };
}

export function readTopicFields(data: unknown, report: Report): TopicFields | undefined {
  if (data === undefined || data === null) return { title: '', summary: '', order: undefined };
  if (!isRecord(data)) {
    report(undefined, 'The front matter must be a YAML mapping of keys to values.');
    return undefined;
  }
  unknownKeys(data, TOPIC_KEYS, report);
  const order = typeof data.order === 'number' && Number.isFinite(data.order) ? data.order : undefined;
  if (data.order !== undefined && order === undefined) report('order', 'order must be a number.');
  return {
    title: isText(data.title) ? data.title.trim() : '',
    summary: isText(data.summary) ? data.summary.trim() : '',
    order,
  };
}

function unknownKeys(data: Record<string, unknown>, allowed: readonly string[], report: Report) {
  for (const k of Object.keys(data)) {
    if (!allowed.includes(k)) report(k, `Unknown front-matter key "${k}" (allowed: ${allowed.join(', ')}).`, 'warning');
  }
}

function textList(v: unknown, key: string, report: Report): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x === 'string' && x.trim()) out.push(x.trim());
    else if (typeof x === 'number') out.push(String(x));
    else report(key, `${key} must be a list of texts; ${preview(x)} is not one.`);
  }
  return [...new Set(out)];
}

/** A skill id of the exam guide: domain, task and letter, as in "3.1.b". */
export const SKILL = /^[1-5]\.[1-9]\.[a-z]$/;

function readExam(v: unknown, report: Report): ExamTag | undefined {
  if (v === undefined) return undefined;
  if (!isRecord(v) || !Number.isInteger(v.domain) || (v.domain as number) < 1 || (v.domain as number) > 5) {
    report('exam', 'exam must look like { domain: 2, task: "2.1", skills: ["2.1.a"] }, with a domain from 1 to 5.');
    return undefined;
  }
  const domain = v.domain as number;
  for (const k of Object.keys(v)) {
    if (!['domain', 'task', 'skills', 'status'].includes(k)) {
      report('exam', `Unknown exam key "${k}" (allowed: domain, task, skills, status).`, 'warning');
    }
  }
  const task = v.task === undefined ? undefined : String(v.task);
  if (task !== undefined && !new RegExp(`^${String(domain)}\\.\\d$`).test(task)) {
    report('exam', `exam task "${task}" does not belong to domain ${String(domain)}.`, 'warning');
  }
  const skills = textList(v.skills, 'exam.skills', report).filter(s => {
    if (SKILL.test(s)) return true;
    report('exam', `exam skill "${s}" is not a skill id like "3.1.b"; it was left out.`);
    return false;
  });
  let status: ExamTag['status'];
  if (v.status === 'retired' || v.status === 'off-exam') status = v.status;
  else if (v.status !== undefined) report('exam', 'exam status must be "retired" or "off-exam".');
  return {
    domain,
    ...(task === undefined ? {} : { task }),
    ...(skills.length ? { skills } : {}),
    ...(status ? { status } : {}),
  };
}

function readHover(v: unknown, forms: readonly string[], report: Report): HoverRules {
  const none: HoverRules = { enabled: true, caseSensitive: [], standalone: [], exclude: [] };
  if (v === undefined || v === true) return none;
  if (v === false) return { ...none, enabled: false };
  if (!isRecord(v)) {
    report('hover', 'hover must be false or a mapping with case, standalone and exclude lists.');
    return none;
  }
  const list = (key: 'case' | 'standalone' | 'exclude') => {
    const items = textList(v[key], `hover.${key}`, report);
    for (const f of items)
      if (!forms.includes(f)) report('hover', `hover.${key} names "${f}", which is neither the title nor an alias.`);
    return items.filter(f => forms.includes(f));
  };
  for (const k of Object.keys(v))
    if (!['case', 'standalone', 'exclude'].includes(k))
      report('hover', `Unknown hover key "${k}" (allowed: case, standalone, exclude).`, 'warning');
  return { enabled: true, caseSensitive: list('case'), standalone: list('standalone'), exclude: list('exclude') };
}

function readQuiz(v: unknown, report: Report): AuthoredItem[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    report('quiz', 'quiz must be a list of questions.');
    return [];
  }
  const out: AuthoredItem[] = [];
  let cases = 0;
  v.forEach((raw, i) => {
    const item = isRecord(raw) && raw.type === 'case' ? readCase(raw, ++cases) : readQuizItem(raw);
    if (typeof item === 'string') report('quiz', `Quiz item ${i + 1} ${item}.`);
    else if (Array.isArray(item)) out.push(...item);
    else out.push(item);
  });
  return out;
}

/** Why a name is too long to be a title or alias, or undefined when it is fine. */
function overlong(name: string): string | undefined {
  const limits = `a name has at most ${NAME_MAX_CHARS} characters and ${NAME_MAX_WORDS} words`;
  if (name.length > NAME_MAX_CHARS) return `has ${thousands(name.length)} characters; ${limits}`;
  const words = tokenize(name).length;
  return words > NAME_MAX_WORDS ? `has ${words} words; ${limits}` : undefined;
}

/** Any YAML value, short, for a message: cycles (an alias inside its own anchor) included. */
function preview(v: unknown): string {
  const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text);
  if (typeof v === 'string') return `"${short(v)}"`;
  try {
    return short(JSON.stringify(v) ?? String(v));
  } catch {
    // only a cycle gets here
    return 'a value that contains itself (an alias inside its own anchor)';
  }
}
