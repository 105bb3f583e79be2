import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoverAt, readingOf, termIndexOf } from '../../src/core';
import { bundledKb } from './helpers';

/**
 * Hovers in real-looking SDK and library code, read with its document's context. Each row names a
 * fixture file (test/fixtures/genai-code), a text that picks the line, the term on that line (its
 * first occurrence there, hovered in its middle) and the concept id expected, or null for no hover.
 */
type Row = readonly [file: string, line: string, term: string, id: string | null];

const ROWS: Row[] = [
  // Bedrock from Python (boto3): Converse and InvokeModel parameters, Knowledge Bases, Guardrails.
  ['bedrock.py', 'inferenceConfig=', 'maxTokens', 'maximum-tokens'],
  ['bedrock.py', 'inferenceConfig=', 'temperature', 'temperature'],
  ['bedrock.py', 'inferenceConfig=', 'topP', 'top-p'],
  ['bedrock.py', 'inferenceConfig=', 'stopSequences', 'stop-sequences'],
  ['bedrock.py', 'additionalModelRequestFields', 'top_k', 'top-k'],
  ['bedrock.py', 'guardrailConfig=', 'guardrailIdentifier', 'amazon-bedrock-guardrails'],
  ['bedrock.py', 'print(usage', 'inputTokens', 'token-based-pricing'],
  ['bedrock.py', '"textGenerationConfig"', 'maxTokenCount', 'maximum-tokens'],
  ['bedrock.py', '"max_tokens_to_sample"', 'top_p', 'top-p'],
  ['bedrock.py', '"max_tokens_to_sample"', 'stop_sequences', 'stop-sequences'],
  ['bedrock.py', '"knowledgeBaseConfiguration"', 'knowledgeBaseId', 'amazon-bedrock-knowledge-bases'],
  ['bedrock.py', 'Ask Claude through', 'RAG', 'rag'],
  ['bedrock.py', 'next_token = ', 'NextToken', null],
  ['bedrock.py', 'next_token = ', 'next_token', null],
  ['bedrock.py', 'aws_session_token', 'AWS_SESSION_TOKEN', null],
  ['bedrock.py', 'paginator_token = None', 'paginator_token', null],
  ['bedrock.py', 'def ask(', 'context', null],
  // Hugging Face: transformers, peft, diffusers.
  ['huggingface.py', 'from transformers import', 'AutoTokenizer', 'tokenizer'],
  ['huggingface.py', 'from peft import', 'LoraConfig', 'low-rank-adaptation'],
  ['huggingface.py', 'lora_config = LoraConfig', 'lora_alpha', 'low-rank-adaptation'],
  ['huggingface.py', 'HF_TOKEN = os', 'HF_TOKEN', null],
  ['huggingface.py', 'use_auth_token', 'use_auth_token', null],
  ['huggingface.py', 'pad_token = ', 'pad_token', 'token'],
  ['huggingface.py', 'out = generator(', 'max_new_tokens', 'maximum-tokens'],
  ['huggingface.py', 'out = generator(', 'temperature', 'temperature'],
  ['huggingface.py', 'out = generator(', 'top_k', 'top-k'],
  ['huggingface.py', 'out = generator(', 'RLHF', 'rlhf'],
  ['huggingface.py', 'negative_prompt=', 'negative_prompt', 'negative-prompt'],
  ['huggingface.py', 'negative_prompt=', 'num_inference_steps', 'inference'],
  ['huggingface.py', 'negative_prompt=', 'lighthouse', null],
  ['huggingface.py', 'def tokenize_batch', 'tokenize_batch', 'tokenizer'],
  ['huggingface.py', 'print_trainable_parameters', 'print_trainable_parameters', 'model-parameters'],
  ['huggingface.py', 'torch_dtype=', 'torch_dtype', 'pytorch'],
  // LangChain RAG.
  ['rag_langchain.py', 'RecursiveCharacterTextSplitter(', 'chunk_size', 'chunking'],
  ['rag_langchain.py', 'RecursiveCharacterTextSplitter(', 'chunk_overlap', 'chunking'],
  ['rag_langchain.py', 'embedding_model = Bedrock', 'embedding_model', 'embedding'],
  ['rag_langchain.py', 'def get_embeddings', 'get_embeddings', 'embedding'],
  ['rag_langchain.py', 'from langchain_aws import', 'Bedrock', 'amazon-bedrock'],
  ['rag_langchain.py', 'from langchain_aws import', 'Embeddings', 'embedding'],
  ['rag_langchain.py', 'prompt_template = ', 'PromptTemplate', 'prompt-template'],
  ['rag_langchain.py', 'search_kwargs', 'search_kwargs', null],
  ['rag_langchain.py', 'model_kwargs=', 'max_tokens', 'maximum-tokens'],
  // TypeScript, AWS SDK v3.
  ['converse.ts', 'inferenceConfig:', 'maxTokens', 'maximum-tokens'],
  ['converse.ts', 'inferenceConfig:', 'topP', 'top-p'],
  ['converse.ts', 'inferenceConfig:', 'stopSequences', 'stop-sequences'],
  ['converse.ts', 'guardrailConfig:', 'guardrailIdentifier', 'amazon-bedrock-guardrails'],
  ['converse.ts', 'export async function image', 'negativeText', 'negative-prompt'],
  ['converse.ts', 'new TextEncoder()', 'TextEncoder', null],
  ['converse.ts', 'new TextDecoder()', 'TextDecoder', null],
  // A notebook's JSON and a YAML config.
  ['notebook.ipynb', '\\"temperature\\"', 'temperature', 'temperature'],
  ['notebook.ipynb', '\\"temperature\\"', 'top_p', 'top-p'],
  ['notebook.ipynb', '\\"temperature\\"', 'max_tokens', 'maximum-tokens'],
  ['notebook.ipynb', 'knowledgeBaseId', 'knowledgeBaseId', 'amazon-bedrock-knowledge-bases'],
  ['notebook.ipynb', 'knowledgeBaseId', 'chunk_size', 'chunking'],
  ['notebook.ipynb', '"cell_type": "markdown"', 'markdown', null],
  ['finetune.yaml', 'lora_r:', 'lora_r', 'low-rank-adaptation'],
  ['finetune.yaml', '  temperature:', 'temperature', 'temperature'],
  ['finetune.yaml', '  top_p:', 'top_p', 'top-p'],
  ['finetune.yaml', '  top_k:', 'top_k', 'top-k'],
  ['finetune.yaml', '  max_new_tokens:', 'max_new_tokens', 'maximum-tokens'],
  ['finetune.yaml', '  stop_sequences:', 'stop_sequences', 'stop-sequences'],
  ['finetune.yaml', 'learning_rate:', 'learning_rate', null],
  // Ordinary code and prose: generic words keep their everyday sense.
  ['auth.ts', 'useContext(AuthContext)', 'useContext', null],
  ['auth.ts', 'const [accessToken', 'accessToken', null],
  ['auth.ts', 'const tokenExpiry', 'tokenExpiry', null],
  ['auth.ts', 'const searchButton', 'searchButton', null],
  ['auth.ts', 'function promptUser', 'promptUser', null],
  ['auth.ts', 'window.prompt', 'prompt', null],
  ['auth.ts', 'new TextEncoder()', 'encoder', null],
  ['app.py', 'GITHUB_TOKEN = os', 'GITHUB_TOKEN', null],
  ['app.py', 'def search_issues', 'search_issues', null],
  ['app.py', '# Search the tracker', 'Search', null],
  ['app.py', '# Search the tracker', 'context', null],
  ['app.py', 'token_expiry = ', 'token_expiry', null],
  ['README.md', 'Use the search box', 'search', null],
  ['README.md', 'Use the search box', 'context', null],
  ['README.md', 'access token', 'token', null],
];

