// Deterministic workloads for the benchmark: a generated knowledge base, typed queries, long lines.
const WORDS = (
  'adaptive attention batch bayesian cache causal chain classifier cluster contrastive corpus cross dense ' +
  'distillation dropout encoder ensemble entropy feature filter gated gradient graph greedy hashing hidden hybrid ' +
  'inference kernel knowledge label latent layer linear logit loss manifold masked matrix memory mixture modal ' +
  'momentum neural norm objective optimizer output parameter policy pooling prior probe prompt quantized query ' +
  'random ranking recurrent reward routing sampling scaling schedule semantic sequence sparse spectral stochastic ' +
  'stride supervised temporal tensor token training transfer tree tuning uncertainty unit value variance vector ' +
  'vision weight window zero'
).split(' ');
const FILLER =
  'the a of to and in for with on by is are we then this that from into when where model data code run'.split(' ');

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}
const pick = (r, list) => list[Math.floor(r() * list.length)];
const cap = w => w[0].toUpperCase() + w.slice(1);

/** n concept notes in 10 topics, each with a title of 2-4 words, an acronym and an alias. */
export function generatedNotes(n, seed = 7) {
  const r = rng(seed);
  const seen = new Set();
  const files = [];
  for (let i = 0; files.length < n; i++) {
    const words = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, WORDS));
    const title = cap(words.join(' '));
    if (seen.has(title.toLowerCase())) continue;
    seen.add(title.toLowerCase());
    const acronym =
      words
        .map(w => w[0])
        .join('')
        .toUpperCase() +
      (i % 7);
    const alias = `${words.slice().reverse().join(' ')} ${pick(r, WORDS)}`;
    const id = `c${i}`;
    files.push({
      path: `topic-${i % 10}/sub-${i % 3}/${id}.md`,
      text: `---\nid: ${id}\ntitle: ${title}\naliases: ["${acronym}", "${alias}"]\nsummary: A ${words.join(' ')} ${pick(r, WORDS)} technique that ${pick(r, WORDS)}s the ${pick(r, WORDS)}.\n---\nBody of ${title}.\n`,
    });
  }
  return files;
}

/** What a user types, keystroke by keystroke: titles, aliases and typo'd titles of 100 concepts. */
export function keystrokeQueries(kb, seed = 11) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < 100; i++) {
    const c = kb.concepts[Math.floor(r() * kb.concepts.length)];
    let target = i % 3 === 0 && c.aliases[0] ? c.aliases[0] : c.title;
    if (i % 4 === 1 && target.length > 5) {
      const k = 1 + Math.floor(r() * (target.length - 2));
      target = target.slice(0, k) + target.slice(k + 1);
    }
    for (let k = 1; k <= target.length; k++) out.push(target.slice(0, k));
  }
  return out;
}

/** count lines of about `length` characters mixing filler words and concept terms. */
export function hoverLines(kb, count, length, seed = 5) {
  const r = rng(seed);
  const forms = kb.concepts.flatMap(c => [c.title, ...c.aliases]);
  return Array.from({ length: count }, () => {
    let line = '';
    while (line.length < length)
      line +=
        (r() < 0.15 ? pick(r, forms) : r() < 0.5 ? pick(r, FILLER) : `${pick(r, FILLER)}_${pick(r, WORDS)}`) +
        (r() < 0.1 ? ', ' : ' ');
    return line.slice(0, length);
  });
}

/** A source file of `count` lines: code with identifiers, comments and strings that mention concept terms. */
export function codeFile(kb, count, seed = 13) {
  const r = rng(seed);
  const forms = kb.concepts.flatMap(c => [c.title, ...c.aliases]);
  const ident = () => pick(r, FILLER) + cap(pick(r, WORDS)) + (r() < 0.3 ? cap(pick(r, WORDS)) : '');
  const shapes = [
    () => `  const ${ident()} = ${ident()}(${ident()}, { ${pick(r, WORDS)}: ${Math.floor(r() * 100)} });`,
    () =>
      `  // ${pick(r, FILLER)} ${pick(r, forms)} ${pick(r, FILLER)} ${pick(r, WORDS)} ${pick(r, forms)} ${pick(r, FILLER)}`,
    () => `  if (${ident()}.${pick(r, WORDS)} > ${Math.floor(r() * 10)}) return ${ident()};`,
    () => `  log.info("${pick(r, forms)}: ${pick(r, FILLER)} ${pick(r, WORDS)}", ${ident()});`,
    () => '',
    () => '}',
  ];
  return Array.from({ length: count }, () => pick(r, shapes)());
}

/** Single lines of 1 MB: prose with terms, one unbroken word (minified or base64 data), and Japanese text. */
export function megaLines(kb) {
  const MB = 1_000_000;
  const word = [];
  const r = rng(17);
  for (let i = 0; i < MB; i++) word.push(String.fromCharCode(97 + Math.floor(r() * 26)));
  return {
    prose: hoverLines(kb, 1, MB)[0],
    word: word.join(''),
    cjk: '生成AIの基盤モデルはトークンを予測する。'.repeat(Math.ceil(MB / 21)).slice(0, MB),
  };
}

/**
 * n concept notes of about `words` words each, written from the words of real notes (so the
 * vocabulary and word frequencies are a real note's): a title, an alias, a summary of 30 words
 * and a body of windows of the source text, with an exam tip.
 */
export function longNotes(n, sourceText, words = 400, seed = 19) {
  const r = rng(seed);
  const source = sourceText.split(/\s+/).filter(Boolean);
  const slice = k => {
    const at = Math.floor(r() * (source.length - k));
    return source.slice(at, at + k).join(' ');
  };
  return generatedNotes(n, seed).map(({ path, text }) => {
    const [, front] = text.split('---\n');
    const lines = front.split('\n').filter(l => !l.startsWith('summary:'));
    const paragraphs = Array.from({ length: 4 }, () => slice(Math.floor((words - 60) / 4)));
    return {
      path,
      text: `---\n${lines.join('\n')}summary: ${JSON.stringify(slice(30))}\n---\n${paragraphs.join('\n\n')}\n\n> **Exam tip:** ${slice(30)}\n`,
    };
  });
}

/** Questions about 60 notes, typed keystroke by keystroke: a question's start and 3 to 6 words of a note's sentence. */
export function questionQueries(kb, seed = 23) {
  const r = rng(seed);
  const starts = ['how do i', 'what is the', 'which service', 'why does my model', '', 'can i'];
  const out = [];
  for (let i = 0; i < 60; i++) {
    const c = kb.concepts[Math.floor(r() * kb.concepts.length)];
    const sentences = c.body.split(/[.!?]\s+/).filter(s => s.split(' ').length >= 8);
    const words = (sentences[Math.floor(r() * sentences.length)] ?? c.summary)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(w => w.length >= 4);
    const picked = [];
    for (
      let k = Math.floor(r() * words.length);
      picked.length < 3 + Math.floor(r() * 4) && k < words.length;
      k += 1 + Math.floor(r() * 2)
    )
      picked.push(words[k]);
    const q = `${pick(r, starts)} ${picked.join(' ')}`.trim();
    for (let k = 1; k <= q.length; k++) out.push(q.slice(0, k));
  }
  return out;
}
