// What progress keeps beside the item cards, for the readiness view: answers per day (the calendar),
// mock-exam results per domain, and which concept's answer was chosen for which concept. Every
// field is optional, so progress files written before these existed stay valid. Pure and host-free.

/** One mock exam: when it ended and, per exam domain ("1".."5"), [right, asked]. */
export interface ExamRecord {
  readonly at: string;
  readonly domains: Readonly<Record<string, readonly [number, number]>>;
}

export interface StudyHistory {
  /** Answers given per local calendar day ("2026-12-01": 14). */
  readonly days?: Readonly<Record<string, number>>;
  /** Mock exams, oldest first; at most MAX_EXAMS. */
  readonly exams?: readonly ExamRecord[];
  /** Wrong answers that chose another concept's answer: "asked>chosen" (concept ids) → how often. */
  readonly confusions?: Readonly<Record<string, number>>;
}

export const MAX_DAYS = 400;
export const MAX_EXAMS = 20;
export const MAX_CONFUSIONS = 300;

/** The local calendar day of `d` as "YYYY-MM-DD". */
export function dayKey(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The history with one more answer on `now`'s day and, for a wrong answer, the confusion it shows. */
export function noteAnswer(h: StudyHistory, now: Date, confusion?: { asked: string; chosen: string }): StudyHistory {
  const key = dayKey(now);
  const days = keepLatest({ ...h.days, [key]: (own(h.days, key) ?? 0) + 1 }, MAX_DAYS);
  if (!confusion || confusion.asked === confusion.chosen) return { ...h, days };
  const pair = `${confusion.asked}>${confusion.chosen}`;
  const confusions = keepLargest({ ...h.confusions, [pair]: (own(h.confusions, pair) ?? 0) + 1 }, MAX_CONFUSIONS);
  return { ...h, days, confusions };
}

/** The history with a finished mock exam added. */
export function noteExam(h: StudyHistory, exam: ExamRecord): StudyHistory {
  return { ...h, exams: [...(h.exams ?? []), exam].slice(-MAX_EXAMS) };
}

/** The history fields of `h` only (to carry them from one progress value to the next). */
export function historyOf(h: StudyHistory): StudyHistory {
  return {
    ...(h.days ? { days: h.days } : {}),
    ...(h.exams ? { exams: h.exams } : {}),
    ...(h.confusions ? { confusions: h.confusions } : {}),
  };
}

/**
 * Two histories in one, so that merging the same export twice changes nothing: per day and per
 * pair the larger count, exams the union (by end time).
 */
export function mergeHistory(a: StudyHistory, b: StudyHistory): StudyHistory {
  const max = (x?: Readonly<Record<string, number>>, y?: Readonly<Record<string, number>>) => {
    if (!x || !y) return x ?? y;
    const out: Record<string, number> = { ...x };
    for (const [k, v] of Object.entries(y)) out[k] = Math.max(own(out, k) ?? 0, v);
    return out;
  };
  const days = max(a.days, b.days);
  const confusions = max(a.confusions, b.confusions);
  const byTime = new Map<string, ExamRecord>();
  for (const e of [...(a.exams ?? []), ...(b.exams ?? [])]) if (!byTime.has(e.at)) byTime.set(e.at, e);
  const exams = [...byTime.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at)).slice(-MAX_EXAMS);
  return historyOf({
    ...(days ? { days: keepLatest(days, MAX_DAYS) } : {}),
    ...(a.exams || b.exams ? { exams } : {}),
    ...(confusions ? { confusions: keepLargest(confusions, MAX_CONFUSIONS) } : {}),
  });
}

/** The history fields of a stored value: whatever does not validate is left out (never fails). */
export function readHistory(raw: Record<string, unknown>): StudyHistory {
  const days = counts(raw.days, k => /^\d{4}-\d{2}-\d{2}$/.test(k));
  const confusions = counts(raw.confusions, k => /^[^>]+>[^>]+$/.test(k));
  const exams = Array.isArray(raw.exams) ? raw.exams.map(readExam).filter((e): e is ExamRecord => !!e) : undefined;
  return historyOf({
    ...(days ? { days } : {}),
    ...(confusions ? { confusions } : {}),
    ...(exams ? { exams: exams.slice(-MAX_EXAMS) } : {}),
  });
}

function readExam(v: unknown): ExamRecord | undefined {
  if (!isRecord(v) || typeof v.at !== 'string' || !isRecord(v.domains)) return undefined;
  if (!Number.isFinite(Date.parse(v.at))) return undefined;
  const domains: Record<string, readonly [number, number]> = {};
  for (const [k, pair] of Object.entries(v.domains)) {
    if (!/^[1-9]$/.test(k) || !Array.isArray(pair) || pair.length !== 2) return undefined;
    const [right, asked] = pair as unknown[];
    if (!isCount(right) || !isCount(asked) || right > asked) return undefined;
    domains[k] = [right, asked];
  }
  return { at: new Date(Date.parse(v.at)).toISOString(), domains };
}

function counts(v: unknown, keyOk: (k: string) => boolean): Record<string, number> | undefined {
  if (!isRecord(v)) return undefined;
  const ok = (e: [string, unknown]): e is [string, number] => keyOk(e[0]) && isCount(e[1]) && e[1] > 0;
  return Object.fromEntries(Object.entries(v).filter(ok));
}

/** The `max` entries with the latest keys (ISO days sort as text). */
function keepLatest(o: Record<string, number>, max: number): Record<string, number> {
  const keys = Object.keys(o);
  if (keys.length <= max) return o;
  return Object.fromEntries(
    keys
      .sort()
      .slice(-max)
      .map(k => [k, o[k]]),
  );
}

/** The `max` entries with the largest counts. */
function keepLargest(o: Record<string, number>, max: number): Record<string, number> {
  const entries = Object.entries(o);
  if (entries.length <= max) return o;
  return Object.fromEntries(entries.sort((x, y) => y[1] - x[1]).slice(0, max));
}

function own(o: Readonly<Record<string, number>> | undefined, k: string): number | undefined {
  return o && Object.hasOwn(o, k) ? o[k] : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
