/**
 * Word-level evidence between the two documents: for every informative token, the sorted list of sentences
 * on the other side it could match (its "hits"), and how often it hits a random sentence there.
 */
import type { KeyedPair, KeyedSide } from './features';

/** Tokens that hit more sentences than this on the other side are too common to be evidence. */
const MAX_HITS = 400;

/** Tokens kept per sentence (one bit each in the cell masks). */
export const MAX_TOKENS_PER_SENTENCE = 32;

/** The informative tokens of one side. */
export interface SideEvidence {
  readonly sentenceCount: number;
  /** Selected tokens of sentence s: selStart[s] .. selStart[s + 1] (at most 32). */
  readonly selStart: Int32Array;
  /** Token type of each selected token. */
  readonly selToken: Int32Array;
  readonly selClass: Int8Array;
  /** Chance that the token hits one random sentence of the other side. */
  readonly selChance: Float64Array;
  /** Number of other-side sentences the token hits (its chance is a function of it). */
  readonly selHits: Int32Array;
  /** Sorted other-side sentences the token hits: hits[hitFrom[k]] .. hits[hitTo[k] − 1]. */
  readonly hitFrom: Int32Array;
  readonly hitTo: Int32Array;
  readonly hits: Int32Array;
}

/** Evidence for both directions. */
export interface Evidence {
  readonly src: SideEvidence;
  readonly tgt: SideEvidence;
}

interface Postings {
  readonly start: Int32Array;
  readonly sentences: Int32Array;
}

/** 1 for each key some token of the side carries. */
function presentKeys(side: KeyedSide, keyCount: number): Uint8Array {
  const present = new Uint8Array(keyCount);
  for (let k = 0; k < side.keys.length; k++) present[side.keys[k] as number] = 1;
  return present;
}

/** The sentences of the side that carry each key, for the keys marked in `wanted` (the other side's keys). */
function buildPostings(side: KeyedSide, keyCount: number, wanted: Uint8Array): Postings {
  const sentenceCount = side.sentStart.length - 1;
  const typeCount = side.classes.length;
  // The wanted keys of each usable type, listed once per type rather than filtered at every occurrence.
  const typeKeyStart = new Int32Array(typeCount + 1);
  const typeKeys: number[] = [];
  for (let t = 0; t < typeCount; t++) {
    if ((side.classes[t] as number) >= 0) {
      for (let k = side.keyStart[t] as number; k < (side.keyStart[t + 1] as number); k++) {
        const key = side.keys[k] as number;
        if (wanted[key] === 1) typeKeys.push(key);
      }
    }
    typeKeyStart[t + 1] = typeKeys.length;
  }
  const keys = Int32Array.from(typeKeys);
  const counts = new Int32Array(keyCount + 1);
  const last = new Int32Array(keyCount).fill(-1);
  // Pass 0 counts the sentences of each key, pass 1 fills them in (sentences in increasing order).
  let sentences = new Int32Array(0);
  let fill = new Int32Array(0);
  for (let pass = 0; pass < 2; pass++) {
    for (let s = 0; s < sentenceCount; s++) {
      for (let x = side.sentStart[s] as number; x < (side.sentStart[s + 1] as number); x++) {
        const t = side.tokenTypes[x] as number;
        for (let k = typeKeyStart[t] as number; k < (typeKeyStart[t + 1] as number); k++) {
          const key = keys[k] as number;
          if (last[key] === s) continue;
          last[key] = s;
          if (pass === 0) counts[key + 1] = (counts[key + 1] as number) + 1;
          else {
            sentences[fill[key] as number] = s;
            fill[key] = (fill[key] as number) + 1;
          }
        }
      }
    }
    if (pass === 0) {
      for (let k = 0; k < keyCount; k++) counts[k + 1] = (counts[k + 1] as number) + (counts[k] as number);
      fill = counts.slice(0, keyCount);
      sentences = new Int32Array(counts[keyCount] as number);
      last.fill(-1);
    }
  }
  return { start: counts, sentences };
}

/**
 * The hit lists of a side's token types, made on first use: for each type, the sorted union of the other side's
 * sentences its keys occur in, or none when it hits too many (more than `cap`) or has no key. The lists lie one after
 * another in `pool` as they are made: listFrom[t] .. listFrom[t] + listLength[t] (listLength −1: not made yet, −2:
 * none). One growing array rather than one array per type: the lists live until the end, and thousands of small
 * arrays cost the garbage collector. A class with a method per step rather than one long function: V8 optimises each
 * once instead of recompiling the whole function at every loop it reaches (seven times per run before).
 */
