import type { AuthoredItem } from '../model';

/** A case study's questions: each a quiz item of its own that carries the shared scenario. */
export const CASE_QUESTIONS = { min: 2, max: 4 } as const;
/** The shortest scenario worth a case: a situation and its requirements. */
export const CASE_SCENARIO_MIN = 120;

/**
 * Checks a case study (`type: case` with `title`, `scenario` and 2 to 4 `questions` of the other types);
 * returns its questions, each with the case attached, or the reason it is invalid. `n` numbers the case
 * in its note (1-based) and names it `case-n`.
 */
export function readCase(raw: Record<string, unknown>, n: number): AuthoredItem[] | string {
  const extra = Object.keys(raw).filter(k => !['type', 'title', 'scenario', 'questions'].includes(k));
  if (extra.length) {
    const keys = `unknown key${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`;
    return `has ${keys} (a case has title, scenario and questions)`;
  }
  const { title, scenario, questions } = raw;
  if (!isText(title)) return 'is a case study without a title';
  if (!isText(scenario) || scenario.trim().length < CASE_SCENARIO_MIN) {
    return `is a case study whose scenario is missing or shorter than ${CASE_SCENARIO_MIN} characters`;
  }
  if (!Array.isArray(questions) || questions.length < CASE_QUESTIONS.min || questions.length > CASE_QUESTIONS.max) {
    return `is a case study that needs questions: ${CASE_QUESTIONS.min} to ${CASE_QUESTIONS.max} quiz items`;
  }
  const out: AuthoredItem[] = [];
  for (const [k, q] of questions.entries()) {
    if (isRecord(q) && q.type === 'case') return `has a case inside a case (question ${k + 1})`;
    const item = readQuizItem(q);
    if (typeof item === 'string') return `has a question ${k + 1} that ${item}`;
    const ref = {
      id: `case-${n}`,
      title: title.trim(),
      scenario: scenario.trim(),
      part: k + 1,
      parts: questions.length,
    };
    out.push({ ...item, case: ref });
  }
  return out;
}

/** Checks one authored quiz item; returns the item or the reason it is invalid. */
export function readQuizItem(raw: unknown): AuthoredItem | string {
  if (!isRecord(raw)) return 'must be a mapping with type, question and explanation';
  const { type, question, explanation } = raw;
  if (!isText(question)) return 'needs a question';
  if (!isText(explanation)) return 'needs an explanation';
  const known: Record<string, readonly string[]> = {
    single: ['choices', 'answer'],
    multiple: ['choices', 'answer'],
    ordering: ['items'],
    matching: ['pairs'],
  };
  if (typeof type !== 'string' || !(type in known)) {
    return `has an unknown type "${String(type)}" (single, multiple, ordering, matching or case)`;
  }
  const extra = Object.keys(raw).filter(
    k => !['type', 'question', 'explanation', 'id', 'skill', 'quoting', ...known[type]].includes(k),
  );
  if (extra.length) return `has unknown key${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`;
  const { skill } = raw;
  if (skill !== undefined && (typeof skill !== 'string' || !/^[1-5]\.[1-9]\.[a-z]$/.test(skill))) {
    return `has skill ${JSON.stringify(skill)}, which is not a skill id like "3.1.b"`;
  }
  if (raw.quoting !== undefined && typeof raw.quoting !== 'boolean') return 'has quoting that is not true or false';
  const base = {
    question: question.trim(),
    explanation: explanation.trim(),
    ...(skill === undefined ? {} : { skill }),
    ...(raw.quoting === true ? { quoting: true } : {}),
  };
  switch (type) {
    case 'single': {
      const choices = textList(raw.choices);
      if (!choices || choices.length < 2) return 'needs at least two text choices';
      if (hasDuplicates(choices)) return 'has two identical choices';
      if (!isIndex(raw.answer, choices.length))
        return `needs answer: the zero-based index of the right choice (0 to ${choices.length - 1})`;
      return { type, ...base, choices, answer: raw.answer };
    }
    case 'multiple': {
      const choices = textList(raw.choices);
      if (!choices || choices.length < 3) return 'needs at least three text choices';
      if (hasDuplicates(choices)) return 'has two identical choices';
      const answer = raw.answer;
      if (
        !Array.isArray(answer) ||
        answer.length < 2 ||
        !answer.every(a => isIndex(a, choices.length)) ||
        hasDuplicates(answer)
      ) {
        return 'needs answer: a list of two or more distinct zero-based choice indexes';
      }
      if (answer.length >= choices.length) return 'must leave at least one choice wrong';
      const wanted = choose(question);
      if (wanted !== undefined && wanted !== answer.length)
        return `says "choose ${wanted}" but lists ${answer.length} answers`;
      return { type, ...base, choices, answer: [...answer].sort((a, b) => a - b) };
    }
    case 'ordering': {
      const items = textList(raw.items);
      if (!items || items.length < 3 || items.length > 8) return 'needs items: 3 to 8 texts in the right order';
      if (hasDuplicates(items)) return 'has two identical items';
      return { type, ...base, items };
    }
    default: {
      const pairs = raw.pairs;
      if (!Array.isArray(pairs) || pairs.length < 2 || pairs.length > 6)
        return 'needs pairs: 2 to 6 [left, right] pairs';
      const out: [string, string][] = [];
      for (const p of pairs) {
        if (!Array.isArray(p) || p.length !== 2 || !isText(p[0]) || !isText(p[1]))
          return 'has a pair that is not [left, right] text';
        out.push([p[0].trim(), p[1].trim()]);
      }
      if (hasDuplicates(out.map(p => p[0])) || hasDuplicates(out.map(p => p[1])))
        return 'has two identical sides in its pairs';
      return { type: 'matching', ...base, pairs: out };
    }
  }
}

const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };
function choose(question: string): number | undefined {
  const m = /\bchoose (two|three|four|[234])\b/i.exec(question);
  return m ? NUMBERS[m[1].toLowerCase()] : undefined;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}
function textList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = v.map(x => (typeof x === 'number' || typeof x === 'boolean' ? String(x) : x));
  return out.every(isText) ? out.map(s => (s as string).trim()) : undefined;
}
function isIndex(v: unknown, length: number): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;
}
function hasDuplicates(list: readonly unknown[]): boolean {
  return new Set(list.map(x => (typeof x === 'string' ? x.toLowerCase() : x))).size !== list.length;
}
