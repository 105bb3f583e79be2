import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TermIndex, findTermAt, termIndexOf, tokenize } from '../../src/core';
import { bundledKb, kbOf, note } from './helpers';

/**
 * Real-looking lines of code, comments and Markdown. Each case hovers the first occurrence of
 * `term` in `line` (at `at` characters into it, default its middle) and expects the concept id,
 * or null for no hover. `covers` is the exact text the hover range must cover (default `term`).
 */
const CASES: { line: string; term: string; id: string | null; at?: number; covers?: string }[] = [
  // Python
  { line: '# Fine-tune the base model with RLHF after instruction tuning.', term: 'RLHF', id: 'rlhf' },
  { line: '# Fine-tune the base model with RLHF after instruction tuning.', term: 'Fine-tune', id: 'fine-tuning' },
  { line: '# Fine-tune the base model with RLHF after instruction tuning.', term: 'instruction tuning', id: 'instruction-fine-tuning' },
  { line: 'from transformers import AutoTokenizer, AutoModelForCausalLM', term: 'transformers', id: 'transformer' },
  { line: 'from transformers import AutoTokenizer, AutoModelForCausalLM', term: 'AutoTokenizer', id: null, at: 6 },
  { line: 'tokenizer = AutoTokenizer.from_pretrained("gpt2")', term: 'tokenizer', id: 'tokenizer' },
  { line: 'input_ids = tokenizer(prompt, return_tensors="pt").input_ids', term: 'input_ids', id: 'token-id' },
  { line: 'embeddings = model.get_input_embeddings()', term: 'embeddings', id: 'embedding' },
  { line: 'pipe = StableDiffusionPipeline.from_pretrained("stabilityai/sd-2")', term: 'StableDiffusionPipeline', id: 'stable-diffusion', at: 8, covers: 'StableDiffusion' },
  { line: 'vae = AutoencoderKL.from_pretrained(path, subfolder="vae")', term: 'vae', id: 'vae' },
  { line: 'import torch.nn as nn', term: 'torch', id: 'pytorch' },
  { line: 'class Discriminator(nn.Module):', term: 'Discriminator', id: 'discriminator' },
  { line: 'def train_gan(generator, discriminator, data_loader):', term: 'generator', id: 'generator' },
  { line: 'def train_gan(generator, discriminator, data_loader):', term: 'gan', id: 'gan' },
  { line: 'noise = torch.randn(batch, latent_dim)', term: 'noise', id: 'random-noise' },
  { line: 'latent_space = encoder(images)  # compress into the latent space', term: 'latent_space', id: 'latent-space' },
  { line: 'use_rag = True', term: 'rag', id: null },
  { line: 'USE_RAG = True', term: 'RAG', id: 'rag' },
  { line: 'rag_pipeline = build()', term: 'rag', id: null },
  { line: 'client = boto3.client("bedrock-runtime")', term: 'bedrock', id: null },
  { line: 'client = boto3.client("s3")', term: 's3', id: 'amazon-s3' },
  { line: 'response = bedrock_client.invoke_model(modelId="amazon.titan-text-express-v1")', term: 'titan', id: null },
  { line: 'access_token = os.environ["HF_TOKEN"]', term: 'token', id: null },
  { line: 'def softmax(logits):', term: 'softmax', id: 'softmax' },
  { line: 'x = layer_norm(x + attention(x))  # residual connection', term: 'residual connection', id: 'residual-connections' },
  { line: 'x = layer_norm(x + attention(x))  # residual connection', term: 'layer_norm', id: 'layer-normalization' },
  { line: 'scores = q @ k.T / math.sqrt(d)  # self-attention', term: 'self-attention', id: 'self-attention' },
  { line: 'fragment = storage.get(organ_id)', term: 'fragment', id: null },
  { line: 'fragment = storage.get(organ_id)', term: 'storage', id: null },
  { line: 'fragment = storage.get(organ_id)', term: 'organ', id: null },
  { line: 'garage_door = tragic_story(elegant=True)', term: 'garage', id: null },
  { line: 'garage_door = tragic_story(elegant=True)', term: 'elegant', id: null },
  { line: 'player = Player(name="Morgan", team="Albert")', term: 'Morgan', id: null },
  { line: 'player = Player(name="Morgan", team="Albert")', term: 'Albert', id: null },
  { line: 'metal = "titanium"', term: 'titanium', id: null },
  // TypeScript and JavaScript
  { line: 'const accessToken = await getToken();', term: 'accessToken', id: null, at: 8 },
  { line: 'const { data } = useContext(AppContext);', term: 'useContext', id: null, at: 5 },
  { line: 'const encoder = new Base64Encoder();', term: 'Base64Encoder', id: null, at: 9 },
  { line: 'const encoder = new TextEncoder();', term: 'encoder', id: 'encoder' },
  { line: 'export async function callLLM(prompt: string): Promise<string> {', term: 'LLM', id: 'llm' },
  { line: 'export async function callLLM(prompt: string): Promise<string> {', term: 'prompt', id: 'prompt' },
  { line: 'const contextWindow = 200_000; // tokens', term: 'contextWindow', id: 'context-window' },
  { line: 'const contextWindow = 200_000; // tokens', term: 'tokens', id: 'token' },
  { line: 'const fewShotExamples = examples.slice(0, 3);', term: 'fewShot', id: 'few-shot-inference' },
  { line: 'if (isZeroShot) { return zeroShotPrompt(task); }', term: 'zeroShot', id: 'zero-shot-inference' },
  { line: 'const vectorStore = new VectorDB({ dims: 1536 });', term: 'vectorStore', id: 'vector-database' },
  { line: 'const teleprompter = new Teleprompter();', term: 'teleprompter', id: null },
  { line: 'import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";', term: 'BedrockRuntimeClient', id: 'amazon-bedrock', at: 3, covers: 'Bedrock' },
  { line: 'const llms = await listLLMs();', term: 'LLMs', id: 'llm' },
  { line: 'const meta = document.querySelector("meta");', term: 'meta', id: null },
  { line: 'const whisper = quietly(voice);', term: 'whisper', id: null },
  // Comments and prose
  { line: '// Hallucinations are more likely when the model lacks context.', term: 'Hallucinations', id: 'hallucination' },
  { line: '// TODO: switch to Amazon SageMaker JumpStart for the base model', term: 'Amazon SageMaker JumpStart', id: 'amazon-sagemaker-jumpstart', at: 18 },
  { line: '// TODO: switch to Amazon SageMaker JumpStart for the base model', term: 'Amazon', id: 'amazon-sagemaker-jumpstart', covers: 'Amazon SageMaker JumpStart' },
  { line: '/* Uses Amazon Titan embeddings via Amazon Bedrock. */', term: 'Titan', id: 'amazon-titan', covers: 'Amazon Titan' },
  { line: '/* Uses Amazon Titan embeddings via Amazon Bedrock. */', term: 'Bedrock', id: 'amazon-bedrock', covers: 'Amazon Bedrock' },
  { line: '# The LLM\'s output is non-deterministic.', term: 'LLM\'s', id: 'llm', at: 1 },
  { line: '# The LLM\'s output is non-deterministic.', term: 'non-deterministic', id: 'non-determinism' },
  { line: '<!-- see docs on retrieval-augmented generation -->', term: 'retrieval-augmented generation', id: 'rag' },
  // Markdown
  { line: '## Foundation models and pre-training', term: 'Foundation models', id: 'foundation-model' },
  { line: '## Foundation models and pre-training', term: 'pre-training', id: 'pre-training' },
  { line: '- Diffusion models start from random noise and denoise step by step.', term: 'Diffusion models', id: 'diffusion-model' },
  { line: '- Diffusion models start from random noise and denoise step by step.', term: 'random noise', id: 'random-noise' },
  { line: 'A **variational autoencoder** samples from a latent space.', term: 'variational autoencoder', id: 'vae', at: 3 },
  { line: 'A **variational autoencoder** samples from a latent space.', term: 'autoencoder', id: 'vae', covers: 'variational autoencoder' },
  { line: 'GANs pit a generator against a discriminator.', term: 'GANs', id: 'gan' },
  { line: 'The bedrock of good study is practice.', term: 'bedrock', id: null },
  { line: 'Use RAG when answers must cite company documents.', term: 'RAG', id: 'rag' },
  { line: 'She wore a rag on her head.', term: 'rag', id: null },
  { line: 'Continued pre-training (also called domain adaptation) widens knowledge.', term: 'Continued pre-training', id: 'continued-pre-training' },
  { line: 'Transfer learning reuses a trained model; fine-tuning is one kind.', term: 'Transfer learning', id: 'transfer-learning' },
  { line: 'Prompt engineering is cheaper than fine-tuning.', term: 'Prompt engineering', id: 'prompt-engineering', at: 2 },
  { line: 'Amazon Q Developer (formerly CodeWhisperer) suggests code.', term: 'CodeWhisperer', id: 'amazon-q-developer' },
  { line: 'Provisioned Throughput is typically needed for custom models.', term: 'Provisioned Throughput', id: 'provisioned-throughput' },
  { line: 'Whisper transcribes speech; it is not a diffusion model.', term: 'Whisper', id: 'whisper' },
  { line: 'A context of 8k tokens is small.', term: 'context', id: null },
  { line: 'The FM lifecycle ends with feedback.', term: 'FM lifecycle', id: 'foundation-model-lifecycle' },
  { line: 'the fm radio played softly', term: 'fm', id: null },
  { line: 'Zero-shot, one-shot and few-shot prompting differ in examples.', term: 'one-shot', id: 'one-shot-inference' },
  { line: 'Self-supervised learning needs no human labels.', term: 'Self-supervised learning', id: 'self-supervised-learning' },
  { line: 'ChatGPT runs on the GPT family.', term: 'ChatGPT', id: 'chatgpt' },
  { line: 'The GPT family powers ChatGPT.', term: 'GPT', id: 'gpt' },
];

