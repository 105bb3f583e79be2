// The form of the bundled notes in dist/: an index (dist/notes.json) with everything a hover, the
// Topics tree and the look-up by name need, and the text (bodies and quiz items, compressed by the
// build into dist/notes-text.zst) that only views, quizzes and the look-up in notes read. Concepts
// unpacked from it read their text on first use of `body` or `quiz`, all at once.
import type { AuthoredItem, Concept, KnowledgeData, Origin, SourceRef, Topic } from '../model';

/** A concept without its text and without what its topic already tells (path, origin, usual file). */
export type PackedConcept = Omit<Concept, 'topicPath' | 'origin' | 'source' | 'body' | 'quiz'> & {
  readonly line: number;
  readonly file?: string;
  readonly topicPath?: readonly string[];
  readonly origin?: Origin;
};

/** dist/notes.json: knowledge data without the concepts' text and with derivable fields left out. */
export interface PackedKnowledge {
  readonly packed: 2;
  readonly topics: readonly Topic[];
  readonly concepts: readonly PackedConcept[];
  readonly problems: KnowledgeData['problems'];
}

/** The text of one concept, in the order of `PackedKnowledge.concepts`. */
export type TextRow = readonly [body: string, quiz: readonly AuthoredItem[]];

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

/** The index and the text (JSON of `TextRow`s); each field is left out only where unpacking derives it. */
export function packKnowledge(data: KnowledgeData): { index: PackedKnowledge; text: string } {
  const topics = new Map(data.topics.map(t => [t.id, t]));
  const concepts = data.concepts.map(({ topicPath, origin, source, body: _b, quiz: _q, ...rest }): PackedConcept => ({
    ...rest,
    line: source.line,
    ...(source.file === usualFile(rest) ? {} : { file: source.file }),
    ...(same(topicPath, pathOf(topics, rest.topicId)) ? {} : { topicPath }),
    ...(origin === 'bundled' ? {} : { origin }),
  }));
  const rows: TextRow[] = data.concepts.map(c => [c.body, c.quiz]);
  return { index: { packed: 2, topics: data.topics, concepts, problems: data.problems }, text: JSON.stringify(rows) };
}

/**
 * Knowledge data from the index and a function that returns the text's JSON, called once, on the
 * first read of any concept's `body` or `quiz`.
 */
export function unpackKnowledge(index: PackedKnowledge, text: () => string): KnowledgeData {
  const topics = new Map(index.topics.map(t => [t.id, t]));
  let rows: readonly TextRow[] | undefined;
  const row = (i: number): TextRow => {
    rows ??= JSON.parse(text()) as TextRow[];
    if (rows.length !== index.concepts.length) throw new Error('The notes text does not match the notes index.');
    return rows[i];
  };
  const concepts = index.concepts.map(({ line, file, topicPath, origin, ...rest }, i): Concept => {
    const source: SourceRef = { file: file ?? usualFile(rest), line };
    const known = {
      ...rest,
      topicPath: topicPath ?? pathOf(topics, rest.topicId),
      origin: origin ?? 'bundled',
      source,
    };
    return Object.defineProperties(known, {
      body: { get: () => row(i)[0], enumerable: true },
      quiz: { get: () => row(i)[1], enumerable: true },
    }) as Concept;
  });
  return { topics: index.topics, concepts, problems: index.problems, linksChecked: true };
}
