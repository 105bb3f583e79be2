// How many reviews a day would keep every exam domain above the pass mark on the exam date: a
// simulation of daily study with FSRS, searched for the smallest daily number that is enough.
import { GUIDE_DOMAINS } from '../exam/guide';
import { chanceRight, reviewed, type ItemModel } from './recall';

/** The most reviews a day the plan considers. */
export const MAX_REVIEWS_PER_DAY = 200;
/** Only the last days before the exam are simulated (reviews earlier fade anyway): a bound on the work. */
const PLAN_DAYS = 120;
const DAY = 86_400_000;

/**
 * The smallest number of reviews a day, every day from `nowMs` until the exam at `examMs`, after
 * which every domain's item share on the exam date is at `mark` or over (one of LADDER's round
 * figures); null when
 * MAX_REVIEWS_PER_DAY is not enough. Each day reviews the items of the domains still short of the
 * mark whose chance on the exam date is lowest, and each review is assumed to go well (Good): a
 * lower bound for a learner who studies the note when they get a question wrong.
 */
export function reviewsToPass(
  models: readonly ItemModel[],
  nowMs: number,
  examMs: number,
  mark: number,
): number | null {
  const days = Math.floor((examMs - nowMs) / DAY);
  const start = days > PLAN_DAYS ? examMs - PLAN_DAYS * DAY : nowMs;
  const studyDays = Math.max(1, Math.min(days, PLAN_DAYS));
  const enough = (rung: number) => simulate(models, start, studyDays, examMs, LADDER[rung], mark);
  if (enough(0)) return 0;
  // Gallop up the ladder (small numbers simulate fast), then halve the gap.
  const top = LADDER.length - 1;
  let lo = 0,
    hi = 1; // not enough at LADDER[lo]
  while (!enough(hi)) {
    if (hi === top) return null;
    lo = hi;
    hi = Math.min(top, hi * 2);
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (enough(mid)) hi = mid;
    else lo = mid;
  }
  return LADDER[hi];
}

/** The daily numbers the plan picks from: a round figure is as precise as this estimate can be. */
const LADDER = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 125, 150, MAX_REVIEWS_PER_DAY];

type Simulated = { -readonly [K in keyof ItemModel]: ItemModel[K] };

function simulate(
  models: readonly ItemModel[],
  start: number,
  days: number,
  examMs: number,
  perDay: number,
  mark: number,
): boolean {
  const items: Simulated[] = models.map(m => ({ ...m }));
  // An item's chance on the exam date changes only when it is reviewed: kept per item, summed per domain.
  const chance = items.map(m => chanceRight(m, examMs));
  const sums = new Map<number, { sum: number; n: number }>();
  items.forEach((m, i) => {
    const s = sums.get(m.domain) ?? { sum: 0, n: 0 };
    s.sum += chance[i];
    s.n++;
    sums.set(m.domain, s);
  });
  const behind = () =>
    new Set(
      GUIDE_DOMAINS.map(d => d.domain).filter(d => {
        const s = sums.get(d);
        return s !== undefined && s.sum / s.n < mark;
      }),
    );
  for (let day = 0; day < days && perDay > 0; day++) {
    const short = behind();
    if (!short.size) return true;
    const at = start + day * DAY;
    for (const i of lowest(chance, i => short.has(items[i].domain), perDay)) {
      const m = items[i];
      m.card = reviewed(m.card, at);
      m.answers += 1;
      const next = chanceRight(m, examMs);
      sums.get(m.domain)!.sum += next - chance[i];
      chance[i] = next;
    }
  }
  return behind().size === 0;
}

/** Indexes of the `count` lowest values among those `eligible`, ties in index order. */
function lowest(values: readonly number[], eligible: (i: number) => boolean, count: number): number[] {
  const candidates = values.map((_, i) => i).filter(eligible);
  if (candidates.length <= count) return candidates;
  const limit = Float64Array.from(candidates, i => values[i]).sort()[count - 1];
  const below = candidates.filter(i => values[i] < limit);
  return [...below, ...candidates.filter(i => values[i] === limit).slice(0, count - below.length)];
}
