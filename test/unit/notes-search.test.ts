import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { NotesSearch, lookUpConcepts, readsAsPhrase, searchConcepts } from '../../src/core';
import { bundledKb, kbOf, note } from './helpers';
import QUERY_ROWS from './notes-queries.json';

/**
 * Learners' questions and descriptions, one row each: [query, acceptable concept ids]. Written
 * as a learner who does not know the name would ask, not from the notes' wording.
 */
const QUERIES = QUERY_ROWS as [string, string[]][];

describe("look-up by the notes' text, on the bundled notes", () => {
  const kb = bundledKb();
  const ranks = QUERIES.map(([q, ids]) => searchConcepts(kb, q, 10).findIndex(h => ids.includes(h.concept.id)));

  it('every expected concept exists', () => {
    const unknown = QUERIES.flatMap(([q, ids]) => ids.filter(id => !kb.concept(id)).map(id => `${q}: ${id}`));
    assert.deepEqual(unknown, []);
  });

  it(`has an expected concept in the top five for at least 85% of ${QUERIES.length} questions`, () => {
    const top5 = ranks.filter(r => r >= 0 && r < 5).length;
    const first = ranks.filter(r => r === 0).length;
    console.log(`      ${QUERIES.length} questions: ${pct(first)} first, ${pct(top5)} in the top five`);
    const misses = QUERIES.filter((_, i) => !(ranks[i] >= 0 && ranks[i] < 5)).map(
      ([q, ids]) =>
        `${q} → ${searchConcepts(kb, q, 3)
          .map(h => h.concept.id)
          .join(', ')} (wanted ${ids.join(' or ')})`,
    );
    assert.ok(top5 >= QUERIES.length * 0.85, `${misses.length} misses:\n${misses.join('\n')}`);
  });

  it("shows each notes match with a sentence of its note and the matched words' ranges", () => {
    const { notes } = lookUpConcepts(kb, 'how do I stop the model making things up', 10);
    assert.ok(notes.length > 0);
    for (const h of notes) {
      assert.ok(h.sentence.text.length > 0 && h.sentence.highlights.length > 0, h.concept.id);
      for (const [s, e] of h.sentence.highlights) {
        assert.ok(s >= 0 && e <= h.sentence.text.length && s < e);
        assert.match(
          h.sentence.text.slice(s, e),
          /^(?:stop|model|mak|things?|up)/i,
          `${h.concept.id}: ${h.sentence.text}`,
        );
      }
    }
  });

  function pct(n: number) {
    return `${Math.round((1000 * n) / QUERIES.length) / 10}%`;
  }
});

