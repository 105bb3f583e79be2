// How a document is read for hovers: generic programming words are GenAI terms only in files
// about GenAI, and even there not beside a word that gives them their everyday sense
// (accessToken, HF_TOKEN, searchButton, TextEncoder). Word lists of code vocabulary only: which
// concept a word means always comes from the notes' titles and aliases.
import { Join, type Segment } from './tokenize';

/** How a text is read: `genai` when the document is about generative AI (see genaiContext.ts). */
export interface Reading {
  readonly genai: boolean;
}

/**
 * Generic words with a model sense: in a GenAI file they also fire as one segment of an
 * identifier (AutoTokenizer, get_embeddings, num_inference_steps, text_generator).
 */
export const MODEL_WORDS: ReadonlySet<string> = new Set([
  'token',
  'tokenizer',
  'vector',
  'prompt',
  'encoder',
  'decoder',
  'generator',
  'transformer',
  'inference',
  'completion',
  'embedding',
  'noise',
  'translation',
  'classification',
  'evaluation',
  'evaluate',
  'deployment',
  'deploy',
]);

/**
 * Generic words of everyday code: in a GenAI file, in its prose only ("check for bias", not bias="none" or
 * compute_metrics).
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  'labels',
  'compute',
  'bias',
  'parameters',
  'weights',
  'alignment',
  'optimization',
  'feedback',
  'monitor',
  'monitoring',
]);

/** Generic words that English prose uses all the time: alone they never fire ("search the docs", "in this context"). */
export const PLAIN_WORDS: ReadonlySet<string> = new Set(['context', 'search', 'input']);

/** Every generic word: outside GenAI files none of them fires. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([...MODEL_WORDS, ...EVERYDAY_WORDS, ...PLAIN_WORDS]);

const CREDENTIAL =
  'access auth oauth api apikey bearer refresh session security csrf xsrf jwt hf github gh gitlab npm ' +
  'slack secret password passwd login logout signin verify verification reset invite expiry expires expire expired ' +
  'expiration ttl revoke next continuation pagination paginator page cursor cancellation cancel lexer parser ' +
  'sas device push cookie';
const CODEC =
  'json base64 base url uri utf utf8 text string bytes byte html xml label hot ordinal password audio video';

/** Words that, beside a generic word, give it its everyday sense. */
const EVERYDAY_BESIDE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    token: CREDENTIAL,
    tokenizer: 'string lexer stream',
    prompt: 'user confirm password passwd dialog toolkit sync async yes ask shell command cli input',
    encoder: CODEC,
    decoder: CODEC,
    generator: 'code id uuid random password report html site static name key number',
    transformer: 'column function babel ast stream class json xml',
    vector: 'math float int double position velocity direction normal 2 3 4 2d 3d std',
    completion: 'code item provider tab shell bash auto progress percent date time task order status rate',
    inference: 'type schema',
    translation: 'i18n locale matrix x y z offset',
    noise: 'perlin simplex white value audio reduction',
    embedding: 'video iframe youtube font html url',
    classification: 'security',
    evaluation: 'expression expr lazy short policy rule condition',
    deployment: 'k8s kubernetes helm vercel netlify app site web frontend backend blue green canary rollout',
  }).map(([word, list]) => [word, new Set(list.split(' '))]),
);

/** The singular a generic plural stands for (tokens → token), or the word itself. */
function base(norm: string): string {
  if (EVERYDAY_BESIDE.has(norm)) return norm;
  if (norm.endsWith('s') && EVERYDAY_BESIDE.has(norm.slice(0, -1))) return norm.slice(0, -1);
  return norm;
}

/** Whether the word joins its neighbour closely enough to qualify it: in an identifier, by a space, a dot or "=". */
function close(seg: Segment): boolean {
  return seg.join !== Join.None && (seg.join !== Join.Other || seg.sep === '.' || seg.sep === '=');
}

/** Whether the generic word segs[s] stands beside a word that gives it its everyday sense. */
export function everydayBeside(segs: readonly Segment[], s: number): boolean {
  const words = EVERYDAY_BESIDE.get(base(segs[s].norm));
  if (!words) return false;
  const has = (norm: string) => words.has(norm) || (norm.endsWith('s') && words.has(norm.slice(0, -1)));
  if (close(segs[s]) && s > 0 && has(segs[s - 1].norm)) return true;
  return s + 1 < segs.length && close(segs[s + 1]) && has(segs[s + 1].norm);
}
