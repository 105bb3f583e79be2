import type { Concept, KnowledgeData, NoteFile, Origin, Problem, Topic } from '../model';
import { readFrontMatter, thousands } from './frontMatter';
import { readConceptFields, readTopicFields, type Report } from './noteSchema';
import { MAX_NOTE_CHARS, sortConcepts, sortTopics } from './order';

export interface ParseOptions {
  readonly origin: Origin;
  /** Prefix for topic ids and the root topic, e.g. "user"; '' for the bundled notes. */
  readonly rootId?: string;
  /** Title of the root topic when rootId is set, e.g. "My notes". */
  readonly rootTitle?: string;
  /** Turns a note path into the file name shown in problems (default: the path). */
  readonly fileLabel?: (path: string) => string;
}

const TOPIC_FILES = new Set(['_topic.md', 'index.md']);
const MAX_DEPTH = 12;
/** Problems listed per note; the rest are counted. */
const MAX_NOTE_PROBLEMS = 20;

/**
 * Reads one root of notes: folders are topics, `_topic.md` or `index.md` describe a folder, and
 * every other `.md` file is a concept. Never throws; everything it could not read is a problem.
 */
export function parseNotes(files: readonly NoteFile[], options: ParseOptions): KnowledgeData {
  const problems: Problem[] = [];
  const label = options.fileLabel ?? ((p: string) => p);
  const root = options.rootId ?? '';
  const topics = new Map<string, Topic>();
  const concepts: Concept[] = [];
  const topicMeta = new Map<string, { title: string; summary: string; order: number | undefined; file: string }>();
  const noteFiles = files.filter(f => /\.md$/i.test(f.path) && !/(^|\/)readme\.md$/i.test(f.path));

  const readNote = (f: NoteFile, found: Problem[]) => {
    const parts = f.path.split('/').filter(Boolean);
    const name = parts.pop() ?? '';
    const file = label(f.path);
    const report =
      (line: number): Report =>
      (_key, message, severity = 'error') =>
        found.push({ file, line, message, severity });
    if (parts.length > MAX_DEPTH)
      return report(1)(undefined, `The note is nested ${parts.length} folders deep; at most ${MAX_DEPTH} are read.`);
    if (f.text.includes('\u0000')) return report(1)(undefined, 'The file is binary, not a Markdown note.');
    if (f.bytes !== undefined || f.text.length > MAX_NOTE_CHARS) {
      const size = f.bytes === undefined ? `${thousands(f.text.length)} characters` : `${thousands(f.bytes)} bytes`;
      return report(1)(
        undefined,
        `The note has ${size}; notes longer than ${thousands(MAX_NOTE_CHARS)} characters are not read.`,
      );
    }
    const fm = readFrontMatter(f.text);
    const keyReport: Report = (key, message, severity) =>
      report((key && fm.keyLines.get(key.split('.')[0])) || 2)(key, message, severity);
    for (const e of fm.errors) found.push({ file, line: e.line, message: `YAML: ${e.message}`, severity: 'error' });
    const folder = joinId(root, parts.join('/'));
    if (TOPIC_FILES.has(name.toLowerCase())) {
      const fields = fm.errors.length ? undefined : readTopicFields(fm.data, keyReport);
      if (fields) topicMeta.set(folder, { ...fields, file });
      return;
    }
    if (fm.errors.length) return;
    const fields = readConceptFields(fm.data, name.replace(/\.md$/i, ''), keyReport);
    if (!fields) return;
    const body = fm.body.trim();
    if (!body)
      report(fm.bodyLine)(undefined, 'The note has no body: write the explanation below the front matter.', 'warning');
    concepts.push({
      ...fields,
      body,
      order: fields.order ?? Number.MAX_SAFE_INTEGER,
      topicId: folder,
      topicPath: [],
      source: { file, line: fm.bodyLine },
      origin: options.origin,
    });
  };
  for (const f of noteFiles) {
    const found: Problem[] = [];
    readNote(f, found);
    problems.push(...found.slice(0, MAX_NOTE_PROBLEMS));
    const more = found.length - MAX_NOTE_PROBLEMS;
    const what = more > 1 ? 'problems in this note are' : 'problem in this note is';
    if (more > 0)
      problems.push({
        file: found[0].file,
        line: 1,
        severity: 'warning',
        message: `${thousands(more)} more ${what} not listed.`,
      });
  }

  const ensureTopic = (id: string): void => {
    if (topics.has(id) || (id === '' && !root)) return;
    const slash = id.lastIndexOf('/');
    const parentId = id === root ? undefined : slash < 0 ? (root ? root : '') : id.slice(0, slash);
    const folderName = id.slice(slash + 1);
    const meta = topicMeta.get(id);
    const isRoot = id === root && !!root;
    topics.set(id, {
      id,
      parentId: parentId === '' ? undefined : parentId,
      origin: options.origin,
      title: meta?.title || (isRoot ? (options.rootTitle ?? folderName) : titleFromFolder(folderName)),
      summary: meta?.summary ?? '',
      order: meta?.order ?? orderFromFolder(folderName),
      ...(meta ? { source: { file: meta.file, line: 1 } } : {}),
    });
    if (parentId !== undefined && parentId !== '') ensureTopic(parentId);
  };
  for (const c of concepts) ensureTopic(c.topicId);
  const withPaths = concepts.map(c => ({ ...c, topicPath: pathOf(c.topicId, topics) }));
  return { topics: sortTopics([...topics.values()]), concepts: sortConcepts(withPaths), problems };
}

function joinId(root: string, rel: string): string {
  return root && rel ? `${root}/${rel}` : root || rel;
}

function pathOf(topicId: string, topics: ReadonlyMap<string, Topic>): string[] {
  const out: string[] = [];
  for (let t = topics.get(topicId); t; t = t.parentId === undefined ? undefined : topics.get(t.parentId))
    out.unshift(t.title);
  return out;
}

export function titleFromFolder(name: string): string {
  const words = name
    .replace(/^\d+[-_. ]*/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}

function orderFromFolder(name: string): number {
  const m = /^(\d+)/.exec(name);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}