describe('notes search rules', () => {
  const kb = kbOf([
    note(
      't/temperature.md',
      'id: temperature\ntitle: Temperature\naliases: [sampling temperature]\nsummary: A setting for how random the output is.',
      'Lower values make answers more focused and repeatable. Higher values make them more varied.\n\n> **Exam tip:** Randomness means temperature.',
    ),
    note(
      't/macie.md',
      'id: macie\ntitle: Amazon Macie\nsummary: Finds sensitive data such as PII in S3 buckets.',
      'It scans buckets and reports personal data it discovers.',
    ),
    note(
      't/pii.md',
      'id: pii\ntitle: Personally identifiable information\naliases: [PII]\nsummary: Data that identifies a person.',
      'Names, addresses and numbers.',
    ),
    note(
      't/overfit.md',
      'id: overfitting\ntitle: Overfitting\nsummary: A model memorizes its training data.',
      'It does well in training and poorly on new data.',
    ),
    note(
      't/bucket.md',
      'id: bucket\ntitle: Storage\nsummary: Object storage.',
      'Files are stored as objects in buckets. Personal projects use it too.',
    ),
  ]);
  const ids = (q: string) => new NotesSearch(kb.concepts).search(q, 5).map(h => h.concept.id);

  it('matches words by their stems and drops stop words', () => {
    assert.equal(ids('how do I make the answers less randomized')[0], 'temperature');
    assert.deepEqual(ids('the of and'), []);
  });

  it('reads the last word being typed as a prefix, and a complete word no note has with a typo', () => {
    assert.equal(ids('sensitive da')[0], 'macie');
    assert.equal(ids('memorises trainng ')[0], 'overfitting');
  });

  it('looks for the other names of a concept the query names', () => {
    const named = kbOf([
      note('t/rag.md', 'id: rag\ntitle: Retrieval augmented generation\naliases: [RAG]\nsummary: Grounding answers.'),
      note('t/kb.md', 'id: kb\ntitle: Knowledge bases\nsummary: Managed pipelines.', 'They run RAG for you.'),
      note('t/other.md', 'id: other\ntitle: Other\nsummary: Nothing related.'),
    ]);
    const find = (q: string) => new NotesSearch(named.concepts).search(q, 5).map(h => h.concept.id);
    // The knowledge-base note never writes the long name: only its acronym, the concept's other name.
    assert.ok(find('retrieval augmented generation ').includes('kb'));
    assert.ok(!find('retrieval augmented ').includes('kb'), 'a part of a name is no name');
  });

  it("reads words in any case and script, and not a link's target", () => {
    const odd = kbOf([
      note(
        't/cafe.md',
        'id: cafe\ntitle: Café Résumé\nsummary: Notes on a → arrow.',
        'See [the guide](https://example.com/zebrafish) about İstanbul ΣΟΦΙΑ and naïve ranking.',
      ),
      note('t/plain.md', 'id: plain\ntitle: Plain\nsummary: Nothing odd.', 'A zebra and a guide.'),
      note('t/etat.md', 'id: etat\ntitle: État civil\nsummary: Registre.', 'Une École nationale.'),
    ]);
    const find = (q: string) => new NotesSearch(odd.concepts).search(q, 5).map(h => h.concept.id);
    assert.deepEqual(find('cafe resume '), ['cafe']);
    assert.deepEqual(find('naive '), ['cafe']);
    assert.deepEqual(find('σοφια '), ['cafe']);
    assert.deepEqual(find('guide ').sort(), ['cafe', 'plain']);
    assert.deepEqual(find('zebrafish '), []);
    assert.deepEqual(find('example '), []);
    // A word that starts with a letter with a diacritic, typed without it, whole or as a prefix.
    assert.deepEqual(find('etat '), ['etat']);
    assert.deepEqual(find('ecole eta'), ['etat']);
  });

  it('answers the same whether its index was made ahead, in steps, or by the first search', () => {
    const kb = bundledKb();
    const queries = ['how do i stop the model making things up', 'make answers less random', 'personal data in s3'];
    const stepwise = new NotesSearch(kb.concepts);
    let steps = 0;
    while (!stepwise.prepare(40)) steps++;
    assert.equal(steps, Math.ceil(kb.concepts.length / 40) - 1);
    assert.equal(stepwise.prepare(40), true, 'nothing is left to read');
    for (const q of queries) {
      const at = (s: NotesSearch) => s.search(q, 10).map(h => [h.concept.id, h.relevance.toFixed(6)].join(' '));
      assert.deepEqual(at(stepwise), at(new NotesSearch(kb.concepts)), q);
    }
  });

  it('counts an exam tip in its own field: a word there outranks the same word in a body', () => {
    const tips = kbOf([
      note(
        't/a.md',
        'id: a\ntitle: Alpha\nsummary: One.',
        'Some text.\n\n> **Exam tip:** Quantization shrinks models.',
      ),
      note('t/b.md', 'id: b\ntitle: Beta\nsummary: Two.', 'Quantization shrinks models. Some text.'),
    ]);
    assert.deepEqual(
      new NotesSearch(tips.concepts).search('quantization ', 5).map(h => h.concept.id),
      ['a', 'b'],
    );
  });

  it('ranks words in the summary and close together above scattered words in a body', () => {
    assert.equal(ids('personal data in buckets')[0], 'macie');
  });

  it('highlights the words of the best sentence that match', () => {
    const [hit] = new NotesSearch(kb.concepts).search('more varied', 1);
    assert.equal(hit.sentence.text, 'Higher values make them more varied.');
    assert.deepEqual(
      hit.sentence.highlights.map(([s, e]) => hit.sentence.text.slice(s, e)),
      ['varied'],
    );
  });

  it('tells phrases from names', () => {
    for (const q of [
      'what is temperature',
      'how do I stop hallucinations?',
      'make answers less random',
      'which service finds PII',
    ])
      assert.ok(readsAsPhrase(q), q);
    for (const q of ['temperature', 'Amazon Macie', 'top p', 'RLHF']) assert.ok(!readsAsPhrase(q), q);
  });

  it('a name query with a strong name match shows no notes section; a phrase shows only strong name matches', () => {
    assert.deepEqual(lookUpConcepts(kb, 'temperature', 10).notes, []);
    const phrase = lookUpConcepts(kb, 'which service finds personal data in buckets', 10);
    assert.deepEqual(phrase.names, []);
    assert.equal(phrase.notes[0].concept.id, 'macie');
  });

  it('searchConcepts lists the name matches, then the notes matches, each concept once and best first', () => {
    const hits = searchConcepts(kb, 'what is temperature', 10);
    assert.equal(hits[0].concept.id, 'temperature');
    assert.equal(hits[0].inNotes, undefined);
    assert.ok(
      hits.slice(1).every(h => h.inNotes),
      'the rest come from the notes',
    );
  });

  it('property: answers as a fresh search does, whatever was asked before', function () {
    this.timeout(120_000);
    const wordsOf = [
      ...new Set(
        bundledKb()
          .concepts.slice(0, 40)
          .flatMap(c => c.summary.split(/\s+/)),
      ),
    ];
    const query = fc
      .array(fc.constantFrom(...wordsOf), { minLength: 1, maxLength: 6 })
      .chain(ws => fc.constantFrom(ws.join(' '), ws.join(' ').slice(0, -2), ws.join(' ') + ' '));
    const warm = new NotesSearch(bundledKb().concepts);
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 4 }), qs => {
        for (const q of qs) warm.search(q, 8);
        const last = qs[qs.length - 1];
        const show = (s: NotesSearch) => s.search(last, 8).map(h => `${h.concept.id}:${h.relevance.toFixed(9)}`);
        assert.deepEqual(show(warm), show(new NotesSearch(bundledKb().concepts)));
      }),
      { numRuns: 150 },
    );
  });

  it('property: any query returns at most the limit, each concept once, with highlights inside their sentence', function () {
    this.timeout(120_000);
    const big = bundledKb();
    const search = new NotesSearch(big.concepts);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
        fc.integer({ min: 0, max: 30 }),
        (q, limit) => {
          const hits = search.search(q, limit);
          assert.ok(hits.length <= limit);
          assert.equal(new Set(hits.map(h => h.concept.id)).size, hits.length);
          for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].relevance >= hits[i].relevance);
          for (const h of hits)
            for (const [s, e] of h.sentence.highlights) assert.ok(s >= 0 && s < e && e <= h.sentence.text.length);
          const merged = searchConcepts(big, q, limit);
          assert.ok(merged.length <= limit && new Set(merged.map(h => h.concept.id)).size === merged.length);
          for (let i = 1; i < merged.length; i++) assert.ok(merged[i - 1].score <= merged[i].score);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
