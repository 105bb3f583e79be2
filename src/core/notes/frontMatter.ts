import { Composer, LineCounter, Parser, isMap, isScalar, type CST, type Document } from 'yaml';

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

/** Limits that keep hostile YAML (alias bombs, deep nesting, huge documents) cheap. */
const MAX_ALIAS_COUNT = 50;
const MAX_NESTING = 32;
const MAX_FRONT_MATTER_CHARS = 20_000;
/** YAML errors listed per note; the rest are counted. */
const MAX_YAML_ERRORS = 10;

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
  const none = (message: string, line = 1): FrontMatter => ({
    data: undefined,
    keyLines: new Map(),
    bodyLine: 1,
    body: text,
    errors: [{ line, message }],
  });
  if (!text.startsWith('---\n')) return none('The note does not start with a "---" front-matter line.');
  const end = text.indexOf('\n---', 3);
  const close = end < 0 ? null : /^[ \t]*(\n|$)/.exec(text.slice(end + 4, end + 4 + 200));
  if (!close) return none('The front matter is not closed with a "---" line.');
  const yamlText = text.slice(4, end + 1);
  const bodyStart = end + 4 + close[0].length;
  const bodyLine = countLines(text, bodyStart);
  const body = text.slice(bodyStart);
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return {
      ...none(
        `The front matter has ${thousands(yamlText.length)} characters; ` +
          `at most ${thousands(MAX_FRONT_MATTER_CHARS)} are read.`,
      ),
      bodyLine,
      body,
    };
  }
  const lineCounter = new LineCounter();
  const lastYamlLine = countLines(yamlText, yamlText.length - 1) + 1;
  // +1 for the opening ---; an error found at the end (an unclosed quote) points at the last YAML line.
  const lineAt = (offset: number) => Math.min(lineCounter.linePos(offset).line + 1, lastYamlLine);
  let doc: Document.Parsed | undefined;
  let secondDoc: number | undefined;
  try {
    // The steps of yaml's parseDocument, with a look at the syntax tree before it is composed.
    const tokens = [...new Parser(lineCounter.addNewLine).parse(yamlText)];
    const excess = overLimits(tokens);
    if (excess) return { ...none(excess.message, lineAt(excess.offset)), bodyLine, body };
    for (const d of new Composer({ uniqueKeys: true, strict: true }).compose(tokens, true, yamlText.length)) {
      if (doc) {
        secondDoc = d.range[0];
        break;
      }
      doc = d;
    }
  } catch (e) {
    return { ...none(`The front matter could not be read: ${String(e)}`, 2), bodyLine, body };
  }
  if (!doc) return { ...none('The front matter could not be read.', 2), bodyLine, body };
  const errors = doc.errors
    .slice(0, MAX_YAML_ERRORS)
    .map(e => ({ line: lineAt(e.pos[0]), message: firstLine(e.message) }));
  if (doc.errors.length > MAX_YAML_ERRORS)
    errors.push({
      line: errors[0].line,
      message: `${thousands(doc.errors.length - MAX_YAML_ERRORS)} more errors are not listed.`,
    });
  if (secondDoc !== undefined)
    errors.push({ line: lineAt(secondDoc), message: 'The front matter holds more than one YAML document.' });
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
      errors.push({
        line: 2,
        message: `The front matter could not be read: ${firstLine(String((e as Error).message ?? e))}`,
      });
    }
  }
  return { data, keyLines, bodyLine, body, errors };
}

/**
 * Where the syntax tree goes past a limit: collections nested more than MAX_NESTING deep (the
 * composer recurses, so deeper input would exhaust the stack) or more than MAX_ALIAS_COUNT
 * aliases (the way a YAML bomb multiplies itself). Walked with a stack, in document order.
 */
function overLimits(tokens: readonly CST.Token[]): { offset: number; message: string } | undefined {
  let aliases = 0;
  let firstAlias = 0;
  const stack: [CST.Token, number][] = tokens.map(t => [t, 0] as [CST.Token, number]).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, depth] = next;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push([token.value, depth]);
        break;
      case 'alias':
        if (aliases++ === 0) firstAlias = token.offset;
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth >= MAX_NESTING)
          return { offset: token.offset, message: `The front matter nests collections more than ${MAX_NESTING} deep.` };
        for (let i = token.items.length - 1; i >= 0; i--) {
          const { key, value } = token.items[i];
          if (value) stack.push([value, depth + 1]);
          if (key) stack.push([key, depth + 1]);
        }
    }
  }
  return aliases > MAX_ALIAS_COUNT
    ? {
        offset: firstAlias,
        message: `The front matter uses more than ${MAX_ALIAS_COUNT} aliases (*name); they are not read.`,
      }
    : undefined;
}

/** 12345 → "12,345", the same in every locale. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function countLines(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
