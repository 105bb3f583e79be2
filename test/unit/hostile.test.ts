import * as assert from 'node:assert/strict';
import {
  createKnowledgeBase,
  escapeHtml,
  findTermAt,
  mergeKnowledge,
  parseNotes,
  present,
  quizItems,
  renderInline,
  renderMarkdown,
  searchConcepts,
  type Concept,
  type KnowledgeBase,
  type NoteFile,
} from '../../src/api/node';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase, readNoteFolder } from '../../src/api/node';
import { bundledKb } from './helpers';

// Hostile notes, read the two ways notes are read: as bundled notes (what the build does) and as a
// user's notes beside the bundled ones (what the extension does with genaiStudy.notes.folders).
// Every case is either loaded or rejected with a clear problem on the right line; nothing that is
// rendered from it can run, load or navigate; and it stays fast. Times are printed at the end.

type Reader = (files: NoteFile[]) => KnowledgeBase;
const READERS: Record<'bundled' | 'user', { read: Reader; file: (path: string) => string }> = {
  bundled: {
    read: files => mergeKnowledge([parseNotes(files, { origin: 'bundled', fileLabel: p => `notes/${p}` })]),
    file: p => `notes/${p}`,
  },
  user: {
    read: files =>
      createKnowledgeBase(bundledKb().toJSON(), [
        {
          files,
          options: {
            origin: 'user',
            rootId: 'user0',
            rootTitle: 'My notes: hostile',
            fileLabel: p => `file:///ws/notes/${p}`,
          },
        },
      ]),
    file: p => `file:///ws/notes/${p}`,
  },
};

const fm = (yaml: string, body = 'A body.') => `---\n${yaml}\n---\n${body}\n`;
/** Times per case, printed at the end: case → "what: n ms". */
const timings = new Map<string, string[]>();
const note = (label: string, what: string, ms: number) =>
  timings.set(label, [...(timings.get(label) ?? []), `${what} ${ms.toFixed(1)} ms`]);
const timed = <T>(label: string, what: string, f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  const ms = performance.now() - t;
  note(label, what, ms);
  return [r, ms];
};

/** A seeded random source, so the garbage is the same on every run. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

// --- What "inert" means for HTML that goes into a webview ---------------------------------------

const SAFE_TAGS = new Set([
  'p',
  'a',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  's',
]);
const SAFE_ATTRIBUTES = new Set(['href', 'class', 'data-concept', 'title', 'rel', 'start']);
const TAG = /<(\/?)([^\s/>]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s="'>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Attribute text as the browser reads it: character references decoded. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return named[ref.toLowerCase()] ?? all;
  });
}

/**
 * Asserts that HTML rendered from a note can do nothing in a webview: only known tags and
 * attributes, no script, no event handler, no style, no src of any kind, and links that go only
 * to an https/http page or stay in the page ('#').
 */
