// How ready the learner is for the exam: per exam domain and overall, the share of exam questions they
// would likely get right, with a band, from their own answers. Pure: the time is passed in.
//
// An item's chance is its FSRS retrievability (times a transfer factor: the exam asks new questions)
// plus a lucky guess when recall fails; an item never answered is a guess (so what has not been
// studied counts against the learner). A domain's share is
// the mean over its items, moved towards recent mock-exam results. The band (90%) adds two
// uncertainties: which questions the exam happens to ask (50 scored questions split by the domain
// weights) and how sure the recall of what was studied is (fewer answers, wider band).
import { GUIDE_DOMAINS, examSkill } from '../exam/guide';
import type { KnowledgeBase } from '../knowledgeBase';
import type { ExamRecord } from '../progress/history';
import type { ProgressData } from '../progress/progress';
import { reviewsToPass } from './plan';
import { chanceRight, itemModels, type ItemModel } from './recall';

/**
 * The pass mark as a share of the scored questions. AWS reports a scaled score (100 to 1,000, pass
 * at 700) equated across exam forms and publishes no raw cut score; 700 on that scale is two thirds
 * of the way up, and 70% right is the usual, slightly cautious reading of it.
 */
export const PASS_SHARE = 0.7;
/** Scored questions on the exam (65 asked, 15 of them unscored). */
export const SCORED_QUESTIONS = 50;
/** How many questions of evidence the item-based share counts for when it meets mock-exam results. */
const PRIOR_QUESTIONS = 10;
/** Mock results fade with this time constant, and count only this far back. */
const MOCK_FADE_DAYS = 30;
const MOCK_HORIZON_DAYS = 90;
const Z90 = 1.645;
const DAY = 86_400_000;

export type Verdict = 'above' | 'near' | 'below';

export interface Estimate {
  /** Share of the questions likely right, 0..1, and its 90% band. */
  readonly share: number;
  readonly low: number;
  readonly high: number;
  /** 'above' when the whole band is at or over the pass mark, 'below' when it is all under it. */
  readonly verdict: Verdict;
}

export interface DomainReadiness extends Estimate {
  readonly domain: number;
  readonly title: string;
  /** Percent of the exam. */
  readonly weight: number;
  /** Exam items of the domain in the notes, and how many of them the learner has answered. */
  readonly items: number;
  readonly seen: number;
  /** Mock-exam questions of the domain that moved the estimate. */
  readonly mockQuestions: number;
  /** The estimate on the exam date, with no more study. */
  readonly atDate?: Estimate;
}

export interface SkillReadiness {
  readonly skill: string;
  readonly label: string;
  readonly domain: number;
  readonly share: number;
  readonly items: number;
  readonly seen: number;
}

export interface Readiness {
  readonly passShare: number;
  readonly domains: readonly DomainReadiness[];
  readonly overall: Estimate & { readonly atDate?: Estimate };
  /** The exam date as given (ISO), when there is one in the future. */
  readonly examDate?: string;
  /**
   * With an exam date: successful reviews a day, from now to then, that keep every domain's share
   * on that date at the pass mark or over; null when even MAX_REVIEWS_PER_DAY would not.
   */
  readonly reviewsPerDay?: number | null;
  /** The skills with the lowest share, weakest first. */
  readonly weakestSkills: readonly SkillReadiness[];
}

export interface ReadinessOptions {
  readonly now: Date;
  readonly examDate?: Date;
  /** How many weakest skills to list (5). */
  readonly skills?: number;
  /** false: leave out `reviewsPerDay`, the slow part, for a first quick answer (default true). */
  readonly plan?: boolean;
}

/** The readiness estimate of `progress` over the exam items of `kb`. */
export function readiness(kb: KnowledgeBase, progress: ProgressData, options: ReadinessOptions): Readiness {
  const nowMs = options.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('readiness: `now` is not a valid date');
  const dateMs = options.examDate?.getTime();
  const future = dateMs !== undefined && Number.isFinite(dateMs) && dateMs > nowMs ? dateMs : undefined;
  const models = itemModels(kb, progress);
  const exams = progress.exams ?? [];
  const domains = GUIDE_DOMAINS.map(d => {
    const own = models.filter(m => m.domain === d.domain);
    const today = domainEstimate(own, d.domain, d.weight, exams, nowMs);
    const atDate = future === undefined ? undefined : domainEstimate(own, d.domain, d.weight, exams, future);
    return {
      domain: d.domain,
      title: d.title,
      weight: d.weight,
      items: own.length,
      seen: own.filter(m => m.answers > 0).length,
      ...today.estimate,
      mockQuestions: today.mockQuestions,
      ...(atDate ? { atDate: atDate.estimate } : {}),
    };
  });
  const overall = combine(domains);
  const atDate = future === undefined ? undefined : combine(domains.map(d => ({ ...d, ...d.atDate! })));
  return {
    passShare: PASS_SHARE,
    domains,
    overall: { ...overall, ...(atDate ? { atDate } : {}) },
    ...(future !== undefined
      ? {
          examDate: new Date(future).toISOString(),
          ...(options.plan !== false ? { reviewsPerDay: reviewsToPass(models, nowMs, future, PASS_SHARE) } : {}),
        }
      : {}),
    weakestSkills: weakest(models, nowMs, options.skills ?? 5),
  };
}