describe('term matcher (findTermAt) on the bundled notes', () => {
  const kb = bundledKb();
  for (const c of CASES) {
    it(`${c.id ?? 'no hover'} ← "${c.term}" in: ${c.line}`, () => {
      const start = c.line.indexOf(c.term);
      assert.ok(start >= 0, 'the term is in the line');
      const at = start + (c.at ?? Math.floor(c.term.length / 2));
      const m = findTermAt(kb, c.line, at);
      if (c.id === null) {
        assert.equal(m, undefined, `unexpected hover: ${m?.concept.id} on "${m && c.line.slice(m.start, m.end)}"`);
        return;
      }
      assert.ok(m, 'a hover');
      assert.equal(m.concept.id, c.id);
      assert.equal(c.line.slice(m.start, m.end), c.covers ?? c.term);
    });
  }
});

describe('term matcher rules', () => {
  const kb = kbOf([
    note('t/rag.md', 'title: Retrieval-augmented generation\naliases: [RAG]\nsummary: s\nhover: { case: [RAG] }'),
    note('t/token.md', 'title: Token\nsummary: s'),
    note('t/one-shot.md', 'title: One-shot inference\naliases: [one-shot]\nsummary: s'),
    note('t/ctx.md', 'title: Context (prompt element)\nsummary: s\nhover: false'),
    note('t/shared-a.md', 'title: Alpha\naliases: [Shared Term]\nsummary: s'),
    note('t/shared-b.md', 'title: Beta\naliases: [shared term]\nsummary: s'),
  ]);
  const at = (line: string, word: string) => findTermAt(kb, line, line.indexOf(word) + 1);

  it('matches multi-word terms across space, hyphen, underscore and camelCase', () => {
    for (const line of ['one-shot', 'one_shot', 'oneShot', 'OneShot', 'one shot']) assert.equal(at(line, line)?.concept.id, 'one-shot', line);
  });
  it('keeps case-sensitive acronyms to their case, with plurals and possessives', () => {
    assert.equal(at('RAGs are useful', 'RAGs')?.concept.id, 'rag');
    assert.equal(at("RAG's index", 'RAG')?.end, 5);
    assert.equal(at('a rag doll', 'rag'), undefined);
  });
  it('fires generic words only when they stand alone', () => {
    assert.equal(at('token = 1', 'token')?.concept.id, 'token');
    assert.equal(at('self.tokens.append(t)', 'tokens')?.concept.id, 'token');
    assert.equal(at('accessToken = 1', 'Token'), undefined);
    assert.equal(at('token_count = 1', 'token'), undefined);
  });
  it('never hovers a look-up-only concept', () => {
    assert.equal(at('the context of the prompt', 'context'), undefined);
  });
  it('shows both concepts when one surface form belongs to two', () => {
    assert.deepEqual(at('a shared term here', 'shared')?.concepts.map(c => c.id).sort(), ['shared-a', 'shared-b']);
  });
  it('looks only at a window around the cursor on very long lines', () => {
    const line = 'x '.repeat(200_000) + 'RAG ' + 'y '.repeat(200_000);
    assert.equal(at(line, 'RAG')?.concept.id, 'rag');
  });
});

