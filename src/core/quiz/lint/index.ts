// Lints every authored question of a knowledge base: the figures `npm run notes:check` prints.
import { formKey, type KnowledgeBase } from '../../knowledgeBase';
import type { Concept } from '../../model';
import { LINT_RULES, lintItem, nearDuplicates, type ConceptByName, type LintFinding, type LintRule } from './rules';

export {
  lintItem,
  nearDuplicates,
  isAcronymOf,
  LINT_RULES,
  type LintFinding,
  type LintRule,
  type ConceptByName,
} from './rules';

export interface QuestionFinding extends LintFinding {
  readonly conceptId: string;
  readonly question: string;
}

export interface LintReport {
  readonly checked: number;
  readonly findings: readonly QuestionFinding[];
  readonly byRule: Readonly<Record<LintRule, number>>;
}

/** Looks a concept up by its title (without a "(...)" qualifier) or an alias, ignoring case and spacing. */
export function conceptsByName(concepts: readonly Concept[]): ConceptByName {
  const map = new Map<string, Concept>();
  for (const c of concepts) {
    for (const n of [c.title, c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases]) {
      if (!map.has(formKey(n))) map.set(formKey(n), c);
    }
  }
  // A name has at most 100 characters (NAME_MAX_CHARS): a longer option is a description, never a name.
  return name => (name.length > 100 ? undefined : map.get(formKey(name)));
}

export function lintAuthored(kb: KnowledgeBase, filter: (c: Concept) => boolean = () => true): LintReport {
  const byName = conceptsByName(kb.concepts);
  const findings: QuestionFinding[] = [];
  const all: { conceptId: string; item: Concept['quiz'][number] }[] = [];
  for (const c of kb.concepts.filter(filter)) {
    for (const item of c.quiz) {
      all.push({ conceptId: c.id, item });
      for (const f of lintItem(item, byName)) findings.push({ ...f, conceptId: c.id, question: item.question });
    }
  }
  for (const [a, b] of nearDuplicates(all)) {
    findings.push({
      rule: 'near-duplicate',
      conceptId: b.conceptId,
      question: b.item.question,
      message: `Near-duplicate of a question of ${a.conceptId} with the same answer: "${clip(a.item.question)}"`,
    });
  }
  const byRule = Object.fromEntries(LINT_RULES.map(r => [r, findings.filter(f => f.rule === r).length])) as Record<
    LintRule,
    number
  >;
  return { checked: all.length, findings, byRule };
}

/** A question's first 60 characters, for a message. */
function clip(question: string): string {
  return `${question.slice(0, 60)}…`;
}
