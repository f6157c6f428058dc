/**
 * The k best pairs seen so far: a binary min-heap whose root is the worst kept pair. Order: score
 * descending, then MO index, then EI index ascending (indexes follow id order, see prepare.ts).
 */

export interface IndexedPair {
  score: number;
  mi: number;
  ei: number;
}

/** True when (s1, m1, e1) ranks before (s2, m2, e2). */
export function ranksBefore(s1: number, m1: number, e1: number, s2: number, m2: number, e2: number): boolean {
  if (s1 !== s2) return s1 > s2;
  if (m1 !== m2) return m1 < m2;
  return e1 < e2;
}

export function comparePairs(a: IndexedPair, b: IndexedPair): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.mi - b.mi || a.ei - b.ei;
}

export class TopK {
  private size = 0;
  private readonly scores: Float64Array;
  private readonly ms: Int32Array;
  private readonly es: Int32Array;

  constructor(readonly k: number) {
    this.scores = new Float64Array(k);
    this.ms = new Int32Array(k);
    this.es = new Int32Array(k);
  }

  get full(): boolean {
    return this.size >= this.k;
  }

  /** The score a new pair must reach (−∞ while not full); equal scores may still win by ids. */
  get threshold(): number {
    return this.size >= this.k ? this.scores[0]! : -Infinity;
  }

  offer(score: number, mi: number, ei: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      this.place(this.size++, score, mi, ei);
      this.up(this.size - 1);
      return;
    }
    if (!ranksBefore(score, mi, ei, this.scores[0]!, this.ms[0]!, this.es[0]!)) return;
    this.place(0, score, mi, ei);
    this.down(0);
  }

  /** Best first. */
  sorted(): IndexedPair[] {
    const out: IndexedPair[] = [];
    for (let i = 0; i < this.size; i++) out.push({ score: this.scores[i]!, mi: this.ms[i]!, ei: this.es[i]! });
    return out.sort(comparePairs);
  }

  /** Root-first: the heap keeps the worst at the root. */
  private worse(i: number, j: number): boolean {
    return ranksBefore(this.scores[j]!, this.ms[j]!, this.es[j]!, this.scores[i]!, this.ms[i]!, this.es[i]!);
  }

  private place(i: number, score: number, mi: number, ei: number): void {
    this.scores[i] = score;
    this.ms[i] = mi;
    this.es[i] = ei;
  }

  private swap(i: number, j: number): void {
    const s = this.scores[i]!;
    const m = this.ms[i]!;
    const e = this.es[i]!;
    this.place(i, this.scores[j]!, this.ms[j]!, this.es[j]!);
    this.place(j, s, m, e);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.size && this.worse(l, worst)) worst = l;
      if (r < this.size && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
