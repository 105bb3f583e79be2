import * as assert from 'node:assert/strict';
import { TermIndex, hoverAt, readingOf } from '../../src/core';
import { kbOf, note } from './helpers';

// A small knowledge base of its own, so these rules hold whatever the bundled notes say.
const kb = kbOf([
  note('t/token.md', 'id: token\ntitle: Token\nsummary: A unit of text.'),
  note('t/bias.md', 'id: bias\ntitle: Bias\nsummary: Unfair skew.'),
  note('t/search.md', 'id: search\ntitle: Search\naliases: [semantic search]\nsummary: Finding by meaning.'),
  note(
    't/lora.md',
    'id: lora\ntitle: Low-rank adaptation\naliases: [LoRA]\nsummary: Small adapters.\nhover:\n  case: [LoRA]',
  ),
  note(
    't/rlhf.md',
    'id: rlhf\ntitle: Reinforcement learning from human feedback\naliases: [RLHF]\nsummary: Human rankings.',
  ),
  note('t/llm.md', 'id: llm\ntitle: Large language model\naliases: [LLM]\nsummary: A big model.'),
  note('t/temp.md', 'id: temperature\ntitle: Temperature\nsummary: Randomness.\nhover:\n  standalone: [Temperature]'),
]);
const GENAI = 'import transformers\n';
const at = (doc: string, line: number, word: string) =>
  hoverAt(kb, doc, line, doc.split('\n')[line].indexOf(word) + 1)?.concepts.map(c => c.id);

describe('reading a line with its document', () => {
  it('a file is about GenAI when it names a library, or two concepts by distinctive forms', () => {
    const index = new TermIndex(kb.concepts);
    assert.equal(readingOf(index, 'from langchain_aws import ChatBedrock').genai, true);
    assert.equal(readingOf(index, '# RLHF makes the LLM follow instructions').genai, true);
    assert.equal(readingOf(index, '# RLHF only').genai, false);
    assert.equal(readingOf(index, 'token = search(bias)').genai, false, 'generic words are no evidence');
  });
  it("generic words and the notes' standalone forms fire only in GenAI files", () => {
    assert.equal(at('temperature = sensor.read()', 0, 'temperature'), undefined);
    assert.deepEqual(at(`${GENAI}out = generate(temperature=0.2)`, 1, 'temperature'), ['temperature']);
    assert.equal(at('n_tokens = len(tokens)', 0, 'tokens'), undefined);
    assert.deepEqual(at(`${GENAI}n_tokens = len(tokens)`, 1, 'tokens'), ['token']);
  });
  it('in a GenAI file model words fire inside identifiers, unless a neighbour gives the everyday sense', () => {
    assert.deepEqual(at(`${GENAI}pad_token = eos_token`, 1, 'pad'), ['token'], 'any part of the identifier');
    for (const word of ['accessToken', 'HF_TOKEN', 'NextToken', 'refresh_token', 'tokenExpiry'])
      assert.equal(at(`${GENAI}x = ${word}`, 1, word), undefined, word);
    assert.equal(at(`${GENAI}login(token=HF_TOKEN)`, 1, 'token'), undefined, 'token=HF_TOKEN');
    assert.equal(at(`${GENAI}# refresh the access token`, 1, 'token'), undefined, 'access token in prose');
  });
  it('everyday words fire in the prose of GenAI files only; plain English words never alone', () => {
    assert.deepEqual(at(`${GENAI}# check the answers for bias`, 1, 'bias'), ['bias']);
    assert.equal(at(`${GENAI}layer = Linear(4, 4, bias=False)`, 1, 'bias'), undefined);
    assert.equal(at(`${GENAI}use_bias = True`, 1, 'bias'), undefined);
    assert.equal(at(`${GENAI}# search the docs first`, 1, 'search'), undefined);
    assert.deepEqual(at(`${GENAI}# semantic search over chunks`, 1, 'semantic'), ['search']);
  });
  it("a name written in one case matches in an identifier's case, in GenAI files and inside identifiers only", () => {
    assert.deepEqual(at(`${GENAI}config = LoraConfig(r=8)`, 1, 'Lora'), ['lora']);
    assert.deepEqual(at(`${GENAI}lora_alpha = 16`, 1, 'lora'), ['lora']);
    assert.equal(at('config = LoraConfig(r=8)', 0, 'Lora'), undefined, 'not in an ordinary file');
    assert.equal(at(`${GENAI}# the lora radio`, 1, 'lora'), undefined, 'not a standalone word');
  });
  it('works out the reading only for a hover that depends on it', () => {
    const index = new TermIndex(kb.concepts);
    const spied = (text: string) => {
      const reading = readingOf(index, text);
      const spy = {
        reads: 0,
        get genai() {
          spy.reads++;
          return reading.genai;
        },
      };
      return spy;
    };
    const line = 'tuned with RLHF, then token_count = 3';
    const distinctive = spied(line);
    assert.deepEqual(
      index.findAt(line, line.indexOf('RLHF') + 1, distinctive)?.concepts.map(c => c.id),
      ['rlhf'],
    );
    assert.equal(distinctive.reads, 0, 'RLHF fires in any file');
    const plain = spied(line);
    assert.equal(index.findAt(line, line.indexOf('then') + 1, plain), undefined);
    assert.equal(plain.reads, 0, 'a word of one part holds no term inside it');
    const generic = spied(line);
    assert.equal(index.findAt(line, line.indexOf('token') + 1, generic), undefined);
    assert.ok(generic.reads > 0, 'a generic word inside an identifier asks');
  });
});
