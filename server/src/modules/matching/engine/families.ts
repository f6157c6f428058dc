/**
 * A "family" is one call-relevant attribute (call topics, target groups, languages, districts).
 * Each organisation's attribute, restricted to the call's keys, is interned into a class; the
 * pair value of a family depends only on the two classes, so it is computed once per class pair
 * (and memoised in a dense table when that is small), never per organisation pair.
 */
import { countOr, setKey } from "./bitsets";
import { complementExtra, share, weightedCoverage } from "./criteria";

/** Dense class-pair tables above this many entries are computed on demand instead (memory). */
export const MAX_TABLE_ENTRIES = 1 << 22;

export interface FamilySide {
  /** Class per organisation of the side (side index order). */
  classOf: Int32Array;
  /** Call-key mask per class, `words` Uint32 each. */
  masks: Uint32Array;
  classCount: number;
  /** Single-side value per class (topics: own coverage; others: own share). */
  own: Float64Array;
}

export class Family {
  readonly words: number;
  readonly mo: FamilySide;
  readonly ei: FamilySide;
  private readonly union: Float64Array | null;
  private readonly extra: Float64Array | null;
  private readonly scratch: Uint32Array;
  /** Σ of all key weights, in key order (so "everything covered" gives exactly 1). */
  readonly total: number;

  /**
   * @param keys the call's keys of this family, in call order (deduplicated)
   * @param keyWeights weight per key for a weighted family (call topics), null to count keys
   * @param moMasks per MO its set of key indexes, `words` Uint32 each (see `familyWords`)
   * @param maxTableEntries above this the class-pair values are not memoised (tests lower it)
   */
  constructor(
    readonly keys: readonly string[],
    private readonly keyWeights: Float64Array | null,
    moMasks: Uint32Array,
    moCount: number,
    eiMasks: Uint32Array,
    eiCount: number,
    maxTableEntries = MAX_TABLE_ENTRIES,
  ) {
    this.words = familyWords(keys.length);
    this.scratch = new Uint32Array(this.words);
    this.total = 0;
    if (keyWeights) for (let i = 0; i < keyWeights.length; i++) this.total += keyWeights[i]!;
    this.mo = this.intern(moMasks, moCount);
    this.ei = this.intern(eiMasks, eiCount);
    const entries = this.mo.classCount * this.ei.classCount;
    if (entries <= maxTableEntries) {
      this.union = new Float64Array(entries);
      this.extra = keyWeights ? new Float64Array(entries) : null;
      for (let m = 0; m < this.mo.classCount; m++) {
        for (let e = 0; e < this.ei.classCount; e++) {
          const u = this.computeUnion(m, e);
          this.union[m * this.ei.classCount + e] = u;
          if (this.extra) this.extra[m * this.ei.classCount + e] = complementExtra(u, this.mo.own[m]!, this.ei.own[e]!);
        }
      }
    } else {
      this.union = null;
      this.extra = null;
    }
  }

  /** The dense class-pair tables (row = MO class), or null when they would be too large. */
  get unionTable(): Float64Array | null {
    return this.union;
  }

  get extraTable(): Float64Array | null {
    return this.extra;
  }

  /** The pair value of the family: topicCoverage, or the share of the call's keys reached. */
  unionValue(m: number, e: number): number {
    return this.union ? this.union[m * this.ei.classCount + e]! : this.computeUnion(m, e);
  }

  /** The `extra` part of complementarity (weighted families only). */
  extraValue(m: number, e: number): number {
    if (this.extra) return this.extra[m * this.ei.classCount + e]!;
    return complementExtra(this.computeUnion(m, e), this.mo.own[m]!, this.ei.own[e]!);
  }

  private computeUnion(m: number, e: number): number {
    const w = this.words;
    for (let i = 0; i < w; i++) this.scratch[i] = (this.mo.masks[m * w + i]! | this.ei.masks[e * w + i]!) >>> 0;
    return this.value(this.scratch, 0);
  }

  private value(mask: Uint32Array, offset: number): number {
    if (this.keyWeights) return share(weightedCoverage(mask, offset, this.words, this.keyWeights), this.total);
    return share(countOr(mask, offset, mask, offset, this.words), this.keys.length);
  }

  private intern(masks: Uint32Array, n: number): FamilySide {
    const w = this.words;
    // One word: the mask itself is the key (no string per organisation).
    const byKey = new Map<number | string, number>();
    const classOf = new Int32Array(n);
    const classMasks: number[] = [];
    for (let org = 0; org < n; org++) {
      const key = w === 1 ? masks[org]! : setKey(masks, org * w, w);
      let c = byKey.get(key);
      if (c === undefined) {
        c = byKey.size;
        byKey.set(key, c);
        for (let i = 0; i < w; i++) classMasks.push(masks[org * w + i]!);
      }
      classOf[org] = c;
    }
    const classCount = byKey.size;
    const packed = Uint32Array.from(classMasks);
    const own = new Float64Array(classCount);
    for (let c = 0; c < classCount; c++) own[c] = this.value(packed, c * w);
    return { classOf, masks: packed, classCount, own };
  }
}

/** Uint32 words per family mask (at least 1). */
export function familyWords(keyCount: number): number {
  return Math.max(1, Math.ceil(keyCount / 32));
}
