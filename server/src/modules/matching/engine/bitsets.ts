/**
 * Small fixed-width bitsets over per-dataset key indexes. The taxonomies are small (≈ 20 keys), so
 * a set is usually one 32-bit word; the code handles any width, stored as `words` consecutive
 * Uint32 values per organisation in one flat array (no allocation per pair).
 */

/** Interns string keys to dense indexes in first-seen order. */
export class KeyIndex {
  private readonly map = new Map<string, number>();
  readonly keys: string[] = [];

  add(key: string): number {
    let i = this.map.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.map.set(key, i);
      this.keys.push(key);
    }
    return i;
  }

  get(key: string): number | undefined {
    return this.map.get(key);
  }

  get size(): number {
    return this.keys.length;
  }

  /** 32-bit words needed for a set over all keys (at least 1, so strides are never 0). */
  get words(): number {
    return Math.max(1, Math.ceil(this.keys.length / 32));
  }
}

/** Number of set bits of a 32-bit integer (SWAR; no allocation, no loop). */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Sets bit `bit` of the set starting at `offset`. */
export function setBit(words: Uint32Array, offset: number, bit: number): void {
  const w = offset + (bit >>> 5);
  words[w] = (words[w]! | (1 << (bit & 31))) >>> 0;
}

export function hasBit(words: Uint32Array, offset: number, bit: number): boolean {
  return ((words[offset + (bit >>> 5)]! >>> (bit & 31)) & 1) === 1;
}

/** |A ∩ B| for sets at offsets a (in arr A) and b (in arr B), both `n` words wide. */
export function countAnd(A: Uint32Array, a: number, B: Uint32Array, b: number, n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) c += popcount32(A[a + i]! & B[b + i]!);
  return c;
}

/** |A ∪ B|, as countAnd. */
export function countOr(A: Uint32Array, a: number, B: Uint32Array, b: number, n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) c += popcount32(A[a + i]! | B[b + i]!);
  return c;
}

/** |A|. */
export function count(A: Uint32Array, a: number, n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) c += popcount32(A[a + i]!);
  return c;
}

/** Indexes of the set bits of the set at `offset`, ascending. */
export function bitsOf(A: Uint32Array, offset: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let w = A[offset + i]!;
    while (w !== 0) {
      const low = w & -w;
      out.push(i * 32 + (31 - Math.clz32(low)));
      w = (w ^ low) >>> 0;
    }
  }
  return out;
}

/** A string key for interning the set at `offset` (e.g. organisations' call-relevant profiles). */
export function setKey(A: Uint32Array, offset: number, n: number): string {
  if (n === 1) return String(A[offset]!);
  let s = "";
  for (let i = 0; i < n; i++) s += (i === 0 ? "" : ",") + A[offset + i]!;
  return s;
}
