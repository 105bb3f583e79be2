// The hover forms of concepts, indexed lazily by the text segment they start with, and walked segment by segment.
import type { Concept } from '../model';
import { buildFormText, type FormText } from './formText';
import { matches, sameEntry, type Entry, type Gap, type Generic } from './entry';
import { firstKeys, mergeCamel, oneLetterSegment, plurals, scanForm, simpleKeys, singularBases } from './forms';
import { GENERIC_WORDS, MODEL_WORDS, PLAIN_WORDS, type Reading } from './reading';
import { Join, tokenize, type Segment } from './tokenize';

/**
 * Surface forms of concepts, keyed by their lower-case segments joined with spaces. Building it
 * only lists the forms. The first time a text segment could start a term, the forms beginning
 * with it are found with indexOf in their joined text and indexed with their variants (plurals,
 * camelCase merged). Matching extends a key segment by segment from each start near the cursor.
 */
export class FormIndex {
  private readonly byForm = new Map<string, Entry[]>();
  /** Text segment → whether a form starts with it (its forms are then in byForm). */
  private readonly starts = new Map<string, boolean>();
  /** Proper prefixes of the indexed forms' keys, to stop extending a key early. */
  private readonly prefixes = new Set<string>();
  private maxSegments = 1;
  /** Each form as written, and its concept. */
  protected readonly forms: string[] = [];
  protected readonly owners: Concept[] = [];
  private formText?: FormText;

  constructor(concepts: readonly Concept[]) {
    // Indexed loops: this runs once, before the engine has optimised anything, where for-of is slow.
    for (let i = 0; i < concepts.length; i++) {
      const c = concepts[i];
      if (!c.hover.enabled) continue;
      const { title, aliases } = c;
      const paren = title.indexOf(' (');
      this.forms.push(paren > 0 ? title.slice(0, paren) : title);
      this.owners.push(c);
      for (let k = 0; k < aliases.length; k++) {
        this.forms.push(aliases[k]);
        this.owners.push(c);
      }
    }
  }

  protected text(): FormText {
    return (this.formText ??= buildFormText(this.forms));
  }

  /** The form whose line holds offset `at` of the text. */
  protected formAt(at: number): number {
    const { starts } = this.formText!;
    let lo = 0;
    let hi = this.forms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Indexes the forms that can start with this text segment, once; false when none does. */
  private expand(norm: string): boolean {
    const known = this.starts.get(norm);
    if (known !== undefined) return known;
    const { lower, starts, aligned, odd, added } = this.text();
    let found = false;
    const consider = (f: number) => {
      const form = this.forms[f];
      const concept = this.owners[f];
      if (concept.hover.exclude.includes(form)) return;
      const { wordEnd, oneWord, simple } = scanForm(form);
      const keys = simple
        ? simpleKeys(form.slice(0, wordEnd).toLowerCase(), oneWord)
        : firstKeys(tokenize(form, 0, wordEnd), oneWord);
      if (!keys.includes(norm)) return;
      found = true;
      if (added[f]) return;
      added[f] = 1;
      this.addForm(concept, form);
    };
    for (const base of singularBases(norm)) {
      const needle = `\n${base}`;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const f = this.formAt(at + 1);
        // Only a form's own start counts (a form may hold a line break).
        if (starts[f] !== at + 1) continue;
        // Cheap tests first: the first word must end after the base or be cut there (by a
        // capital or a digit), and a one-letter base must be a one-letter segment.
        const form = this.forms[f];
        const next = form.charCodeAt(base.length);
        if (aligned && ((next >= 97 && next <= 122) || (base.length === 1 && !oneLetterSegment(form, 0)))) continue;
        consider(f);
      }
    }
    for (const f of odd) consider(f);
    this.starts.set(norm, found);
    return found;
  }