function assertInert(html: string, where: string) {
  assert.doesNotMatch(html, /<script/i, `${where}: <script`);
  assert.doesNotMatch(html, /<!/, `${where}: <! markup`);
  for (const [, , name, rest] of html.matchAll(TAG)) {
    assert.ok(SAFE_TAGS.has(name.toLowerCase()), `${where}: tag <${name}>`);
    for (const [, attr, dq, sq, bare] of rest.matchAll(ATTRIBUTE)) {
      const key = attr.toLowerCase();
      assert.ok(!key.startsWith('on'), `${where}: event handler ${attr}`);
      assert.ok(SAFE_ATTRIBUTES.has(key), `${where}: attribute ${attr} on <${name}>`);
      const value = [...decodeAttribute(dq ?? sq ?? bare ?? '')].filter(ch => ch.charCodeAt(0) > 32).join(''); // as browsers strip them
      if (key === 'href') assert.match(value, /^(#|https?:\/\/[^/])/i, `${where}: href="${value}"`);
    }
  }
}

/** Everything that is rendered from a concept: the concept view, and each of its quiz questions. */
function assertConceptInert(kb: KnowledgeBase, c: Concept) {
  const where = `${c.id}`;
  for (const text of [c.title, c.summary, ...c.aliases, ...c.topicPath])
    assertInert(escapeHtml(text), `${where} (escaped text)`);
  assertInert(renderMarkdown(c.body), `${where} body`);
  const random = seeded(1);
  for (const item of quizItems(kb).filter(i => i.conceptId === c.id)) {
    const w = `${where} quiz ${item.id}`;
    assertInert(renderMarkdown(item.question), `${w} question`);
    assertInert(renderMarkdown(item.explanation), `${w} explanation`);
    const p = present(item, random);
    const shown = p.type === 'ordering' ? p.items : p.type === 'matching' ? [...p.left, ...p.right] : p.choices;
    for (const s of shown) assertInert(renderInline(s), `${w} choice`);
  }
}

// --- The cases ---------------------------------------------------------------------------------

interface Case {
  readonly name: string;
  readonly files: () => NoteFile[];
  /** Concept ids that must load (and render inert). */
  readonly loads?: readonly string[];
  /** Problems that must be reported: file path, message, line. */
  readonly problems?: readonly [string, RegExp, number][];
  /** Parse and merge time bound, ms (generous: the machine is shared). */
  readonly budgetMs?: number;
  readonly check?: (kb: KnowledgeBase) => void;
}

const HTML_BODY = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<a href="javascript:alert(1)">click</a>',
  '<div onclick="alert(1)">div</div>',
  '<body onload=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<!-- a comment --><![CDATA[x]]>',
  '```html\n<script>alert(1)</script>\n```',
  'Inline `<script>alert(1)</script>` code.',
  '<details open ontoggle=alert(1)>',
  '| a | b | c |\n|:--|:-:|--:|\n| left | centre | right |',
].join('\n\n');

const LINK_BODY = [
  '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c]( javascript:alert(1) ) [d](java\tscript:alert(1)) [e](&#106;avascript:alert(1))',
  '[f](%6Aavascript:alert(1)) [g](vbscript:msgbox(1)) [h](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [i](DATA:text/html,x)',
  '[j](file:///etc/passwd) [k](//evil.example/x) [l](command:workbench.action.terminal.new) [m](vscode://ms-vscode.x) [n](<javascript:alert(1)>)',
  '<javascript:alert(1)> <data:text/html,x> [ref link][r1] [other][r2] [o](concept:"><script>alert(1)</script>) [p](#" onclick="alert(1))',
  '[q](https://ok.example/"onmouseover="alert(1)) [r](https://ok.example "t\\" onmouseover=\\"alert(1)")',
  '',
  '[r1]: javascript:alert(1)',
  '[r2]: data:text/html,<script>alert(1)</script>',
].join('\n');

const IMAGE_BODY = [
  '![tracker](https://evil.example/pixel.png) ![b](http://evil.example/b.gif "title") ![c](//evil.example/c.png) ![d][img]',
  '[![e](https://evil.example/e.png)](https://ok.example) <img src="https://evil.example/f.png"> ![g](data:image/png;base64,iVBORw0KGgo=)',
  '![h](file:///etc/passwd) ![i](https://evil.example/i.svg#"onload="alert(1))',
  '',
  '[img]: https://evil.example/ref.png',
].join('\n');

const QUIZ_HTML = `quiz:
  - type: single
    question: "<script>alert(1)</script> Which one? ![x](https://evil.example/q.png)"
    choices: ["<img src=x onerror=alert(1)>", "[link](javascript:alert(1))", "![i](https://evil.example/c.png)"]
    answer: 0
    explanation: "<iframe src='https://evil.example'></iframe> [more](data:text/html,x) <a href=javascript:alert(1)>a</a>"
  - type: ordering
    question: Put in order
    items: ["<b onmouseover=alert(1)>one</b>", "[two](vbscript:x)", "three <svg onload=alert(1)>"]
    explanation: ok
  - type: matching
    question: Match them
    pairs: [["<script>x</script>", "[y](javascript:y)"], ["![z](https://evil.example/z.png)", "<style>*{}</style>"]]
    explanation: ok`;

/** Generated but realistic notes: n concepts in 100 folders, each with an alias and a quiz item. */
function manyNotes(n: number): NoteFile[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `topic-${i % 10}/sub-${Math.floor(i / 10) % 10}/concept-${i}.md`,
    text: fm(
      `title: Hostile concept ${i}\naliases: [HC${i}, hostile idea ${i}]\nsummary: Concept number ${i}, one of many, with a summary like a real one.\nrelated: [concept-${(i + 1) % n}]\nquiz:\n  - type: single\n    question: Which number is concept ${i}?\n    choices: ["${i}", "${i + 1}"]\n    answer: 0\n    explanation: It is ${i}.`,
      `Concept ${i} is explained here, with a link to [the next one](concept:concept-${(i + 1) % n}).`,
    ),
  }));
}