class HitLists {
  readonly listFrom: Int32Array;
  readonly listLength: Int32Array;
  pool: Int32Array;
  poolSize = 0;
  private readonly stamp: Int32Array;
  private stampId = 0;
  private readonly found: Int32Array;
  private readonly spare: Int32Array;
  private readonly runStart: Int32Array;

  constructor(
    private readonly side: KeyedSide,
    private readonly other: Postings,
    private readonly otherCount: number,
    private readonly cap: number,
  ) {
    const typeCount = side.classes.length;
    this.listFrom = new Int32Array(typeCount);
    this.listLength = new Int32Array(typeCount).fill(-1);
    this.pool = new Int32Array(Math.max(1024, side.tokenTypes.length));
    this.stamp = new Int32Array(otherCount).fill(-1);
    this.found = new Int32Array(4 * cap);
    this.spare = new Int32Array(4 * cap);
    this.runStart = new Int32Array(4 * cap + 1);
  }

  /** The length of type t's list (made now if needed), −2 when it has none. */
  lengthOf(t: number): number {
    const length = this.listLength[t] as number;
    return length === -1 ? this.make(t) : length;
  }

  private make(t: number): number {
    const { side, other, cap } = this;
    const keyFrom = side.keyStart[t] as number;
    const keyTo = side.keyStart[t + 1] as number;
    let total = 0;
    let widest = 0;
    for (let k = keyFrom; k < keyTo; k++) {
      const key = side.keys[k] as number;
      const length = (other.start[key + 1] as number) - (other.start[key] as number);
      total += length;
      widest = Math.max(widest, length);
    }
    this.listLength[t] = -2;
    // A token hits at least as many sentences as its most frequent key: one above the cap is too common.
    if (total === 0 || total > 4 * cap || widest > cap) return -2;
    const { stamp, found, runStart } = this;
    const stampId = ++this.stampId;
    let size = 0;
    let min = this.otherCount;
    let max = -1;
    let runCount = 0;
    for (let k = keyFrom; k < keyTo; k++) {
      const key = side.keys[k] as number;
      const from = other.start[key] as number;
      const to = other.start[key + 1] as number;
      if (to === from) continue;
      min = Math.min(min, other.sentences[from] as number);
      max = Math.max(max, other.sentences[to - 1] as number);
      runStart[runCount] = size;
      for (let p = from; p < to; p++) {
        const o = other.sentences[p] as number;
        if (stamp[o] === stampId) continue;
        stamp[o] = stampId;
        found[size++] = o;
      }
      if ((runStart[runCount] as number) < size) runCount++;
      // Too common already: the rest of its keys cannot make the list usable again.
      if (size > cap) break;
    }
    if (size > cap) return -2;
    this.reserve(size);
    const pool = this.pool;
    // Each key's sentences are in order: read them off the stamps when they are dense in their range, else merge
    // the keys' runs.
    if (runCount > 1 && max - min < 16 * size) {
      for (let o = min, at = this.poolSize; o <= max; o++) if (stamp[o] === stampId) pool[at++] = o;
    } else pool.set(mergeRuns(found, this.spare, runStart, runCount, size).subarray(0, size), this.poolSize);
    this.listFrom[t] = this.poolSize;
    this.listLength[t] = size;
    this.poolSize += size;
    return size;
  }

  private reserve(size: number): void {
    if (this.poolSize + size <= this.pool.length) return;
    const grown = new Int32Array(Math.max(this.pool.length * 2, this.poolSize + size));
    grown.set(this.pool.subarray(0, this.poolSize));
    this.pool = grown;
  }
}

/** Sorts the candidate types by the length of their hit lists, keeping the order of equal ones (stable). */
function sortByListLength(candidates: number[], listLength: Int32Array): void {
  for (let k = 1; k < candidates.length; k++) {
    const t = candidates[k] as number;
    const length = listLength[t] as number;
    let at = k;
    while (at > 0 && (listLength[candidates[at - 1] as number] as number) > length) {
      candidates[at] = candidates[at - 1] as number;
      at--;
    }
    candidates[at] = t;
  }
}

/**
 * Selects the informative tokens of one side (rare enough to tell a translation from a random sentence) and
 * lists their hits among the other side's sentences.
 */
