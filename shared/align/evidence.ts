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
  const stamp = new Int32Array(otherCount).fill(-1);
  const cap = Math.max(2, Math.min(MAX_HITS, Math.floor(maxChance * otherCount)));
  // Candidate tokens of the current sentence (types), then the chosen ones.
  const candidates: number[] = [];
  // Hit lists of the token types, one after another in `pool` as they are met: listFrom[t] .. listFrom[t] +
  // listLength[t] (listLength −1: not computed yet, −2: too common or no key). One growing array rather than one
  // array per type: the lists live until the end, and thousands of small arrays cost the garbage collector.
  const typeCount = side.classes.length;
  const listFrom = new Int32Array(typeCount);
  const listLength = new Int32Array(typeCount).fill(-1);
  let pool = new Int32Array(Math.max(1024, side.tokenTypes.length));
  let poolSize = 0;
  const reserve = (size: number): void => {
    if (poolSize + size <= pool.length) return;
    const grown = new Int32Array(Math.max(pool.length * 2, poolSize + size));
    grown.set(pool.subarray(0, poolSize));
    pool = grown;
  };
  const seenInSentence = new Int32Array(typeCount).fill(-1);
  const found = new Int32Array(4 * cap);
  const spare = new Int32Array(4 * cap);
  const runStart = new Int32Array(4 * cap + 1);
  let stampId = 0;
  for (let s = 0; s < sentenceCount; s++) {
    candidates.length = 0;
    for (let x = side.sentStart[s] as number; x < (side.sentStart[s + 1] as number); x++) {
      const t = side.tokenTypes[x] as number;
      if ((side.classes[t] as number) < 0 || seenInSentence[t] === s) continue;
      seenInSentence[t] = s;
      if (listLength[t] === -1) {
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
        listLength[t] = -2;
        // A token hits at least as many sentences as its most frequent key: one above the cap is too common.
        if (total > 0 && total <= 4 * cap && widest <= cap) {
          stampId++;
          let size = 0;
          let min = otherCount;
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
          if (size <= cap) {
            reserve(size);
            // Each key's sentences are in order: read them off the stamps when they are dense in their range,
            // else merge the keys' runs.
            if (runCount > 1 && max - min < 16 * size) {
              for (let o = min, at = poolSize; o <= max; o++) if (stamp[o] === stampId) pool[at++] = o;
            } else pool.set(mergeRuns(found, spare, runStart, runCount, size).subarray(0, size), poolSize);
            listFrom[t] = poolSize;
            listLength[t] = size;
            poolSize += size;
          }
        }
      }
      if (listLength[t] === -2) continue;
      candidates.push(t);
    }
    if (candidates.length > MAX_TOKENS_PER_SENTENCE) {
      candidates.sort((x, y) => (listLength[x] as number) - (listLength[y] as number));
      candidates.length = MAX_TOKENS_PER_SENTENCE;
    }
    for (const t of candidates) {
      selToken[selected] = t;
      selClass[selected] = side.classes[t] as number;
      selChance[selected] = Math.max((listLength[t] as number) / otherCount, 0.5 / otherCount);
      selHits[selected] = listLength[t] as number;
      selected++;
    }
    selStart[s + 1] = selected;
  }
  const hits = pool.slice(0, poolSize);
  const hitFrom = new Int32Array(selected);
  const hitTo = new Int32Array(selected);
  for (let k = 0; k < selected; k++) {
    const t = selToken[k] as number;
    hitFrom[k] = listFrom[t] as number;
    hitTo[k] = (listFrom[t] as number) + (listLength[t] as number);
  }
  return {
    sentenceCount,
    selStart,
    selToken: selToken.slice(0, selected),
    selClass: selClass.slice(0, selected),
    selChance: selChance.slice(0, selected),
    selHits: selHits.slice(0, selected),
    hitFrom,
    hitTo,
    hits,
  };
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
