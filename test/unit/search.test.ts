import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseQuery, searchConcepts } from '../../src/core';
import { bundledKb } from './helpers';

/** Realistic look-up queries: exact names, lower-case acronyms, typos, partial words, synonyms, plurals. */
const QUERIES: [string, string][] = [
  // exact names and aliases
  ['Reinforcement learning from human feedback', 'rlhf'],
  ['Foundation model', 'foundation-model'],
  ['Amazon Bedrock', 'amazon-bedrock'],
  ['Stable Diffusion', 'stable-diffusion'],
  ['Self-attention', 'self-attention'],
  ['Context window', 'context-window'],
  ['Transfer learning', 'transfer-learning'],
  ['Hallucination', 'hallucination'],
  ['Vector database', 'vector-database'],
  ['Named entity recognition', 'named-entity-recognition'],
  ['Provisioned Throughput', 'provisioned-throughput'],
  ['CodeWhisperer', 'amazon-q-developer'],
  ['JumpStart', 'amazon-sagemaker-jumpstart'],
  // lower-case acronyms
  ['rlhf', 'rlhf'],
  ['rag', 'rag'],
  ['vae', 'vae'],
  ['gan', 'gan'],
  ['llm', 'llm'],
  ['fm', 'foundation-model'],
  ['rnn', 'rnn'],
  ['cnn', 'cnn'],
  ['ner', 'named-entity-recognition'],
  ['vqa', 'visual-question-answering'],
  ['qkv', 'qkv-vectors'],
  ['icl', 'in-context-learning'],
  ['gpu', 'gpu'],
  ['s3', 'amazon-s3'],
  ['ec2', 'amazon-ec2'],
  // typos
  ['reinforcment lerning from human feedback', 'rlhf'],
  ['difusion model', 'diffusion-model'],
  ['difusion', 'diffusion-model'],
  ['trasnformer', 'transformer'],
  ['halucination', 'hallucination'],
  ['embeding', 'embedding'],
  ['tokenzer', 'tokenizer'],
  ['fine tunning', 'fine-tuning'],
  ['sagemker', 'amazon-sagemaker'],
  ['retrieval augmented genration', 'rag'],
  ['variational autoencodr', 'vae'],
  ['generative adversarial netwrok', 'gan'],
  ['positional encodng', 'positional-encoding'],
  ['prompt enginering', 'prompt-engineering'],
  // partial words
  ['tokeniz', 'tokenizer'],
  ['hallucin', 'hallucination'],
  ['autoenc', 'autoencoder'],
  ['inpaint', 'inpainting'],
  ['upscal', 'upscaling'],
  ['few-sh', 'few-shot-inference'],
  ['softm', 'softmax'],
  // synonyms
  ['denoising', 'reverse-diffusion'],
  ['skip connections', 'residual-connections'],
  ['speech-to-text', 'speech-recognition'],
  ['domain adaptation', 'continued-pre-training'],
  ['continuous pre-training', 'continued-pre-training'],
  ['content moderation', 'harmful-content-detection'],
  ['model weights', 'model-parameters'],
  ['normal distribution', 'gaussian-distribution'],
  ['super-resolution', 'upscaling'],
  ['vector store', 'vector-database'],
  // plurals and possessives
  ['foundation models', 'foundation-model'],
  ['LLMs', 'llm'],
  ['GANs', 'gan'],
  ['transformers', 'transformer'],
  ['embeddings', 'embedding'],
  ['hallucinations', 'hallucination'],
  ['diffusion models', 'diffusion-model'],
  ['chatbots', 'chatbot'],
  ["LLM's", 'llm'],
];

describe('concept search (searchConcepts) on the bundled notes', () => {
  const kb = bundledKb();
  const ranks = QUERIES.map(([q, id]) => searchConcepts(kb, q, 10).findIndex(h => h.concept.id === id));

  QUERIES.forEach(([q, id], i) => {
    it(`"${q}" finds ${id} in the top five`, () => {
      assert.ok(ranks[i] >= 0 && ranks[i] < 5, `rank ${ranks[i] + 1}: ${searchConcepts(kb, q, 5).map(h => h.concept.id).join(', ')}`);
    });
  });

  it('ranks the intended concept first for at least 95% of the queries', () => {
    const misses = QUERIES.filter((_, i) => ranks[i] !== 0).map(([q, id]) => `${q} → ${searchConcepts(kb, q, 1)[0]?.concept.id} (wanted ${id})`);
    assert.ok(misses.length <= QUERIES.length * 0.05, misses.join('\n'));
  });

  it('an exact title, alias or acronym always ranks first', () => {
    for (const c of kb.concepts) {
      for (const form of [c.title, ...c.aliases]) {
        const hits = searchConcepts(kb, form, 3);
        const owners = kb.concepts.filter(o => [o.title, ...o.aliases].some(f => f.toLowerCase() === form.toLowerCase()));
        if (owners.length === 1) assert.equal(hits[0]?.concept.id, c.id, `"${form}" → ${hits[0]?.concept.id}`);
      }
    }
  });

  it('property: an exact title or alias, in any case and spelling of its spaces, ranks its concept first', () => {
    const forms = kb.concepts.flatMap(c => [c.title, ...c.aliases]);
    const owners = (q: string) => kb.concepts.filter(c => [c.title, ...c.aliases].some(f => normaliseQuery(f) === normaliseQuery(q))).map(c => c.id);
    const joiner = fc.constantFrom(' ', '  ', '-', '_', ' - ', '\t');
    const casing = fc.constantFrom((t: string) => t, (t: string) => t.toLowerCase(), (t: string) => t.toUpperCase(), (t: string) => [...t].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch.toLowerCase())).join(''));
    fc.assert(fc.property(fc.constantFrom(...forms), joiner, casing, fc.constantFrom('', ' ', '  '), (form, join, cased, pad) => {
      const query = pad + cased(form.split(' ').join(join)) + pad;
      const hits = searchConcepts(kb, query, 5);
      assert.ok(owners(form).includes(hits[0]?.concept.id ?? ''), `"${query}" → ${hits[0]?.concept.id}, wanted ${owners(form).join(' or ')}`);
    }), { numRuns: 5000 });
  });

  it('property: any query, however long or strange, returns at most the limit, best first', () => {
    const query = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 3000 }));
    fc.assert(fc.property(query, fc.integer({ min: 0, max: 60 }), (q, limit) => {
      const hits = searchConcepts(kb, q, limit);
      assert.ok(hits.length <= limit);
      assert.equal(new Set(hits.map(h => h.concept.id)).size, hits.length);
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score && Number.isFinite(hits[i].score));
    }), { numRuns: 3000 });
  });

  it('property: never throws and never returns a concept twice', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), q => {
      const hits = searchConcepts(kb, q, 50);
      assert.equal(new Set(hits.map(h => h.concept.id)).size, hits.length);
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score);
    }), { numRuns: 3000 });
  });
});
