import type { AuthoredItem, Concept } from '../model';
import type { KnowledgeBase } from '../knowledgeBase';

/** A quiz item ready to ask: authored in a note, or generated from a concept's definition. */
export type QuizItem = AuthoredItem & {
  /** Stable id: progress is keyed on it. */
  readonly id: string;
  readonly conceptId: string;
  readonly source: 'authored' | 'generated';
  /** The exam-guide skill it tests ("3.1.b"): its own, else its note's first; absent for untagged notes. */
  readonly skill?: string;
  /** The exam domain (1 to 5): the skill's, else the note's. */
  readonly domain?: number;
};

/** The skill and domain of a question of concept `c`, from the question's own skill or the note's tag. */
export function examPlace(c: Concept, skill?: string): { skill?: string; domain?: number } {
  const s = skill ?? c.exam?.skills?.[0];
  const domain = s ? Number(s[0]) : c.exam?.domain;
  return { ...(s ? { skill: s } : {}), ...(domain ? { domain } : {}) };
}

/** Every quiz item of a knowledge base: the authored ones, then those generated per concept. */
export function buildQuizItems(kb: KnowledgeBase): QuizItem[] {
  const out: QuizItem[] = [];
  for (const c of kb.concepts) {
    c.quiz.forEach(q => out.push({
      ...q, id: `${c.id}#${hash(q.question)}`, conceptId: c.id, source: 'authored', ...examPlace(c, q.skill),
    }));
  }
  for (const c of kb.concepts) out.push(...generateFor(kb, c));
  return out;
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,6}s?$/;

function generateFor(kb: KnowledgeBase, c: Concept): QuizItem[] {
  if (!c.summary) return [];
  const pool = neighbours(kb, c).filter(n => n.summary);
  if (pool.length < 3) return [];
  const items: QuizItem[] = [];
  const termChoices = distinctBy([c, ...pool], n => n.title.toLowerCase()).slice(0, 4);
  if (termChoices.length === 4) {
    items.push(generated(c, 'term', {
      type: 'single',
      question: `Which term matches this description?\n\n> ${hideTerm(c.summary, c)}`,
      choices: termChoices.map(n => n.title), answer: 0,
      explanation: `This describes [${c.title}](concept:${c.id}).`,
    }));
  }
  const defChoices = distinctBy([c, ...pool], n => n.summary.toLowerCase()).slice(0, 4);
  if (defChoices.length === 4) {
    items.push(generated(c, 'definition', {
      type: 'single',
      question: `Which statement best describes **${c.title}**?`,
      choices: defChoices.map(n => hideTerm(n.summary, n)), answer: 0,
      explanation: `${c.summary} See [${c.title}](concept:${c.id}).`,
    }));
  }
  const acronym = c.aliases.find(a => ACRONYM.test(a) && !a.endsWith('s'));
  if (acronym) {
    const others = distinctBy([c, ...pool], n => n.title.toLowerCase()).slice(0, 4);
    if (others.length === 4) {
      items.push(generated(c, 'acronym', {
        type: 'single',
        question: `In generative AI, what does **${acronym}** stand for?`,
        choices: others.map(n => n.title), answer: 0,
        explanation: `${acronym} is short for [${c.title}](concept:${c.id}): ${c.summary}`,
      }));
    }
  }
  return items;
}

function generated(c: Concept, kind: string, item: AuthoredItem): QuizItem {
  return { ...item, id: `${c.id}#gen-${kind}`, conceptId: c.id, source: 'generated', ...examPlace(c) };
}

/** Plausible distractors: related concepts, then the same topic, then the same top-level topic. */
export function neighbours(kb: KnowledgeBase, c: Concept): Concept[] {
  const seen = new Set<string>([c.id]);
  const out: Concept[] = [];
  // Candidates are read lazily: with thousands of concepts, most concepts fill up in their own topic.
  for (const n of candidates(kb, c)) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push(n);
    if (out.length >= 12) break;
  }
  return out;
}

function* candidates(kb: KnowledgeBase, c: Concept): Generator<Concept> {
  for (const id of c.related) {
    const r = kb.concept(id);
    if (r) yield r;
  }
  yield* kb.conceptsIn(c.topicId);
  const root = kb.rootTopicOf(c);
  if (root) yield* under(kb, root.id);
  yield* kb.concepts;
}

/** The concepts of a topic and its subtopics, in the order of `KnowledgeBase.conceptsUnder`. */
function* under(kb: KnowledgeBase, topicId: string): Generator<Concept> {
  yield* kb.conceptsIn(topicId);
  for (const t of kb.subtopics(topicId)) yield* under(kb, t.id);
}

function distinctBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter(x => !seen.has(key(x)) && !!seen.add(key(x)));
}

/** Replaces the concept's own names in a text with "___", so a definition does not give itself away. */
export function hideTerm(text: string, c: Concept): string {
  let out = text;
  const names = [c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases].filter(n => n.length >= 3).sort((a, b) => b.length - a.length);
  for (const n of names) out = hideWord(out, n);
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SUFFIXES = ['es', 's', ''];

/**
 * Every whole-word occurrence of `name` in `text`, ignoring case and with an optional plural
 * "s"/"es", replaced by "___". A hand-written scan: a regular expression per name costs far more
 * to compile than the scan, and the quiz generator runs this for every concept.
 */
export function hideWord(text: string, name: string): string {
  const lower = text.toLowerCase();
  const needle = name.toLowerCase();
  // Case-folding that changes a length (a few non-ASCII letters) would shift offsets: compare slice by slice then.
  const same = lower.length === text.length;
  const at = (i: number, part: string) => (same ? lower.startsWith(part, i) : text.slice(i, i + part.length).toLowerCase() === part);
  const isWord = (i: number) => i >= 0 && i < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  const before = (i: number) => isWord(i - 1) || (i >= 2 && isWord(i - 2) && text.codePointAt(i - 2)! > 0xffff);
  let out = '';
  let from = 0;
  for (let i = same ? lower.indexOf(needle) : 0; i >= 0 && i <= text.length - needle.length; i = same ? lower.indexOf(needle, i) : i) {
    if (!at(i, needle) || before(i)) { i++; continue; }
    const end = i + needle.length;
    const suffix = SUFFIXES.find(sfx => at(end, sfx) && !isWord(end + sfx.length));
    if (suffix === undefined) { i++; continue; }
    out += `${text.slice(from, i)}___`;
    i = from = end + suffix.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A short, stable hash (FNV-1a, base 36) for item ids. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
