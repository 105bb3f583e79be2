import type { Concept, KnowledgeData, Origin, SourceRef, Topic } from '../model';

/** A concept without what its topic already tells: the topic path, a `bundled` origin, the usual file. */
export type PackedConcept = Omit<Concept, 'topicPath' | 'origin' | 'source'> & {
  readonly line: number;
  readonly file?: string;
  readonly topicPath?: readonly string[];
  readonly origin?: Origin;
};

/** The form of dist/notes.json: knowledge data with the derivable fields of concepts left out. */
export interface PackedKnowledge {
  readonly packed: 1;
  readonly topics: readonly Topic[];
  readonly concepts: readonly PackedConcept[];
  readonly problems: KnowledgeData['problems'];
}

const usualFile = (c: { id: string; topicId: string }) => `notes/${c.topicId}/${c.id}.md`;

function pathOf(topics: ReadonlyMap<string, Topic>, topicId: string): string[] {
  const path: string[] = [];
  for (
    let t = topics.get(topicId);
    t && path.length < 64;
    t = t.parentId === undefined ? undefined : topics.get(t.parentId)
  )
    path.unshift(t.title);
  return path;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Leaves out each field only where unpackKnowledge derives exactly the same value. */
export function packKnowledge(data: KnowledgeData): PackedKnowledge {
  const topics = new Map(data.topics.map(t => [t.id, t]));
  const concepts = data.concepts.map(({ topicPath, origin, source, ...rest }): PackedConcept => ({
    ...rest,
    line: source.line,
    ...(source.file === usualFile(rest) ? {} : { file: source.file }),
    ...(same(topicPath, pathOf(topics, rest.topicId)) ? {} : { topicPath }),
    ...(origin === 'bundled' ? {} : { origin }),
  }));
  return { packed: 1, topics: data.topics, concepts, problems: data.problems };
}

/** Knowledge data from either form. */
export function unpackKnowledge(data: KnowledgeData | PackedKnowledge): KnowledgeData {
  if (!('packed' in data)) return data;
  const topics = new Map(data.topics.map(t => [t.id, t]));
  const concepts = data.concepts.map(({ line, file, topicPath, origin, ...rest }): Concept => {
    const source: SourceRef = { file: file ?? usualFile(rest), line };
    return { ...rest, topicPath: topicPath ?? pathOf(topics, rest.topicId), origin: origin ?? 'bundled', source };
  });
  return { topics: data.topics, concepts, problems: data.problems };
}
