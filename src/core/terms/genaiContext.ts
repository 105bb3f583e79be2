// Whether a document is about generative AI, which decides how its generic words read (reading.ts).
// A cheap test, run once per version of a document: it imports or names a known GenAI library, or
// its first part names at least two concepts by distinctive forms.
import type { Concept } from '../model';
import type { Reading } from './reading';
import type { TermIndex } from './termIndex';

/** GenAI and ML libraries and SDK entry points, as imported, required or named in configs and notebooks. */
const LIBRARIES = new RegExp(
  [
    String.raw`\bbedrock[-_](?:agent[-_])?runtime\b`,
    String.raw`\bclient[-_]bedrock`,
    String.raw`["']bedrock(?:[-_]agent)?["']`,
    String.raw`\bsagemaker\b`,
    String.raw`\btransformers\b`,
    String.raw`\blangchain\w*`,
    String.raw`@langchain/`,
    String.raw`\bllama[-_]?index\b`,
    String.raw`\bopenai\b`,
    String.raw`\banthropic\b`,
    String.raw`\bdiffusers\b`,
    String.raw`\bpeft\b`,
    String.raw`\btrl\b`,
    String.raw`\bhuggingface(?:_hub)?\b`,
    String.raw`\bsentence[-_]transformers\b`,
    String.raw`\btiktoken\b`,
    String.raw`\bvllm\b`,
    String.raw`\bollama\b`,
    String.raw`\bmistralai\b`,
    String.raw`\bgoogle[.-]generativeai\b`,
    String.raw`\bvertexai\b`,
    String.raw`\bbitsandbytes\b`,
    String.raw`\bchromadb\b`,
    String.raw`\bfaiss\b`,
    String.raw`\bpinecone\b`,
    String.raw`\bweaviate\b`,
    String.raw`\bqdrant\w*`,
    String.raw`\bstrands\b`,
    String.raw`\bfrom_pretrained\b`,
    String.raw`\binvoke_?model\w*`,
    String.raw`\bInvokeModel\w*`,
    String.raw`\.converse(?:_stream)?\(`,
    String.raw`\bConverse(?:Stream)?Command\b`,
    String.raw`\bchat\.completions\b`,
    String.raw`\btorch\b`,
    String.raw`\btensorflow\b`,
    String.raw`\bkeras\b`,
    String.raw`\bsklearn\b`,
  ].join('|'),
  'i',
);

/** How much of a document the test reads: imports and the first mentions are near the top. */
const HEAD_CHARS = 40_000;
const LIBRARY_CHARS = 200_000;

/**
 * How a document reads: `genai` when it is about generative AI. Worked out on the first read of
 * `genai`, which most hovers (a term that fires anywhere) never make.
 */
export function readingOf(index: TermIndex, text: string): Reading {
  let genai: boolean | undefined;
  let source: string | undefined = text;
  return {
    get genai() {
      if (genai === undefined) {
        genai = mentionsLibrary(source!) || namesConcepts(index, source!, 2);
        source = undefined;
      }
      return genai;
    },
  };
}

export function mentionsLibrary(text: string): boolean {
  return LIBRARIES.test(text.length > LIBRARY_CHARS ? text.slice(0, LIBRARY_CHARS) : text);
}

/**
 * Words that may be a distinctive form: identifiers with a capital inside or joined parts, or two capitalised
 * words.
 */
const CANDIDATE = /[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*|[A-Z][a-z]+ [A-Z][A-Za-z]+/g;
/** At most this many distinct candidates are looked up. */
const MAX_CANDIDATES = 2_000;

/**
 * Whether the head of the text names `wanted` distinct concepts by distinctive forms written out:
 * acronyms, names in mixed case, identifiers of several parts (also read with spaces: chunk_size
 * as "chunk size") and capitalised names of two words, never a single plain word (which may be
 * English). Each candidate is one search of the forms' text, so the test indexes nothing.
 */
function namesConcepts(index: TermIndex, text: string, wanted: number): boolean {
  const seen = new Set<Concept>();
  const tried = new Set<string>();
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  for (const m of head.matchAll(CANDIDATE)) {
    const word = m[0];
    if (!distinctive(word) || tried.has(word)) continue;
    tried.add(word);
    if (tried.size > MAX_CANDIDATES) return false;
    const spaced = word.replace(/[_-]/g, ' ');
    for (const c of [...index.conceptsNamed(word), ...(spaced === word ? [] : index.conceptsNamed(spaced))])
      seen.add(c);
    if (seen.size >= wanted) return true;
  }
  return false;
}

/** Several words or parts, or capitals beyond the first letter (RLHF, LoRA, SageMaker, topP, max_tokens). */
function distinctive(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 32 || c === 95 || c === 45) return true;
  }
  return false;
}
