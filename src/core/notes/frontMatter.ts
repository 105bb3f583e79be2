import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';

export interface FrontMatter {
  /** The parsed YAML value (undefined when it could not be read). */
  readonly data: unknown;
  /** 1-based line of each top-level key, for messages. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** 1-based line of the first body line. */
  readonly bodyLine: number;
  readonly body: string;
  readonly errors: readonly { line: number; message: string }[];
}

/** Limits that keep hostile YAML (alias bombs, huge documents) cheap. */
const MAX_ALIAS_COUNT = 50;
const MAX_FRONT_MATTER_CHARS = 200_000;

/** Normalises line ends and strips a byte-order mark, so every later offset is stable. */
export function normaliseText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/**
 * Splits `---\nyaml\n---\nbody` and parses the YAML. Never throws: a missing or broken
 * front matter comes back as errors with their lines.
 */
export function readFrontMatter(raw: string): FrontMatter {
  const text = normaliseText(raw);
  const none = (message: string, line = 1): FrontMatter =>
    ({ data: undefined, keyLines: new Map(), bodyLine: 1, body: text, errors: [{ line, message }] });
  if (!text.startsWith('---\n')) return none('The note does not start with a "---" front-matter line.');
  const end = text.indexOf('\n---', 3);
  const close = end < 0 ? null : /^[ \t]*(\n|$)/.exec(text.slice(end + 4, end + 4 + 200));
  if (!close) return none('The front matter is not closed with a "---" line.');
  const yamlText = text.slice(4, end + 1);
  const bodyStart = end + 4 + close[0].length;
  const bodyLine = countLines(text, bodyStart);
  const body = text.slice(bodyStart);
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return { ...none(`The front matter is longer than ${MAX_FRONT_MATTER_CHARS} characters.`), bodyLine, body };
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return { ...none(`The front matter could not be read: ${String(e)}`, 2), bodyLine, body };
  }
  const lastYamlLine = countLines(yamlText, yamlText.length - 1) + 1;
  // +1 for the opening ---; an error found at the end (an unclosed quote) points at the last YAML line.
  const lineAt = (offset: number) => Math.min(lineCounter.linePos(offset).line + 1, lastYamlLine);
  const errors = doc.errors.map(e => ({ line: lineAt(e.pos[0]), message: firstLine(e.message) }));
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) keyLines.set(String(item.key.value), lineAt(item.key.range[0]));
    }
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      errors.push({ line: 2, message: `The front matter could not be read: ${firstLine(String((e as Error).message ?? e))}` });
    }
  }
  return { data, keyLines, bodyLine, body, errors };
}

function countLines(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