/** The verdict for a band against the pass mark. */
export function verdictOf(low: number, high: number, mark = PASS_SHARE): Verdict {
  return low >= mark ? 'above' : high < mark ? 'below' : 'near';
}

function domainEstimate(
  items: readonly ItemModel[],
  domain: number,
  weight: number,
  exams: readonly ExamRecord[],
  atMs: number,
) {
  const asked = Math.max(1, Math.round((SCORED_QUESTIONS * weight) / 100));
  const chances = items.map(m => chanceRight(m, atMs));
  const seen = items.filter(m => m.answers > 0);
  const itemShare = chances.length ? mean(chances) : 0.25;
  // How sure the recall of the studied items is: a binomial spread over the answers given to them.
  const seenChances = items.map((m, i) => (m.answers > 0 ? chances[i] : -1)).filter(c => c >= 0);
  const seenShare = items.length ? seen.length / items.length : 0;
  const answers = seen.reduce((n, m) => n + Math.min(m.answers, 3), 0);
  const ms = seenChances.length ? mean(seenChances) : 0;
  let modelVar = (seenShare ** 2 * (ms * (1 - ms))) / (answers + 1);
  // Recent mock exams: their right answers pull the share towards what the learner showed there.
  let right = 0,
    total = 0,
    mockQuestions = 0;
  for (const e of exams) {
    const age = (atMs - Date.parse(e.at)) / DAY;
    const pair = Object.hasOwn(e.domains, String(domain)) ? e.domains[String(domain)] : undefined;
    if (!pair || pair[1] === 0 || Date.parse(e.at) > atMs || age > MOCK_HORIZON_DAYS) continue;
    const w = Math.exp(-age / MOCK_FADE_DAYS);
    right += w * pair[0];
    total += w * pair[1];
    mockQuestions += pair[1];
  }
  const share = (PRIOR_QUESTIONS * itemShare + right) / (PRIOR_QUESTIONS + total);
  if (total > 0) {
    const k = PRIOR_QUESTIONS / (PRIOR_QUESTIONS + total);
    modelVar = k * k * modelVar + ((1 - k) ** 2 * (share * (1 - share))) / (total + 1);
  }
  const variance = (share * (1 - share)) / asked + modelVar;
  return { estimate: band(share, variance), mockQuestions, variance };
}

function band(share: number, variance: number): Estimate {
  const sd = Math.sqrt(Math.max(0, variance));
  const low = clamp01(share - Z90 * sd);
  const high = clamp01(share + Z90 * sd);
  return { share, low, high, verdict: verdictOf(low, high) };
}

/** The exam-weighted mean of the domains; the band from their variances (recovered from their bands). */
function combine(domains: readonly (Estimate & { weight: number })[]): Estimate {
  const total = domains.reduce((n, d) => n + d.weight, 0) || 1;
  let share = 0,
    variance = 0;
  for (const d of domains) {
    const w = d.weight / total;
    share += w * d.share;
    variance += w * w * ((d.high - d.low) / (2 * Z90)) ** 2;
  }
  return band(share, variance);
}

function weakest(models: readonly ItemModel[], nowMs: number, count: number): SkillReadiness[] {
  const bySkill = new Map<string, ItemModel[]>();
  for (const m of models) {
    if (!m.skill) continue;
    const list = bySkill.get(m.skill);
    if (list) list.push(m);
    else bySkill.set(m.skill, [m]);
  }
  const weight = (d: number) => GUIDE_DOMAINS.find(g => g.domain === d)?.weight ?? 0;
  return (
    [...bySkill.entries()]
      .map(([skill, items]) => ({
        skill,
        label: examSkill(skill)?.label ?? skill,
        domain: items[0].domain,
        share: mean(items.map(m => chanceRight(m, nowMs))),
        items: items.length,
        seen: items.filter(m => m.answers > 0).length,
      }))
      // Weakest first; among equals, the heavier domain, then the guide's order.
      .sort(
        (a, b) =>
          a.share - b.share ||
          weight(b.domain) - weight(a.domain) ||
          a.skill.localeCompare(b.skill, 'en', { numeric: true }),
      )
      .slice(0, Math.max(0, count))
  );
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
