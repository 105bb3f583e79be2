// Spaced repetition over the stored progress: rate an answer, schedule it with FSRS, list what is
// due, summarise mastery, and merge two progress stores. Pure: `now` is always passed in.
import { Rating, State, createEmptyCard, fsrs, generatorParameters, type Grade } from 'ts-fsrs';
import { historyOf, mergeHistory, noteAnswer, noteExam, type ExamRecord } from './history';
import { PROGRESS_VERSION, itemState, loadCard, storeCard, type ItemState, type ProgressData } from './progress';

/** Correct answers faster than this rate Easy. */
export const FAST_MS = 8_000;
/** Correct answers up to this rate Good; slower ones rate Hard. */
export const SLOW_MS = 25_000;
/** An item is mastered once FSRS has it in Review with at least this stability (days). */
export const MASTERED_STABILITY_DAYS = 21;

/** FSRS with its default parameters and no fuzz, so the same answers give the same schedule. */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** How the learner rated their own answer, when they did: it replaces the timing rule. */
export type SelfRating = 'knew' | 'guessed';

/**
 * The FSRS rating of an answer. Wrong is always Again. Right: 'knew' → Easy, 'guessed' → Hard;
 * without an override, under FAST_MS → Easy, up to SLOW_MS → Good, slower → Hard. A time that
 * is not a finite, non-negative number of ms counts as Good.
 */
export function ratingFor(correct: boolean, ms: number, override?: SelfRating): Grade {
  if (!correct) return Rating.Again;
  if (override === 'knew') return Rating.Easy;
  if (override === 'guessed') return Rating.Hard;
  if (!Number.isFinite(ms) || ms < 0) return Rating.Good;
  return ms < FAST_MS ? Rating.Easy : ms <= SLOW_MS ? Rating.Good : Rating.Hard;
}

export interface Answer {
  readonly itemId: string;
  readonly conceptId: string;
  readonly correct: boolean;
  /** How long the learner took, in milliseconds. */
  readonly ms: number;
  readonly override?: SelfRating;
  readonly now: Date;
  /** For a wrong answer: the concept whose answer the learner chose instead. */
  readonly confusedWith?: string;
}

/**
 * The progress after one answer: counts updated and the item rescheduled by FSRS. Pure: `data`
 * is not changed. A clock earlier than the item's last answer (another machine's, through sync)
 * counts as no time having passed. Throws a RangeError only when `now` is an invalid date.
 */
export function recordAnswer(data: ProgressData, answer: Answer): ProgressData {
  const nowMs = answer.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('recordAnswer: `now` is not a valid date');
  const prior = itemState(data, answer.itemId);
  const at = new Date(
    Math.max(
      nowMs,
      prior ? Date.parse(prior.lastAnswer) : nowMs,
      prior?.card.last_review ? Date.parse(prior.card.last_review) : nowMs,
    ),
  );
  const card = prior ? loadCard(prior.card) : createEmptyCard(at);
  const next = scheduler.next(card, at, ratingFor(answer.correct, answer.ms, answer.override)).card;
  const state: ItemState = {
    conceptId: answer.conceptId,
    seen: (prior?.seen ?? 0) + 1,
    correct: (prior?.correct ?? 0) + (answer.correct ? 1 : 0),
    lastAnswer: at.toISOString(),
    lastCorrect: answer.correct,
    card: storeCard(next),
  };
  const confusion =
    !answer.correct && answer.confusedWith ? { asked: answer.conceptId, chosen: answer.confusedWith } : undefined;
  return {
    version: PROGRESS_VERSION,
    items: { ...data.items, [answer.itemId]: state },
    ...noteAnswer(historyOf(data), at, confusion),
  };
}

/** The progress with a finished mock exam's per-domain results added. */
export function recordExam(data: ProgressData, exam: ExamRecord): ProgressData {
  return { ...data, ...noteExam(historyOf(data), exam) };
}

/**
 * The progress with an item's latest answer rated again, as when the learner says "I knew it" or
 * "I guessed" after the feedback: the answer is recorded anew, with `override`, on top of `prior`
 * (the item's state before that answer; undefined when it had none). `answer` is the answer as
 * first recorded, so its time is kept.
 */
