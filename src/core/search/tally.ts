// Per-query scratch for the look-up's scoring, in typed arrays reused across keystrokes.

/** Per-query scratch for scoring forms or concepts word by word, reused across keystrokes. */
export class Tally {
  /** How much of the query each item covers: the sum over matched query words of weight × (1 − cost). */
  readonly gain: Float64Array;
  readonly matched: Uint8Array;
  readonly touched: number[] = [];
  private readonly cur: Float64Array;
  private readonly seen: Int32Array;
  private readonly seenWord: Int32Array;
  private readonly here: number[] = [];
  private call = 0;
  private tick = 0;

  constructor(size: number) {
    this.gain = new Float64Array(size);
    this.matched = new Uint8Array(size);
    this.cur = new Float64Array(size);
    this.seen = new Int32Array(size);
    this.seenWord = new Int32Array(size);
  }

  start() {
    this.call++;
    this.touched.length = 0;
  }
  /** Whether item i matched an earlier word of this query. */
  has(i: number): boolean {
    return this.seen[i] === this.call;
  }
  startWord() {
    this.tick++;
    this.here.length = 0;
  }
  /** How many items the current query word matched. */
  get matchedNow(): number {
    return this.here.length;
  }

  /** Item i matches the current query word at this cost (the best one counts). */
  note(i: number, cost: number) {
    if (this.seenWord[i] !== this.tick) {
      this.seenWord[i] = this.tick;
      this.cur[i] = cost;
      this.here.push(i);
    } else if (cost < this.cur[i]) this.cur[i] = cost;
  }

  endWord(weight: number) {
    for (let k = 0; k < this.here.length; k++) {
      const i = this.here[k];
      if (this.seen[i] !== this.call) {
        this.seen[i] = this.call;
        this.gain[i] = 0;
        this.matched[i] = 0;
        this.touched.push(i);
      }
      this.gain[i] += weight * (1 - this.cur[i]);
      this.matched[i]++;
    }
  }
}

/** Each concept's best score for the current query, reused across keystrokes. */
export class Scores {
  readonly touched: number[] = [];
  top = Infinity;
  private readonly score: Float64Array;
  private readonly seen: Int32Array;
  private call = 0;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.seen = new Int32Array(size);
  }

  start() {
    this.call++;
    this.touched.length = 0;
    this.top = Infinity;
  }

  offer(c: number, score: number) {
    if (this.seen[c] !== this.call) {
      this.seen[c] = this.call;
      this.score[c] = score;
      this.touched.push(c);
    } else if (score < this.score[c]) this.score[c] = score;
    if (score < this.top) this.top = score;
  }

  get(c: number): number {
    return this.score[c];
  }
}
