import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeKnowledge, parseNotes, readFrontMatter, type NoteFile } from '../../src/api/node';
import { kbOf, note } from './helpers';

describe('notes parser', () => {
  it('reads a concept note: fields, topic path from folders, body line', () => {
    const kb = kbOf([
      { path: 'basics/_topic.md', text: '---\ntitle: The basics\norder: 1\n---\n' },
      note(
        'basics/rag.md',
        'id: rag\ntitle: Retrieval-augmented generation\naliases: [RAG]\nsummary: Adds retrieved text to the prompt.\nhover: { case: [RAG] }',
        'Body text.',
      ),
    ]);
    assert.deepEqual(kb.problems, []);
    const c = kb.concept('rag')!;
    assert.equal(c.title, 'Retrieval-augmented generation');
    assert.deepEqual(c.aliases, ['RAG']);
    assert.deepEqual(c.topicPath, ['The basics']);
    assert.deepEqual(c.hover.caseSensitive, ['RAG']);
    assert.equal(c.source.line, 8);
    assert.equal(c.body, 'Body text.');
  });

  it('derives topic titles and order from folder names when there is no _topic.md', () => {
    const kb = kbOf([
      note('02-model-types/03-diffusion/x.md', 'title: X\nsummary: s'),
      note('01-basics/y.md', 'title: Y\nsummary: s'),
    ]);
    assert.deepEqual(
      kb.subtopics(undefined).map(t => t.title),
      ['Basics', 'Model types'],
    );
    assert.deepEqual(kb.concept('x')!.topicPath, ['Model types', 'Diffusion']);
  });

  it('handles a BOM and CRLF line ends', () => {
    const kb = kbOf([{ path: 'a.md', text: '\uFEFF---\r\ntitle: A\r\nsummary: s\r\n---\r\nLine one\r\n' }]);
    assert.deepEqual(kb.problems, []);
    assert.equal(kb.concept('a')!.body, 'Line one');
  });

  const cases: [string, string, RegExp, number][] = [
    ['no front matter', '# Just markdown\n', /does not start with a "---"/, 1],
    ['unclosed front matter', '---\ntitle: A\n', /not closed/, 1],
    ['YAML syntax error', '---\ntitle: A\nsummary: [unclosed\n---\nbody', /YAML/, 3],
    ['duplicate key', '---\ntitle: A\ntitle: B\nsummary: s\n---\nbody', /YAML: .*unique|YAML: .*[Dd]uplicate/, 3],
    ['missing title', '---\nsummary: s\n---\nbody', /Missing title/, 2],
    ['missing summary', '---\ntitle: A\n---\nbody', /Missing summary/, 2],
    ['unknown key', '---\ntitle: A\nsummary: s\ncolour: red\n---\nbody', /Unknown front-matter key "colour"/, 4],
    ['bad id', '---\nid: Not An Id\ntitle: A\nsummary: s\n---\nbody', /must be lower-case words/, 2],
    [
      'invalid quiz item',
      '---\ntitle: A\nsummary: s\nquiz:\n  - type: single\n    question: Q?\n    choices: [a, b]\n    answer: 5\n    explanation: E\n---\nbody',
      /Quiz item 1 needs answer/,
      4,
    ],
    [
      'choose two with three answers',
      '---\ntitle: A\nsummary: s\nquiz:\n  - type: multiple\n    question: Which? (Choose two.)\n    choices: [a, b, c, d]\n    answer: [0, 1, 2]\n    explanation: E\n---\nbody',
      /says "choose 2" but lists 3/,
      4,
    ],
    ['bad exam tag', '---\ntitle: A\nsummary: s\nexam: { domain: 9 }\n---\nbody', /domain from 1 to 5/, 4],
    [
      'hover form that is not an alias',
      '---\ntitle: A\nsummary: s\nhover: { case: [B] }\n---\nbody',
      /neither the title nor an alias/,
      4,
    ],
    [
      'YAML alias bomb',
      '---\ntitle: A\nsummary: s\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nbody',
      /could not be read|alias/i,
      2,
    ],
  ];
  for (const [name, text, message, line] of cases) {
    it(`reports ${name} with its line`, () => {
      const data = parseNotes([{ path: 'topic/a.md', text }], { origin: 'user' });
      const p = data.problems.find(x => message.test(x.message));
      assert.ok(p, `expected ${message} in ${JSON.stringify(data.problems)}`);
      assert.equal(p.file, 'topic/a.md');
      assert.equal(p.line, line);
    });
  }

  it('reports cross-note problems: duplicate id, a form claimed twice, broken related and links', () => {
    const kb = kbOf([
      note(
        'a.md',
        'id: one\ntitle: One\naliases: [Shared]\nsummary: s\nrelated: [nowhere]',
        'See [two](concept:two) and [x](concept:missing).',
      ),
      note('b.md', 'id: two\ntitle: Two\naliases: [shared]\nsummary: s'),
      note('c.md', 'id: one\ntitle: Another one\nsummary: s'),
    ]);
    const messages = kb.problems.map(p => `${p.file}:${p.line} ${p.message}`);
    assert.ok(
      messages.some(m => /^c\.md:2 Duplicate id "one"/.test(m)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some(m => /^b\.md.*"shared" is claimed by two concepts/.test(m)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some(m => /^a\.md.*Related concept "nowhere" does not exist/.test(m)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some(m => /^a\.md:8 The link to concept:missing goes nowhere/.test(m)),
      messages.join('\n'),
    );
    assert.equal(kb.concepts.length, 2, 'the duplicate is skipped, the others load');
    assert.deepEqual(kb.concept('one')!.related, []);
  });

  it('a folder with one broken note loads all the others and reports the broken one with its line', () => {
    const kb = kbOf([
      note('t/good-1.md', 'title: Good one\nsummary: s'),
      { path: 't/broken.md', text: '---\ntitle: Broken\nsummary: "unterminated\n---\nbody' },
      note('t/good-2.md', 'title: Good two\nsummary: s'),
    ]);
    assert.deepEqual(kb.concepts.map(c => c.id).sort(), ['good-1', 'good-2']);
    assert.equal(kb.problems.length, 1);
    assert.equal(kb.problems[0].file, 't/broken.md');
    assert.equal(kb.problems[0].line, 3);
  });

  it('property: random front matter and markdown never make the parser throw', () => {
    const yamlish = fc.oneof(
      fc.string(),
      fc.jsonValue().map(v => JSON.stringify(v)),
      fc.constantFrom('&a [*a]', 'key: value', '- x', ': :', '!!binary x', '? [a]', '*ref'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), yamlish), { maxLength: 8 }),
        fc.string({ maxLength: 400 }),
        (pairs, body) => {
          const text = `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
          const data = parseNotes(
            [
              { path: 'x/y.md', text },
              { path: 'z.md', text: body },
            ],
            { origin: 'user' },
          );
          for (const p of data.problems)
            assert.ok(p.line >= 1 && typeof p.message === 'string' && p.message.length > 0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('skips a note whose id is not valid when its file name is no valid id either', () => {
    const data = parseNotes(
      [
        { path: '__proto__.md', text: '---\nid: x-1;\ntitle: T\n---\n' },
        { path: 'good-name.md', text: '---\nid: Bad Id\ntitle: Good\n---\n' },
      ],
      { origin: 'user' },
    );
    assert.deepEqual(
      data.concepts.map(c => c.id),
      ['good-name'],
    );
    const idProblems = data.problems.filter(p => p.message.includes('must be lower-case words'));
    assert.deepEqual(
      idProblems.map(p => [p.file, p.line]),
      [
        ['__proto__.md', 2],
        ['good-name.md', 2],
      ],
    );
  });

  it('property: hostile random notes never make the parser throw, and every problem points at a line of its file', () => {
    const piece = fc.oneof(
      {
        arbitrary: fc.constantFrom(
          '---',
          '...',
          '\n',
          '\n',
          '\r\n',
          '\r',
          '\uFEFF',
          '\u0000',
          '\uD800',
          'title: T',
          'summary: S',
          'id: x-1',
          'id: Bad Id',
          'aliases: [A, B]',
          'related: [a, t]',
          'order: 1',
          'exam: { domain: 2 }',
          'hover: { case: [T] }',
          'quiz:',
          '  - type: single',
          '    question: Q?',
          '    choices: [a, b]',
          '    answer: 0',
          '    explanation: E',
          '&a',
          '*a',
          '!!str',
          '!x',
          '? ',
          '- ',
          '[',
          ']',
          '{',
          '}',
          ': ',
          ',',
          '"',
          "'",
          '#',
          '|',
          '>',
          '  ',
          '<script>',
          '<img src=x onerror=y>',
          '](javascript:x)',
          '[l](concept:a)',
          '\t',
          `title: ${'x '.repeat(60)}`,
        ),
        weight: 6,
      },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
    );
    const text = fc.array(piece, { maxLength: 40 }).map(p => p.join(''));
    const file = fc.record({
      path: fc.constantFrom(
        'a.md',
        't/a.md',
        't/_topic.md',
        't/u/b.md',
        'README.md',
        'c.txt',
        '__proto__.md',
        't/constructor.md',
      ),
      text: fc.oneof(
        text,
        fc.tuple(text, text).map(([y, b]) => `---\n${y}\n---\n${b}`),
      ),
    });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 3 }), fc.boolean(), (files: NoteFile[], user) => {
        const kb = mergeKnowledge([
          parseNotes(files, user ? { origin: 'user', rootId: 'user0', rootTitle: 'Mine' } : { origin: 'bundled' }),
        ]);
        const lines = (path: string) =>
          Math.max(...files.filter(f => f.path === path).map(f => f.text.split(/\r\n?|\n/).length));
        for (const p of kb.problems) {
          assert.ok(
            files.some(f => f.path === p.file),
            p.file,
          );
          assert.ok(
            Number.isInteger(p.line) && p.line >= 1 && p.line <= lines(p.file),
            `line ${p.line} of ${lines(p.file)}: ${p.message}`,
          );
          assert.ok(p.message.length > 0 && (p.severity === 'error' || p.severity === 'warning'));
        }
        for (const c of kb.concepts) {
          assert.match(c.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
          assert.ok(
            c.title.length > 0 && c.title.length <= 100 && c.source.line >= 1 && c.source.line <= lines(c.source.file),
          );
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('property: front-matter lines point inside the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), raw => {
        const fm = readFrontMatter(`---\n${raw}\n---\nbody`);
        const lines = raw.split(/\r\n?|\n/).length + 3;
        for (const e of fm.errors) assert.ok(e.line >= 1 && e.line <= lines, `line ${e.line} of ${lines}`);
      }),
      { numRuns: 2000 },
    );
  });
});