/** Bytes as a decoder would hand them over: every byte value, including NUL. */
function binary(length: number, seed: number): string {
  const r = seeded(seed);
  return new TextDecoder('latin1').decode(Uint8Array.from({ length }, () => Math.floor(r() * 256)));
}

/** Unicode garbage without NUL: controls, lone surrogates, bidi overrides, replacement characters. */
function garbage(length: number, seed: number): string {
  const r = seeded(seed);
  return Array.from({ length }, () => String.fromCharCode(1 + Math.floor(r() * 0xfffe))).join('');
}

const laughs = (levels: number) =>
  [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...Array.from(
      { length: levels - 1 },
      (_, k) =>
        `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + k)}`)
          .join(', ')}]`,
    ),
  ].join('\n');

const CASES: Case[] = [
  {
    name: '<script> and event-handler HTML',
    files: () => [
      {
        path: 't/hostile-html.md',
        text: fm(
          `title: "<script>alert(1)</script> Hostile <b onmouseover=alert(1)>HTML</b>"\naliases: ["<img src=x onerror=alert(1)>"]\nsummary: "<img src=x onerror=alert(1)> and <script>alert(1)</script> run nothing."\n${QUIZ_HTML}`,
          HTML_BODY,
        ),
      },
    ],
    loads: ['hostile-html'],
  },
  {
    name: 'javascript: and data: links',
    files: () => [
      {
        path: 't/hostile-links.md',
        text: fm('title: Hostile links\nsummary: "[x](javascript:alert(1)) <javascript:alert(1)>"', LINK_BODY),
      },
    ],
    loads: ['hostile-links'],
  },
  {
    name: 'remote images',
    files: () => [
      {
        path: 't/hostile-images.md',
        text: fm('title: Hostile images\nsummary: "![x](https://evil.example/s.png)"', IMAGE_BODY),
      },
    ],
    loads: ['hostile-images'],
  },
  {
    name: 'a 5 MB note',
    files: () => [{ path: 't/huge.md', text: fm('title: Huge\nsummary: s', 'All work and no play. '.repeat(230_000)) }],
    problems: [['t/huge.md', /has 5,06\d,\d{3} characters; notes longer than 100,000 characters are not read/, 1]],
  },
  {
    name: 'a 5 MB line of YAML',
    files: () => [{ path: 't/huge-yaml.md', text: fm(`title: Huge\nsummary: "${'x'.repeat(5_000_000)}"`) }],
    problems: [['t/huge-yaml.md', /notes longer than 100,000 characters are not read/, 1]],
  },
  {
    name: 'a file too large to read',
    files: () => [{ path: 't/huge-file.md', text: '', bytes: 3_000_000_000 }],
    problems: [['t/huge-file.md', /has 3,000,000,000 bytes; notes longer than 100,000 characters are not read/, 1]],
  },
  {
    name: 'front matter over its limit',
    files: () => [
      {
        path: 't/long-fm.md',
        text: fm(`title: Long\nsummary: s\nrelated: [${Array.from({ length: 3000 }, (_, i) => `id-${i}`).join(', ')}]`),
      },
    ],
    problems: [['t/long-fm.md', /front matter has 2\d,\d{3} characters; at most 20,000 are read/, 1]],
  },
  {
    name: 'deep YAML flow nesting',
    files: () => [
      { path: 't/deep-flow.md', text: fm(`title: Deep\nsummary: s\nrelated: ${'['.repeat(5000)}${']'.repeat(5000)}`) },
    ],
    problems: [['t/deep-flow.md', /nests collections more than 32 deep/, 4]],
  },
  {
    name: 'deep YAML block nesting',
    files: () => [
      {
        path: 't/deep-block.md',
        text: fm(
          `title: Deep\nsummary: s\nrelated:\n${Array.from({ length: 60 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}x`,
        ),
      },
    ],
    problems: [['t/deep-block.md', /nests collections more than 32 deep/, 36]],
  },
  {
    name: 'deep YAML compact sequences',
    files: () => [
      { path: 't/deep-compact.md', text: fm(`title: Deep\nsummary: s\naliases:\n  ${'- '.repeat(2000)}x`) },
    ],
    problems: [['t/deep-compact.md', /nests collections more than 32 deep/, 5]],
  },
  {
    name: 'deep Markdown lists and quotes',
    files: () => [
      {
        path: 't/deep-md.md',
        text: fm(
          'title: Deep markdown\nsummary: s',
          [
            '- '.repeat(8000) + 'list',
            '> '.repeat(8000) + 'quote',
            '* [ '.repeat(4000) + 'mixed',
            Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}1. item`).join('\n'),
            '*'.repeat(5000) + 'x' + '_'.repeat(5000),
          ].join('\n\n'),
        ),
      },
    ],
    loads: ['deep-md'],
  },
  {
    name: 'folders nested too deep',
    files: () => [{ path: `${'d/'.repeat(20)}deep-folder.md`, text: fm('title: Deep folder\nsummary: s') }],
    problems: [[`${'d/'.repeat(20)}deep-folder.md`, /nested 20 folders deep; at most 12/, 1]],
  },
  {
    name: 'binary garbage with NUL bytes',
    files: () => [
      { path: 't/binary.md', text: binary(100_000, 7) },
      {
        path: 't/utf16.md',
        text: new TextDecoder().decode(
          new Uint8Array([0xff, 0xfe, ...[...fm('title: U\nsummary: s')].flatMap(c => [c.charCodeAt(0), 0])]),
        ),
      },
    ],
    problems: [
      ['t/binary.md', /binary, not a Markdown note/, 1],
      ['t/utf16.md', /binary, not a Markdown note/, 1],
    ],
  },
  {
    name: 'Unicode garbage without front matter',
    files: () => [{ path: 't/garbage.md', text: garbage(50_000, 3) }],
    problems: [['t/garbage.md', /does not start with a "---" front-matter line/, 1]],
  },
  {
    name: 'Unicode garbage in the body and the values',
    files: () => [
      {
        path: 't/garbage-body.md',
        text: fm(
          `title: "Garbage \\u202Egnp.exe \\uD800 \\uFFFD"\nsummary: "\\u0007\\u001B[31m red \\u200B"`,
          garbage(20_000, 4),
        ),
      },
    ],
    loads: ['garbage-body'],
  },
  {
    name: 'garbage as front matter',
    files: () => [{ path: 't/garbage-fm.md', text: `---\n${garbage(5000, 5).replace(/\n---/g, '')}\n---\nbody\n` }],
    problems: [['t/garbage-fm.md', /YAML|front matter|mapping/, 0]],
  },
  {
    name: 'a byte-order mark',
    files: () => [{ path: 't/bom.md', text: '\uFEFF' + fm('title: With a BOM\nsummary: s\ncolour: red') }],
    loads: ['bom'],
    problems: [['t/bom.md', /Unknown front-matter key "colour"/, 4]],
  },
  {
    name: 'CRLF and CR line ends',
    files: () => [
      {
        path: 't/crlf.md',
        text: fm('title: CRLF\nsummary: s\ncolour: red', 'One\n\nTwo [broken](concept:nowhere)').replace(/\n/g, '\r\n'),
      },
      { path: 't/cr.md', text: fm('title: CR\nsummary: s\nshade: blue').replace(/\n/g, '\r') },
    ],
    loads: ['crlf', 'cr'],
    problems: [
      ['t/crlf.md', /Unknown front-matter key "colour"/, 4],
      ['t/crlf.md', /concept:nowhere goes nowhere/, 8],
      ['t/cr.md', /Unknown front-matter key "shade"/, 4],
    ],
  },
  {
    name: 'a billion-laughs YAML bomb',
    files: () => [{ path: 't/laughs.md', text: fm(`title: Bomb\nsummary: s\n${laughs(9)}`) }],
    problems: [['t/laughs.md', /uses more than 50 aliases/, 5]],
  },
  {
    name: 'a small YAML bomb under the alias count',
    files: () => [{ path: 't/small-bomb.md', text: fm(`title: Bomb\nsummary: s\n${laughs(5)}`) }],
    problems: [['t/small-bomb.md', /alias/i, 2]],
  },
  {
    name: 'thousands of aliases',
    files: () => [
      {
        path: 't/aliases.md',
        text: fm(`title: Bomb\nsummary: s\na: &a x\n${Array.from({ length: 2000 }, (_, i) => `k${i}: *a`).join('\n')}`),
      },
    ],
    problems: [['t/aliases.md', /uses more than 50 aliases/, 5]],
  },
  {
    name: 'a recursive alias',
    files: () => [{ path: 't/recursive.md', text: fm('title: Loop\nsummary: s\nrelated: &r [*r]') }],
    loads: ['recursive'],
    problems: [
      [
        't/recursive.md',
        /related must be a list of texts; a value that contains itself \(an alias inside its own anchor\)/,
        4,
      ],
    ],
  },
  {
    name: 'duplicate keys',
    files: () => [
      {
        path: 't/dup.md',
        text: fm(
          'title: A\nsummary: s\n"title": B\nquiz:\n  - type: single\n    question: Q?\n    question: Again?\n    choices: [a, b]\n    answer: 0\n    explanation: E',
        ),
      },
    ],
    problems: [
      ['t/dup.md', /YAML: Map keys must be unique/, 4],
      ['t/dup.md', /YAML: Map keys must be unique/, 8],
    ],
  },
  {
    name: 'unknown keys',
    files: () => [
      {
        path: 't/unknown.md',
        text: fm('title: Unknown keys\nsummary: s\ncolour: red\nhover: { case: [], shout: true }'),
      },
    ],
    loads: ['unknown'],
    problems: [
      ['t/unknown.md', /Unknown front-matter key "colour"/, 4],
      ['t/unknown.md', /Unknown hover key "shout"/, 5],
    ],
  },
  {
    name: 'thousands of unknown keys',
    files: () => [
      {
        path: 't/many-unknown.md',
        text: fm(`title: Many unknown\nsummary: s\n${Array.from({ length: 1500 }, (_, i) => `k${i}: v`).join('\n')}`),
      },
    ],
    loads: ['many-unknown'],
    problems: [
      ['t/many-unknown.md', /Unknown front-matter key "k0"/, 4],
      ['t/many-unknown.md', /1,480 more problems in this note are not listed/, 1],
    ],
  },
  {
    name: 'names too long for a term',
    files: () => [
      { path: 't/long-title.md', text: fm(`title: ${'a'.repeat(15_000)}\nsummary: s`) },
      {
        path: 't/long-alias.md',
        text: fm(`title: Long alias\nsummary: s\naliases: [fine, "${Array(300).fill('a').join(' ')}"]`),
      },
    ],
    loads: ['long-alias'],
    problems: [
      ['t/long-title.md', /title has 15,000 characters; a name has at most 100 characters and 12 words/, 2],
      ['t/long-alias.md', /alias "a a a a a a a a a a a a a a a a a a a a\u2026" has 599 characters.*left out/, 4],
    ],
  },
  {
    name: 'names that are object properties',
    files: () => [
      {
        path: '__proto__/constructor.md',
        text: fm(
          'title: toString\naliases: [hasOwnProperty, __proto__]\nsummary: valueOf\n__proto__: { polluted: true, title: Evil }',
        ),
      },
      { path: 'prototype/_topic.md', text: fm('title: __proto__') },
      { path: 'prototype/to-string.md', text: fm('title: constructor\nsummary: s\nrelated: [constructor]') },
    ],
    loads: ['constructor', 'to-string'],
    problems: [['__proto__/constructor.md', /Unknown front-matter key "__proto__"/, 5]],
    check: kb =>
      assert.deepEqual(
        [kb.concept('constructor')?.title, kb.concept('to-string')?.topicPath.at(-1)],
        ['toString', '__proto__'],
      ),
  },
];

