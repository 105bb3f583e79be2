// One stored quiz item as JSON: its shape (the item's counts and its FSRS card), reading and validating
// an entry (version 2) or migrating one (version 1), and converting cards to and from ts-fsrs.
// Pure and host-free: every function that needs the time is given `now`.
import { State, createEmptyCard, type Card } from 'ts-fsrs';

/** The FSRS card of one item (the fields of ts-fsrs's `Card`), with dates as ISO strings. */
export interface StoredCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  readonly state: State;
  /** Absent until the card's first review. */
  readonly last_review?: string;
}

/** Everything known about one quiz item. */
export interface ItemState {
  readonly conceptId: string;
  /** Answers given, and how many of them were right (`correct <= seen`). */
  readonly seen: number;
  readonly correct: number;
  /** When the latest answer was given (ISO), and whether it was right. */
  readonly lastAnswer: string;
  readonly lastCorrect: boolean;
  readonly card: StoredCard;
}

/** A version 2 entry, or why it is unreadable. */
export function readItem(v: unknown): ItemState | string {
  if (!isRecord(v)) return `the entry is ${describe(v)}, not an object`;
  if (typeof v.conceptId !== 'string') return 'conceptId is not a string';
  const counts = readCounts(v.seen, v.correct);
  if (typeof counts === 'string') return counts;
  const lastAnswer = readIso(v.lastAnswer);
  if (!lastAnswer) return 'lastAnswer is not a date';
  if (typeof v.lastCorrect !== 'boolean') return 'lastCorrect is not true or false';
  const card = readCard(v.card);
  if (typeof card === 'string') return `card: ${card}`;
  return { conceptId: v.conceptId, ...counts, lastAnswer, lastCorrect: v.lastCorrect, card };
}

function readCard(v: unknown): StoredCard | string {
  if (!isRecord(v)) return `${describe(v)}, not an object`;
  const due = readIso(v.due);
  if (!due) return 'due is not a date';
  const state = v.state;
  if (state !== State.New && state !== State.Learning && state !== State.Review && state !== State.Relearning)
    return 'state is not 0, 1, 2 or 3';
  const n: Partial<Record<string, number>> = {};
  for (const key of [
    'stability',
    'difficulty',
    'elapsed_days',
    'scheduled_days',
    'learning_steps',
    'reps',
    'lapses',
  ] as const) {
    const whole = key === 'learning_steps' || key === 'reps' || key === 'lapses';
    const x = v[key];
    if (!(whole ? isCount(x) : isNumber(x, 0))) return `${key} is not a ${whole ? 'whole' : 'non-negative'} number`;
    n[key] = (x as number) + 0; // -0 becomes 0, as it would through JSON
  }
  const {
    stability = 0,
    difficulty = 0,
    elapsed_days = 0,
    scheduled_days = 0,
    learning_steps = 0,
    reps = 0,
    lapses = 0,
  } = n;
  // FSRS takes a memory state of S in [0.001, 36500] and D in [1, 10], or none (0, 0) on a New card.
  const memory = stability >= 0.001 && stability <= 36500 && difficulty >= 1 && difficulty <= 10;
  if (!memory && !(state === State.New && stability === 0 && difficulty === 0))
    return 'stability or difficulty is out of range';
  const lastReview = v.last_review === undefined || v.last_review === null ? undefined : readIso(v.last_review);
  if (lastReview === undefined && v.last_review !== undefined && v.last_review !== null)
    return 'last_review is not a date';
  return {
    due,
    stability,
    difficulty,
    elapsed_days,
    scheduled_days,
    learning_steps,
    reps,
    lapses,
    state,
    ...(lastReview ? { last_review: lastReview } : {}),
  };
}

/** A version 1 entry migrated to version 2, or why it is unreadable. */
export function migrateV1(id: string, v: unknown, now: Date): ItemState | string {
  if (!isRecord(v)) return `the entry is ${describe(v)}, not an object`;
  const counts = readCounts(v.seen, v.correct);
  if (typeof counts === 'string') return counts;
  const last = v.last;
  const lastAnswer = typeof last === 'number' && last >= 0 ? isoOf(last) : undefined;
  if (!lastAnswer) return 'last is not a time';
  const nowMs = now.getTime();
  const due = Number.isFinite(nowMs) ? Math.min(last as number, nowMs) : (last as number);
  const hash = id.lastIndexOf('#');
  return {
    conceptId: hash > 0 ? id.slice(0, hash) : id,
    ...counts,
    lastAnswer,
    lastCorrect: counts.seen > 0 && counts.correct === counts.seen,
    card: storeCard(createEmptyCard(new Date(due))),
  };
}

function readCounts(seen: unknown, correct: unknown): { seen: number; correct: number } | string {
  if (!isCount(seen)) return 'seen is not a whole number';
  if (!isCount(correct)) return 'correct is not a whole number';
  if (correct > seen) return 'correct is more than seen';
  return { seen: seen + 0, correct: correct + 0 }; // -0 becomes 0, as it would through JSON
}

/** A ts-fsrs card as stored JSON. */
export function storeCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

/** A stored card as a ts-fsrs card. */
export function loadCard(card: StoredCard): Card {
  return {
    ...card,
    due: new Date(card.due),
    last_review: card.last_review === undefined ? undefined : new Date(card.last_review),
  };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNumber(v: unknown, min: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** The canonical ISO form of a date string, or undefined. */
function readIso(v: unknown): string | undefined {
  return typeof v === 'string' ? isoOf(Date.parse(v)) : undefined;
}

function isoOf(ms: number): string | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string "${v.slice(0, 20)}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}