describe('term matcher properties', () => {
  const kb = bundledKb();
  const words = ['RLHF', 'rag', 'RAG', 'token', 'Token', 'LLMs', 'fine-tuning', 'diffusion', 'garage', 'x', '_', '-', '.', ' ', "'s", 'Bedrock', 'camelCase', '4o', 'GPT', 'ü', '日本'];
  const line = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 30 }).map(p => p.join(''));

  it('a hover range lies inside the line, covers the cursor and holds a matching term', () => {
    fc.assert(fc.property(line, fc.nat(), (text, n) => {
      const ch = text.length ? n % text.length : 0;
      const m = findTermAt(kb, text, ch);
      if (!m) return;
      assert.ok(m.start >= 0 && m.end <= text.length && m.start <= ch && ch < m.end, `${m.start}-${m.end} around ${ch}`);
      assert.ok(m.concepts.length >= 1);
    }), { numRuns: 5000 });
  });

  it('the matched text, read alone, is the same term: the range covers exactly the term', () => {
    fc.assert(fc.property(line, fc.nat(), (text, n) => {
      const m = findTermAt(kb, text, text.length ? n % text.length : 0);
      if (!m) return;
      const term = text.slice(m.start, m.end);
      const alone = findTermAt(kb, term, 0);
      assert.ok(alone && alone.start === 0 && alone.end === term.length, `"${term}" alone: ${alone?.start}-${alone?.end}`);
      for (const c of m.concepts) assert.ok(alone.concepts.includes(c), `"${term}": ${c.id}`);
    }), { numRuns: 5000 });
  });

  it('is stable: the same answer twice, and from a fresh index that has expanded nothing yet', () => {
    const ids = (m: ReturnType<TermIndex['findAt']>) => m && [m.start, m.end, ...m.concepts.map(c => c.id)];
    fc.assert(fc.property(line, fc.nat(), (text, n) => {
      const ch = text.length ? n % text.length : 0;
      const shared = termIndexOf(kb).findAt(text, ch);
      assert.deepEqual(ids(termIndexOf(kb).findAt(text, ch)), ids(shared));
      assert.deepEqual(ids(new TermIndex(kb.concepts).findAt(text, ch)), ids(shared), text);
    }), { numRuns: 2000 });
  });

  it('never throws on any text at any position, in range or not', () => {
    const any = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), line);
    fc.assert(fc.property(any, fc.integer({ min: -5, max: 400 }), (text, ch) => {
      const m = findTermAt(kb, text, ch);
      if (ch < 0 || ch >= text.length) assert.equal(m, undefined);
      else if (m) assert.ok(m.start >= 0 && m.start <= ch && ch < m.end && m.end <= text.length);
      for (const f of termIndexOf(kb).findAll(text)) assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
    }), { numRuns: 5000 });
  });

  it('findAll returns ordered, non-overlapping ranges', () => {
    fc.assert(fc.property(line, text => {
      let last = 0;
      for (const m of termIndexOf(kb).findAll(text)) {
        assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
        last = m.end;
      }
    }), { numRuns: 3000 });
  });

  it('tokenize offsets point at the segments they name', () => {
    fc.assert(fc.property(line, text => {
      for (const s of tokenize(text)) assert.equal(text.slice(s.start, s.start + s.raw.length), s.raw);
    }), { numRuns: 3000 });
  });
});