describe('hostile notes', () => {
  after(() =>
    console.log(
      `      hostile notes, times on this machine:\n${[...timings].map(([label, t]) => `        ${label}: ${t.join(', ')}`).join('\n')}`,
    ),
  );

  for (const c of CASES) {
    for (const [readerName, reader] of Object.entries(READERS)) {
      it(`${c.name} (${readerName} notes)`, () => {
        const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).length;
        const files = c.files();
        const [kb, ms] = timed(c.name, `read (${readerName})`, () => reader.read(files));
        assert.ok(ms < (c.budgetMs ?? 2000), `reading took ${ms.toFixed(0)} ms`);
        const mine = kb.problems.filter(p => files.some(f => p.file === reader.file(f.path)));
        for (const p of mine) {
          assert.ok(p.message.length > 10 && p.line >= 1, JSON.stringify(p));
          const text = files.find(f => p.file === reader.file(f.path))!.text;
          assert.ok(p.line <= text.split(/\r\n?|\n/).length, `line ${p.line} is past the end: ${p.message}`);
        }
        for (const [path, message, line] of c.problems ?? []) {
          const found = mine.find(
            p => p.file === reader.file(path) && message.test(p.message) && (!line || p.line === line),
          );
          assert.ok(
            found,
            `expected ${message} on line ${line} of ${path} in\n${mine.map(p => `${p.line}: ${p.message.slice(0, 200)}`).join('\n')}`,
          );
        }
        if (!c.loads)
          assert.ok(
            !mine.some(p => p.severity === 'error') ||
              !kb.concepts.some(x => files.some(f => reader.file(f.path) === x.source.file)),
            'a rejected note is not loaded',
          );
        for (const id of c.loads ?? []) {
          const concept = kb.concept(id);
          assert.ok(concept, `${id} did not load: ${mine.map(p => p.message.slice(0, 200)).join('; ')}`);
          assert.equal(
            concept.source.file,
            reader.file(
              files.find(f => f.path.endsWith(`/${id}.md`) || f.path === `${id}.md`)?.path ?? concept.source.file,
            ),
          );
          const [, renderMs] = timed(c.name, `render and quiz (${readerName}, ${id})`, () =>
            assertConceptInert(kb, concept),
          );
          assert.ok(renderMs < 2000, `rendering took ${renderMs.toFixed(0)} ms`);
        }
        c.check?.(kb);
        assert.equal(
          Object.getOwnPropertyNames(Object.prototype).length,
          prototypeKeys,
          'Object.prototype is untouched',
        );
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      });
    }
  }

  it('a 3 GB note in a folder is not read at all, and is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'genai-study-hostile-'));
    try {
      writeFileSync(join(dir, 'fine.md'), fm('title: Fine\nsummary: s'));
      writeFileSync(join(dir, 'huge.md'), '');
      truncateSync(join(dir, 'huge.md'), 3_000_000_000); // sparse: no disk is used
      const t = performance.now();
      const read = await readNoteFolder(dir);
      const ms = performance.now() - t;
      note('a 3 GB note in a folder', 'list and read', ms);
      assert.deepEqual(read.map(f => [f.path, f.text.length, f.bytes]).sort(), [
        ['fine.md', fm('title: Fine\nsummary: s').length, undefined],
        ['huge.md', 0, 3_000_000_000],
      ]);
      assert.ok(ms < 1000);
      const kb = await loadKnowledgeBase({
        folders: [dir],
        bundledPath: join(__dirname, '..', '..', '..', 'dist', 'notes.json'),
      });
      assert.ok(kb.concept('fine'));
      assert.ok(
        kb.problems.some(
          p => p.file === join(dir, 'huge.md') && p.line === 1 && /has 3,000,000,000 bytes/.test(p.message),
        ),
        JSON.stringify(kb.problems),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the longest note that is read renders within a second or two, even when it is all Markdown punctuation', () => {
    const body = '*_[`<'.repeat(19_000);
    const kb = READERS.user.read([{ path: 't/punctuation.md', text: fm('title: Punctuation\nsummary: s', body) }]);
    const concept = kb.concept('punctuation')!;
    assert.ok(concept && concept.body.length === body.length);
    const [html, ms] = timed('95,000 characters of Markdown punctuation', 'render', () => renderMarkdown(concept.body));
    assertInert(html, 'punctuation');
    assert.ok(ms < 2500, `${ms.toFixed(0)} ms`);
  });

  it('10,000 notes load, and search, hover and the quiz work on them', function () {
    this.timeout(120_000);
    const files = manyNotes(10_000);
    const [kb, parseMs] = timed('10,000 notes', 'read (user)', () => READERS.user.read(files));
    assert.equal(kb.concepts.filter(c => c.origin === 'user').length, 10_000);
    assert.deepEqual(kb.problems, []);
    assert.ok(parseMs < 30_000, `${parseMs.toFixed(0)} ms`);
    const [items, quizMs] = timed('10,000 notes', 'every quiz item', () => quizItems(kb));
    assert.ok(items.filter(i => i.conceptId.startsWith('concept-')).length >= 20_000);
    assert.ok(quizMs < 10_000, `${quizMs.toFixed(0)} ms`);
    const [hits, searchMs] = timed('10,000 notes', 'first search', () => searchConcepts(kb, 'hostile concept 9999'));
    assert.equal(hits[0]?.concept.id, 'concept-9999');
    assert.ok(searchMs < 5000, `${searchMs.toFixed(0)} ms`);
    const [hover, hoverMs] = timed('10,000 notes', 'first hover', () => findTermAt(kb, 'see HC1234 here', 6));
    assert.equal(hover?.concept.id, 'concept-1234');
    assert.ok(hoverMs < 5000, `${hoverMs.toFixed(0)} ms`);
    const [, bundledMs] = timed('10,000 notes', 'read (bundled)', () => READERS.bundled.read(files));
    assert.ok(bundledMs < 30_000, `${bundledMs.toFixed(0)} ms`);
  });
});
