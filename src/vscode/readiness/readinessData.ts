// The readiness view's figures: the core's estimate, calendar and confusions as the protocol's message.
import {
  MAX_REVIEWS_PER_DAY,
  confusedPairs,
  readiness,
  studyActivity,
  type KnowledgeBase,
  type ProgressData,
} from '../../core';
import type { ReadinessMessage } from '../../protocol';

/** The setting that holds the exam date ("YYYY-MM-DD"). */
export const EXAM_DATE_SETTING = 'genaiStudy.exam.date';

/** The local midnight of a "YYYY-MM-DD" day, or undefined when it is not one. */
export function parseDay(text: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : undefined;
}

/**
 * Everything the view shows, for `progress` at `now`; the exam date counts from 9:00 that day.
 * `plan: false` leaves the reviews a day out (the slow part) and marks them as pending.
 */
export function readinessMessage(
  kb: KnowledgeBase,
  progress: ProgressData,
  now: Date,
  examDay?: string,
  plan = true,
): ReadinessMessage {
  const day = parseDay(examDay);
  const examDate = day && new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9);
  const r = readiness(kb, progress, { now, plan, ...(examDate ? { examDate } : {}) });
  const message: ReadinessMessage = {
    type: 'readiness',
    madeAt: now.getTime(),
    passShare: r.passShare,
    overall: r.overall,
    domains: r.domains,
    ...(day ? { examDate: examDay!.trim(), ...(r.examDate ? {} : { examPast: true }) } : {}),
    ...(r.reviewsPerDay !== undefined ? { reviewsPerDay: r.reviewsPerDay } : {}),
    ...(r.examDate && !plan ? { planPending: true } : {}),
    maxReviews: MAX_REVIEWS_PER_DAY,
    weakestSkills: r.weakestSkills,
    activity: studyActivity(progress, { now, weeks: 26 }),
    confusions: confusedPairs(kb, progress, 5),
  };
  return message;
}