export function rerateAnswer(
  data: ProgressData,
  prior: ItemState | undefined,
  answer: Answer,
  override: SelfRating,
): ProgressData {
  const items = { ...data.items };
  if (prior) items[answer.itemId] = prior;
  else delete items[answer.itemId];
  // The answer was counted in the history when first recorded: the history stays as it is.
  const next = recordAnswer({ version: PROGRESS_VERSION, items }, { ...answer, override });
  return { version: PROGRESS_VERSION, items: next.items, ...historyOf(data) };
}

/** Ids of the items due at `now` (due <= now), most overdue first; ties by id. */
export function dueItems(data: ProgressData, now: Date): string[] {
  const nowMs = now.getTime();
  return Object.entries(data.items)
    .map(([id, s]) => ({ id, due: Date.parse(s.card.due) }))
    .filter(x => x.due <= nowMs)
    .sort((x, y) => x.due - y.due || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map(x => x.id);
}

/** How many items are due at `now`. */
export function dueCount(data: ProgressData, now: Date): number {
  const nowMs = now.getTime();
  let n = 0;
  for (const s of Object.values(data.items)) if (Date.parse(s.card.due) <= nowMs) n++;
  return n;
}

/** True once FSRS has the item in Review with a stability of MASTERED_STABILITY_DAYS or more. */
export function isMastered(state: ItemState): boolean {
  return state.card.state === State.Review && state.card.stability >= MASTERED_STABILITY_DAYS;
}

export interface Mastery {
  /** Items of the set answered at least once. */
  readonly seen: number;
  /** Items in the set (distinct ids). */
  readonly total: number;
  /** Right answers over all answers given to the set, 0..1; 0 when nothing was answered. */
  readonly correctRate: number;
  /** Items of the set due at `now`. */
  readonly due: number;
  /** Items of the set that are mastered (see `isMastered`). */
  readonly mastered: number;
}

/** A summary of a set of items (a concept's, a topic's), for descriptions in the topics tree. */
export function mastery(data: ProgressData, itemIds: readonly string[], now: Date): Mastery {
  const nowMs = now.getTime();
  const ids = new Set(itemIds);
  let seen = 0,
    answers = 0,
    correct = 0,
    due = 0,
    mastered = 0;
  for (const id of ids) {
    const s = itemState(data, id);
    if (!s) continue;
    if (s.seen > 0) seen++;
    answers += s.seen;
    correct += s.correct;
    if (Date.parse(s.card.due) <= nowMs) due++;
    if (isMastered(s)) mastered++;
  }
  return { seen, total: ids.size, correctRate: answers ? correct / answers : 0, due, mastered };
}

/** Below this share of right answers an item counts as weak. */
export const WEAK_RATE = 0.6;

/**
 * The concepts worth studying now: those with a quiz item that is due at `now`, or weak (its last
 * answer was wrong, or under WEAK_RATE of its answers were right).
 */
export function studyConceptIds(data: ProgressData, now: Date): Set<string> {
  const nowMs = now.getTime();
  const out = new Set<string>();
  for (const s of Object.values(data.items)) {
    const weak = !s.lastCorrect || (s.seen > 0 && s.correct / s.seen < WEAK_RATE);
    if (weak || Date.parse(s.card.due) <= nowMs) out.add(s.conceptId);
  }
  return out;
}

/**
 * Both stores' items in one. An item on one side only is kept as is. An item on both sides is
 * taken whole from the side whose `lastAnswer` is later (ties: more answers, then more right
 * answers, then more FSRS reviews, then `a`). Nothing is ever added up, so merging the same
 * export twice changes nothing and answers are never counted twice; the cost is that answers
 * given on the side with the older `lastAnswer` since the two diverged are not counted.
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const items = new Map<string, ItemState>(Object.entries(a.items));
  for (const [id, theirs] of Object.entries(b.items)) {
    const ours = items.get(id);
    items.set(id, ours && !isNewer(theirs, ours) ? ours : theirs);
  }
  return { version: PROGRESS_VERSION, items: Object.fromEntries(items), ...mergeHistory(a, b) };
}

/** Whether `x` should replace `y` when both hold the same item. */
function isNewer(x: ItemState, y: ItemState): boolean {
  const keys: ((s: ItemState) => number)[] = [
    s => Date.parse(s.lastAnswer),
    s => s.seen,
    s => s.correct,
    s => s.card.reps,
  ];
  for (const key of keys) {
    const d = key(x) - key(y);
    if (d) return d > 0;
  }
  return false;
}
