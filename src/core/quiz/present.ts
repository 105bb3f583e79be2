import type { QuizItem } from './items';

/** A random source in [0, 1): Math.random in production, seeded in tests. */
export type Random = () => number;

/** What the learner sees, and the hidden mapping needed to score it. */
export type Presentation =
  | {
      readonly type: 'single' | 'multiple';
      readonly choices: readonly string[];
      readonly pick: number;
      readonly correct: readonly number[];
    }
  | { readonly type: 'ordering'; readonly items: readonly string[]; readonly rightOrder: readonly number[] }
  | {
      readonly type: 'matching';
      readonly left: readonly string[];
      readonly right: readonly string[];
      readonly rightFor: readonly number[];
    };

export type Response =
  | { readonly type: 'single' | 'multiple'; readonly picked: readonly number[] }
  | { readonly type: 'ordering'; readonly order: readonly number[] }
  | { readonly type: 'matching'; readonly matches: readonly number[] };

/** Fisher-Yates: a shuffled permutation of 0..n-1. */
export function permutation(n: number, random: Random): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** Shuffles an item's choices (never leaving an ordering question already solved). */
export function present(item: QuizItem, random: Random = Math.random): Presentation {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const p = permutation(item.choices.length, random);
      const answers = item.type === 'single' ? [item.answer] : item.answer;
      return {
        type: item.type,
        choices: p.map(i => item.choices[i]),
        pick: answers.length,
        correct: p.map((orig, shown) => (answers.includes(orig) ? shown : -1)).filter(i => i >= 0),
      };
    }
    case 'ordering': {
      let p = permutation(item.items.length, random);
      if (p.every((v, i) => v === i)) p = [...p.slice(1), p[0]];
      // rightOrder[k] = the shown index of the k-th item in the right order
      return { type: 'ordering', items: p.map(i => item.items[i]), rightOrder: item.items.map((_, k) => p.indexOf(k)) };
    }
    case 'matching': {
      const l = permutation(item.pairs.length, random);
      const r = permutation(item.pairs.length, random);
      return {
        type: 'matching',
        left: l.map(i => item.pairs[i][0]),
        right: r.map(i => item.pairs[i][1]),
        rightFor: l.map(i => r.indexOf(i)),
      };
    }
  }
}

/** All-or-nothing scoring, as the exam does. Malformed responses, of whatever shape, score as wrong. */
export function isCorrect(p: Presentation, r: Response): boolean {
  if (typeof r !== 'object' || r === null) return false;
  if (
    p.type !== r.type &&
    !((p.type === 'single' || p.type === 'multiple') && (r.type === 'single' || r.type === 'multiple'))
  )
    return false;
  switch (p.type) {
    case 'single':
    case 'multiple': {
      const picked = listIn(r, 'picked');
      if (!picked) return false;
      const set = new Set(picked);
      return set.size === p.correct.length && p.correct.every(i => set.has(i));
    }
    case 'ordering': {
      const order = listIn(r, 'order');
      return !!order && order.length === p.rightOrder.length && p.rightOrder.every((v, i) => order[i] === v);
    }
    case 'matching': {
      const matches = listIn(r, 'matches');
      return !!matches && matches.length === p.rightFor.length && p.rightFor.every((v, i) => matches[i] === v);
    }
  }
}

/** The response's list under `key`, when it has one. */
function listIn(r: Response, key: 'picked' | 'order' | 'matches'): readonly unknown[] | undefined {
  const v: unknown = (r as Partial<Record<typeof key, unknown>>)[key];
  return Array.isArray(v) ? v : undefined;
}

/** The right answer as lines of text, for feedback. */
export function solutionLines(p: Presentation): string[] {
  switch (p.type) {
    case 'single':
    case 'multiple':
      return p.correct.map(i => p.choices[i]);
    case 'ordering':
      return p.rightOrder.map((shown, k) => `${k + 1}. ${p.items[shown]}`);
    case 'matching':
      return p.left.map((l, i) => `${l} → ${p.right[p.rightFor[i]]}`);
  }
}

/** The learner's response as lines of text, for a review of wrong answers. Indexes out of range are left out. */
export function responseLines(p: Presentation, r: Response): string[] {
  switch (p.type) {
    case 'single':
    case 'multiple':
      return 'picked' in r ? r.picked.filter(i => i >= 0 && i < p.choices.length).map(i => p.choices[i]) : [];
    case 'ordering':
      return 'order' in r
        ? r.order.filter(i => i >= 0 && i < p.items.length).map((shown, k) => `${k + 1}. ${p.items[shown]}`)
        : [];
    case 'matching':
      return 'matches' in r ? p.left.map((l, i) => `${l} → ${p.right[r.matches[i]] ?? '?'}`) : [];
  }
}
