/** A binary heap of scored pairs, best first in the global order (score desc, MO, EI). */
import { comparePairs, type IndexedPair } from "./top-k";

export class PairHeap {
  private readonly items: IndexedPair[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): IndexedPair {
    return this.items[0]!;
  }

  push(x: IndexedPair): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (comparePairs(a[i]!, a[p]!) >= 0) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  pop(): IndexedPair {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let b = i;
        if (l < a.length && comparePairs(a[l]!, a[b]!) < 0) b = l;
        if (r < a.length && comparePairs(a[r]!, a[b]!) < 0) b = r;
        if (b === i) break;
        [a[i], a[b]] = [a[b]!, a[i]!];
        i = b;
      }
    }
    return top;
  }
}
