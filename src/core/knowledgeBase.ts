import type { Concept, KnowledgeData, Problem, Topic } from './model';
import { sortConcepts, sortTopics } from './notes/order';

/** Surface forms are compared ignoring case, spacing and hyphenation. */
export function formKey(form: string): string {
  return form
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

/**
 * The loaded knowledge: topics, concepts, quiz material and the problems found on the way.
 * Immutable; indexes for search and hover are built lazily elsewhere and cached per instance.
 */
export class KnowledgeBase implements KnowledgeData {
  readonly topics: readonly Topic[];
  readonly concepts: readonly Concept[];
  readonly problems: readonly Problem[];
  private readonly conceptById = new Map<string, Concept>();
  private readonly topicById = new Map<string, Topic>();
  private readonly childTopics = new Map<string | undefined, Topic[]>();
  private readonly topicConcepts = new Map<string, Concept[]>();

  constructor(data: KnowledgeData) {
    this.topics = data.topics;
    this.concepts = data.concepts;
    this.problems = data.problems;
    for (const c of this.concepts) {
      this.conceptById.set(c.id, c);
      push(this.topicConcepts, c.topicId, c);
    }
    for (const t of this.topics) {
      this.topicById.set(t.id, t);
      push(this.childTopics, t.parentId, t);
    }
  }

  concept(id: string): Concept | undefined {
    return this.conceptById.get(id);
  }
  topic(id: string): Topic | undefined {
    return this.topicById.get(id);
  }
  /** Topics directly under a topic (or the roots, for undefined), in order. */
  subtopics(parentId?: string): readonly Topic[] {
    return this.childTopics.get(parentId) ?? [];
  }
  /** Concepts that sit directly in a topic, in order. */
  conceptsIn(topicId: string): readonly Concept[] {
    return this.topicConcepts.get(topicId) ?? [];
  }
  /** Every concept in a topic and its subtopics. */
  conceptsUnder(topicId: string): Concept[] {
    return [...this.conceptsIn(topicId), ...this.subtopics(topicId).flatMap(t => this.conceptsUnder(t.id))];
  }
  /** The top-level topic a concept belongs to. */
  rootTopicOf(concept: Concept): Topic | undefined {
    let t = this.topicById.get(concept.topicId);
    while (t?.parentId !== undefined) t = this.topicById.get(t.parentId);
    return t;
  }
  /** The serialisable data, e.g. for the build's output. */
  toJSON(): KnowledgeData {
    return { topics: this.topics, concepts: this.concepts, problems: this.problems };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const LINK = /\]\(concept:([^)\s]+)\)/g;

/**
 * Joins several parsed roots (bundled first, then user folders) and checks what spans notes:
 * duplicate ids, a form claimed by two concepts, related ids and `concept:` links that go nowhere.
 * A later concept never replaces an earlier one: the clash is reported and the later one dropped.
 */
export function mergeKnowledge(parts: readonly KnowledgeData[]): KnowledgeBase {
  const problems: Problem[] = parts.flatMap(p => p.problems);
  const prechecked = new Set(parts.filter(p => p.linksChecked).flatMap(p => p.concepts));
  const topics = new Map<string, Topic>();
  const concepts = new Map<string, Concept>();
  for (const part of parts) {
    for (const t of part.topics) if (!topics.has(t.id)) topics.set(t.id, t);
    for (const c of [...part.concepts].sort((a, b) => a.source.file.localeCompare(b.source.file))) {
      const first = concepts.get(c.id);
      if (first) {
        const hint = first.origin === 'bundled' && c.origin === 'user' ? ' (a bundled concept; choose another id)' : '';
        problems.push({
          file: c.source.file,
          line: 2,
          severity: 'error',
          message: `Duplicate id "${c.id}": ${first.source.file} already defines it${hint}. This note was skipped.`,
        });
      } else concepts.set(c.id, c);
    }
  }
  const owner = new Map<string, Concept>();
  for (const c of concepts.values()) {
    for (const form of [c.title, ...c.aliases]) {
      const key = formKey(form);
      const prior = owner.get(key);
      if (prior && prior.id !== c.id) {
        problems.push({
          file: c.source.file,
          line: 2,
          severity: 'warning',
          message: `"${form}" is claimed by two concepts: "${prior.id}" (${prior.source.file}) and "${c.id}".`,
        });
      } else owner.set(key, c);
    }
  }
  const checked = [...concepts.values()].map(c => {
    const related = c.related.filter(r => {
      if (concepts.has(r) && r !== c.id) return true;
      problems.push({
        file: c.source.file,
        line: 2,
        severity: 'error',
        message: r === c.id ? `"${c.id}" lists itself as related.` : `Related concept "${r}" does not exist.`,
      });
      return false;
    });
    // The compiled bundled notes link only to bundled concepts, as the build checked: their text is read on
    // first use, not here.
    if (prechecked.has(c)) return related.length === c.related.length ? c : { ...c, related };
    c.body.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(LINK)) {
        if (!concepts.has(m[1]))
          problems.push({
            file: c.source.file,
            line: c.source.line + i,
            severity: 'error',
            message: `The link to concept:${m[1]} goes nowhere: no concept has that id.`,
          });
      }
    });
    c.quiz.forEach((q, i) => {
      for (const m of q.explanation.matchAll(LINK)) {
        if (!concepts.has(m[1]))
          problems.push({
            file: c.source.file,
            line: 2,
            severity: 'error',
            message: `Quiz item ${i + 1} links to concept:${m[1]}, which does not exist.`,
          });
      }
    });
    return related.length === c.related.length ? c : { ...c, related };
  });
  return new KnowledgeBase({ topics: sortTopics([...topics.values()]), concepts: sortConcepts(checked), problems });
}