function sideEvidence(side: KeyedSide, other: Postings, otherCount: number, maxChance: number): SideEvidence {
  const sentenceCount = side.sentStart.length - 1;
  const selStart = new Int32Array(sentenceCount + 1);
  // At most one selected token per token occurrence.
  const selToken = new Int32Array(side.tokenTypes.length);
  const selClass = new Int8Array(side.tokenTypes.length);
  const selChance = new Float64Array(side.tokenTypes.length);
  const selHits = new Int32Array(side.tokenTypes.length);
  let selected = 0;
  const cap = Math.max(2, Math.min(MAX_HITS, Math.floor(maxChance * otherCount)));
  const lists = new HitLists(side, other, otherCount, cap);
  const { listLength } = lists;
  // Candidate tokens of the current sentence (types), then the chosen ones.
  const candidates: number[] = [];
  const seenInSentence = new Int32Array(side.classes.length).fill(-1);
  for (let s = 0; s < sentenceCount; s++) {
    candidates.length = 0;
    for (let x = side.sentStart[s] as number; x < (side.sentStart[s + 1] as number); x++) {
      const t = side.tokenTypes[x] as number;
      if ((side.classes[t] as number) < 0 || seenInSentence[t] === s) continue;
      seenInSentence[t] = s;
      if (lists.lengthOf(t) >= 0) candidates.push(t);
    }
    if (candidates.length > MAX_TOKENS_PER_SENTENCE) {
      sortByListLength(candidates, listLength);
      candidates.length = MAX_TOKENS_PER_SENTENCE;
    }
    for (let k = 0; k < candidates.length; k++) {
      const t = candidates[k] as number;
      selToken[selected] = t;
      selClass[selected] = side.classes[t] as number;
      selChance[selected] = Math.max((listLength[t] as number) / otherCount, 0.5 / otherCount);
      selHits[selected] = listLength[t] as number;
      selected++;
    }
    selStart[s + 1] = selected;
  }
  return selection(lists, selStart, selToken.slice(0, selected), selClass.slice(0, selected), selChance.slice(0, selected), selHits.slice(0, selected));
}

/** The evidence of a side from its selected tokens and their types' hit lists. */
function selection(lists: HitLists, selStart: Int32Array, selToken: Int32Array, selClass: Int8Array, selChance: Float64Array, selHits: Int32Array): SideEvidence {
  const { listFrom, listLength } = lists;
  const hitFrom = new Int32Array(selToken.length);
  const hitTo = new Int32Array(selToken.length);
  for (let k = 0; k < selToken.length; k++) {
    const t = selToken[k] as number;
    hitFrom[k] = listFrom[t] as number;
    hitTo[k] = (listFrom[t] as number) + (listLength[t] as number);
  }
  return { sentenceCount: selStart.length - 1, selStart, selToken, selClass, selChance, selHits, hitFrom, hitTo, hits: lists.pool.slice(0, lists.poolSize) };
}

/** Builds the evidence of both directions from keyed tokens. */
export function buildEvidence(keyed: KeyedPair, maxChance = 0.25): Evidence {
  const srcCount = keyed.src.sentStart.length - 1;
  const tgtCount = keyed.tgt.sentStart.length - 1;
  // Postings are only read for the other side's keys: a source word's hundred translations mostly never occur.
  const srcPostings = buildPostings(keyed.src, keyed.keyCount, presentKeys(keyed.tgt, keyed.keyCount));
  const tgtPostings = buildPostings(keyed.tgt, keyed.keyCount, presentKeys(keyed.src, keyed.keyCount));
  return {
    src: sideEvidence(keyed.src, tgtPostings, tgtCount, maxChance),
    tgt: sideEvidence(keyed.tgt, srcPostings, srcCount, maxChance),
  };
}

/**
 * Sorts values[0..size), made of `runCount` ascending runs starting at runStart[r], by merging runs pairwise;
 * returns whichever of `values` and `spare` holds the result (runStart is overwritten).
 */
function mergeRuns(values: Int32Array, spare: Int32Array, runStart: Int32Array, runCount: number, size: number): Int32Array {
  let from = values;
  let to = spare;
  let runs = runCount;
  while (runs > 1) {
    let merged = 0;
    for (let r = 0; r < runs; r += 2) {
      const a0 = runStart[r] as number;
      const a1 = r + 1 < runs ? (runStart[r + 1] as number) : size;
      const b1 = r + 2 < runs ? (runStart[r + 2] as number) : size;
      runStart[merged++] = a0;
      let a = a0;
      let b = a1;
      let out = a0;
      while (a < a1 && b < b1) to[out++] = (from[a] as number) <= (from[b] as number) ? (from[a++] as number) : (from[b++] as number);
      while (a < a1) to[out++] = from[a++] as number;
      while (b < b1) to[out++] = from[b++] as number;
    }
    runs = merged;
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}

/** First index in sorted[from..to) whose value is >= value. */
export function lowerBound(sorted: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