  private addForm(concept: Concept, form: string) {
    const caseSensitive = concept.hover.caseSensitive.includes(form);
    const standalone = concept.hover.standalone.includes(form);
    const segs = tokenize(form);
    if (segs.length === 0) return;
    // A generic word, or a note's standalone word for a concept named by one (tokenize, like Tokenizer).
    const generic = segs.length !== 1 ? 0 : genericClass(segs[0].norm) || (standalone ? conceptClass(concept) : 0);
    const upper = caseSensitive && form.length >= 5 && form !== form.toUpperCase();
    // Names of four letters or more (LoRA, Bedrock, Titan) that are not also ordinary words.
    const anyCaseInside = caseSensitive && !standalone && form.replace(/[^A-Za-z]/g, '').length >= 4;
    const alone = standalone || generic > 0;
    const gaps = segs.slice(1).map(s => (s.join === Join.Other ? s.sep : ''));
    const variants: { norms: string[]; raws: string[]; gaps: Gap[] }[] = [
      { norms: segs.map(s => s.norm), raws: segs.map(s => s.raw), gaps },
    ];
    // GenAI, LayerNorm, PyTorch: also as one segment, as written in lower case (genai, layernorm).
    if (segs.some(s => s.join === Join.Camel)) {
      const merged = mergeCamel(segs);
      variants.push({ norms: merged.map(s => s.toLowerCase()), raws: merged, gaps: merged.slice(1).map(() => '') });
    }
    for (const v of variants) {
      plurals(v.norms, v.raws).forEach(([norms, raws], k) => {
        this.insert({
          concept,
          norms,
          gaps: v.gaps,
          exact: caseSensitive ? raws : undefined,
          upper,
          anyCaseInside,
          standalone: alone,
          generic,
          derived: k > 0,
        });
      });
    }
  }

  private insert(entry: Entry) {
    const key = entry.norms.join(' ');
    const list = this.byForm.get(key);
    if (!list) this.byForm.set(key, [entry]);
    else if (!list.some(e => e.concept === entry.concept && sameEntry(e, entry))) list.push(entry);
    for (let k = 1, prefix = entry.norms[0]; k < entry.norms.length; k++) {
      this.prefixes.add(prefix);
      prefix = `${prefix} ${entry.norms[k]}`;
    }
    if (entry.norms.length > this.maxSegments) this.maxSegments = entry.norms.length;
  }

  /** Tries the forms that start at segment s, reporting each valid match end with its concepts. */
  protected walk(
    segs: readonly Segment[],
    s: number,
    reading: Reading | undefined,
    found: (end: number, concepts: readonly Concept[]) => void,
  ) {
    if (!this.expand(segs[s].norm)) return;
    let key = '';
    for (let e = s; e < segs.length && e - s < this.maxSegments; e++) {
      key = e === s ? segs[s].norm : `${key} ${segs[e].norm}`;
      const entries = this.byForm.get(key);
      if (entries) {
        let concepts: Concept[] | undefined;
        let written = false;
        for (const entry of entries) {
          if ((written && entry.derived) || !matches(entry, segs, s, e, reading)) continue;
          if (!entry.derived && !written) {
            written = true;
            concepts = undefined;
          }
          if (!concepts) concepts = [entry.concept];
          else if (!concepts.includes(entry.concept)) concepts.push(entry.concept);
        }
        if (concepts) found(e, concepts);
      }
      // No longer form starts this way; a possessive ends a term ("LLM's context" is not "LLM context").
      if (!this.prefixes.has(key) || segs[e].end !== segs[e].stop) return;
    }
  }
}

function genericClass(norm: string): Generic {
  return !GENERIC_WORDS.has(norm) ? 0 : MODEL_WORDS.has(norm) ? 1 : PLAIN_WORDS.has(norm) ? 3 : 2;
}

/** The class of the generic word a concept is named by (its title or an alias of one word), if any. */
function conceptClass(concept: Concept): Generic {
  for (const form of [concept.title, ...concept.aliases]) {
    const word = form.toLowerCase();
    if (GENERIC_WORDS.has(word)) return genericClass(word);
  }
  return 0;
}
