// How well the notes cover the exam guide: notes and authored questions per skill, shares per domain,
// and the checks the build runs on the bundled notes.
import type { Concept } from '../model';
import { examPlace } from '../quiz/items';
import { EXAM_SKILLS, GUIDE_DOMAINS, RETIRED_SERVICES, type ExamSkill } from './guide';

export interface SkillCoverage {
  readonly skill: ExamSkill;
  /** Ids of the concepts whose notes list the skill. */
  readonly notes: readonly string[];
  /** Authored questions that test the skill. */
  readonly questions: number;
}

export interface DomainCoverage {
  readonly domain: number;
  readonly title: string;
  readonly weight: number;
  readonly questions: number;
  /** Share of the authored questions that have a domain, in percent. */
  readonly share: number;
}

export interface ExamCoverage {
  readonly concepts: number;
  /** Authored questions on exam material (not on retired or off-exam concepts). */
  readonly authored: number;
  readonly skills: readonly SkillCoverage[];
  readonly domains: readonly DomainCoverage[];
  /** Authored questions that resolve to no skill: the concept and the question's first words. */
  readonly unskilled: readonly { readonly conceptId: string; readonly question: string }[];
  /** Skill ids named by notes or questions that the guide does not have. */
  readonly unknownSkills: readonly { readonly conceptId: string; readonly skill: string }[];
}

/** A check that failed, placed by a text to find in a file (the caller turns it into a line). */
export interface CoverageIssue {
  readonly file: string;
  readonly find: string;
  readonly message: string;
}

export function examCoverage(concepts: readonly Concept[]): ExamCoverage {
  const notes = new Map<string, string[]>(EXAM_SKILLS.map(s => [s.id, []]));
  const questions = new Map<string, number>(EXAM_SKILLS.map(s => [s.id, 0]));
  const perDomain = new Map<number, number>();
  const unskilled: { conceptId: string; question: string }[] = [];
  const unknownSkills: { conceptId: string; skill: string }[] = [];
  let authored = 0;
  for (const c of concepts) {
    for (const s of c.exam?.skills ?? []) {
      const list = notes.get(s);
      if (list) list.push(c.id);
      else unknownSkills.push({ conceptId: c.id, skill: s });
    }
    // Questions on retired services or background beyond the exam count for neither skills nor shares.
    for (const q of c.exam?.status ? [] : c.quiz) {
      authored++;
      const { skill, domain } = examPlace(c, q.skill);
      if (domain) perDomain.set(domain, (perDomain.get(domain) ?? 0) + 1);
      if (!skill) unskilled.push({ conceptId: c.id, question: q.question });
      else if (questions.has(skill)) questions.set(skill, (questions.get(skill) ?? 0) + 1);
      else unknownSkills.push({ conceptId: c.id, skill });
    }
  }
  const placed = [...perDomain.values()].reduce((a, b) => a + b, 0);
  return {
    concepts: concepts.length,
    authored,
    skills: EXAM_SKILLS.map(skill => ({
      skill,
      notes: notes.get(skill.id) ?? [],
      questions: questions.get(skill.id) ?? 0,
    })),
    domains: GUIDE_DOMAINS.map(d => {
      const n = perDomain.get(d.domain) ?? 0;
      return { ...d, questions: n, share: placed ? (100 * n) / placed : 0 };
    }),
    unskilled,
    unknownSkills,
  };
}

/** Fewest authored questions a skill needs. */
export const MIN_SKILL_QUESTIONS = 2;
/** How far, in percentage points, a domain's share of the authored questions may be from its exam weight. */
export const MAX_SHARE_GAP = 4;
const GUIDE_FILE = 'src/core/exam/guide.ts';

/** What the build refuses in the bundled notes: uncovered skills, questions without a skill, unknown skills. */
export function coverageIssues(cov: ExamCoverage, fileOf: (conceptId: string) => string): CoverageIssue[] {
  const out: CoverageIssue[] = [];
  for (const s of cov.skills) {
    const where = { file: GUIDE_FILE, find: `S('${s.skill.id}'` };
    if (!s.notes.length) out.push({ ...where, message: `Skill ${s.skill.id} (${s.skill.label}) has no note.` });
    if (s.questions < MIN_SKILL_QUESTIONS) {
      out.push({
        ...where,
        message: `Skill ${s.skill.id} has ${s.questions} authored question(s); it needs ${MIN_SKILL_QUESTIONS}.`,
      });
    }
  }
  for (const d of cov.domains) {
    if (Math.abs(d.share - d.weight) > MAX_SHARE_GAP) {
      out.push({
        file: GUIDE_FILE,
        find: `domain: ${d.domain},`,
        message:
          `Domain ${d.domain} has ${d.share.toFixed(1)}% of the authored questions; its exam weight is ${d.weight}% ` +
          `(at most ${MAX_SHARE_GAP} points apart).`,
      });
    }
  }
  for (const u of cov.unskilled) {
    out.push({
      file: fileOf(u.conceptId),
      find: firstLine(u.question),
      message: 'This question has no skill: add "skill:" to it or "skills" to the note\'s exam tag.',
    });
  }
  for (const u of cov.unknownSkills) {
    out.push({ file: fileOf(u.conceptId), find: u.skill, message: `"${u.skill}" is not a skill of the exam guide.` });
  }
  return out;
}

const HISTORY = new RegExp(
  '\\b(retired|closed|closes|discontinued|renamed|formerly|former|no longer|was|were|replaced|successor|' +
    'previously|ended|shut)\\b',
  'i',
);

/** Sentences that name a retired service without saying it is history. */
export function retiredMentions(concepts: readonly Concept[], fileOf: (conceptId: string) => string): CoverageIssue[] {
  const out: CoverageIssue[] = [];
  for (const c of concepts) {
    const text = `${c.summary}\n${c.body}`;
    for (const { name, ended } of RETIRED_SERVICES) {
      const lower = name.toLowerCase();
      if (!text.toLowerCase().includes(lower)) continue;
      for (const sentence of text.split(/(?<=[.!?])\s+|\n\s*\n/)) {
        if (!sentence.toLowerCase().includes(lower) || HISTORY.test(sentence)) continue;
        out.push({
          file: fileOf(c.id),
          find: firstLine(sentence.slice(sentence.toLowerCase().indexOf(lower))),
          message: `Names ${name} as if it were current; it was ${ended}. Say so in the same sentence.`,
        });
      }
    }
  }
  return out;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0].slice(0, 24);
}