const text = (file: string) =>
  readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'genai-code', `${file}.txt`), 'utf8');

describe('hovers in GenAI code, read with the document', () => {
  const kb = bundledKb();
  for (const [file, picker, term, id] of ROWS) {
    it(`${file}: ${term} → ${id ?? 'no hover'}`, () => {
      const doc = text(file);
      const lines = doc.split('\n');
      const line = lines.findIndex(l => l.includes(picker));
      assert.ok(line >= 0, `a line of ${file} contains ${picker}`);
      const at = lines[line].indexOf(term);
      assert.ok(at >= 0, `${term} is on the line`);
      const hit = hoverAt(kb, doc, line, at + (term.length >> 1));
      if (id === null) assert.equal(hit, undefined, `no hover, got ${hit?.concepts.map(c => c.id).join(', ')}`);
      else {
        assert.ok(hit, `a hover on ${term}`);
        assert.ok(
          hit.concepts.some(c => c.id === id),
          `${id} among ${hit.concepts.map(c => c.id).join(', ')}`,
        );
        assert.ok(hit.start >= at && hit.end <= at + term.length, `the range lies inside ${term}`);
      }
    });
  }

  it('tells GenAI files from ordinary ones', () => {
    const index = termIndexOf(kb);
    const genai = [
      'bedrock.py',
      'huggingface.py',
      'rag_langchain.py',
      'converse.ts',
      'notebook.ipynb',
      'finetune.yaml',
    ];
    for (const file of genai) assert.equal(readingOf(index, text(file)).genai, true, file);
    for (const file of ['auth.ts', 'app.py', 'README.md'])
      assert.equal(readingOf(index, text(file)).genai, false, file);
  });

  it('reads a line past the end, or a negative line, as nothing', () => {
    assert.equal(hoverAt(kb, 'RLHF', 1, 0), undefined);
    assert.equal(hoverAt(kb, 'RLHF', -1, 0), undefined);
    assert.deepEqual(
      hoverAt(kb, 'x\r\nRLHF', 1, 1)?.concepts.map(c => c.id),
      ['rlhf'],
    );
  });
});
