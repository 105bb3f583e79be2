// Whether a document is about generative AI, which decides how its generic words read (reading.ts).
// A cheap test, run once per version of a document: it imports or names a known GenAI library, or
// its first part names at least two concepts by distinctive forms.
import type { Concept } from '../model';
import type { Reading } from './reading';
import type { TermIndex } from './termIndex';

/** GenAI and ML libraries and SDK entry points, as imported, required or named in configs and notebooks. */
const LIBRARIES = new RegExp([
  String.raw`\bbedrock[-_](?:agent[-_])?runtime\b`, String.raw`\bclient[-_]bedrock`, String.raw`["']bedrock(?:[-_]agent)?["']`,
  String.raw`\bsagemaker\b`, String.raw`\btransformers\b`, String.raw`\blangchain\w*`, String.raw`@langchain/`,
  String.raw`\bllama[-_]?index\b`, String.raw`\bopenai\b`, String.raw`\banthropic\b`, String.raw`\bdiffusers\b`, String.raw`\bpeft\b`,
  String.raw`\btrl\b`, String.raw`\bhuggingface(?:_hub)?\b`, String.raw`\bsentence[-_]transformers\b`, String.raw`\btiktoken\b`,
  String.raw`\bvllm\b`, String.raw`\bollama\b`, String.raw`\bmistralai\b`, String.raw`\bgoogle[.-]generativeai\b`, String.raw`\bvertexai\b`,
  String.raw`\bbitsandbytes\b`, String.raw`\bchromadb\b`, String.raw`\bfaiss\b`, String.raw`\bpinecone\b`, String.raw`\bweaviate\b`,
  String.raw`\bqdrant\w*`, String.raw`\bstrands\b`, String.raw`\bfrom_pretrained\b`, String.raw`\binvoke_?model\w*`,
  String.raw`\bInvokeModel\w*`, String.raw`\.converse(?:_stream)?\(`, String.raw`\bConverse(?:Stream)?Command\b`,
  String.raw`\bchat\.completions\b`, String.raw`\btorch\b`, String.raw`\btensorflow\b`, String.raw`\bkeras\b`, String.raw`\bsklearn\b`,
].join('|'), 'i');

/** How much of a document the test reads: imports and the first mentions are near the top. */
const HEAD_CHARS = 40_000;
const LIBRARY_CHARS = 200_000;

/** How a document reads: `genai` when it is about generative AI. */
export function readingOf(index: TermIndex, text: string): Reading {
  return { genai: mentionsLibrary(text) || namesConcepts(index, text, 2) };
}

export function mentionsLibrary(text: string): boolean {
  return LIBRARIES.test(text.length > LIBRARY_CHARS ? text.slice(0, LIBRARY_CHARS) : text);
}

/**
 * Whether the head of the text names `wanted` distinct concepts by distinctive forms: acronyms,
 * names in mixed case and terms of several words, never a single plain word (which may be English).
 */
function namesConcepts(index: TermIndex, text: string, wanted: number): boolean {
  const seen = new Set<Concept>();
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const strict: Reading = { genai: false };
  for (let at = 0; at < head.length;) {
    let end = head.indexOf('\n', at);
    if (end < 0) end = head.length;
    const line = head.slice(at, end);
    at = end + 1;
    for (const m of index.findAll(line, strict)) {
      if (!distinctive(line.slice(m.start, m.end))) continue;
      for (const c of m.concepts) seen.add(c);
      if (seen.size >= wanted) return true;
    }
  }
  return false;
}

/** Several words, or capitals beyond the first letter (RLHF, LoRA, SageMaker, topP, max_tokens). */
function distinctive(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90 && i > 0) capitals++;
    else if (c === 32 || c === 95 || c === 45) return true;
  }
  return capitals > 0;
}
