/**
 * Word-level evidence between the two documents: for every informative token, the sorted list of sentences
 * on the other side it could match (its "hits"), and how often it hits a random sentence there.
 */
import type { KeyedPair, KeyedSide } from './features';

/** Tokens kept per sentence (one bit each in the cell masks). */
export const MAX_TOKENS_PER_SENTENCE = 32;

/** The informative tokens of one side. */
export interface SideEvidence {
  readonly sentenceCount: number;
  /** Selected tokens of sentence s: selStart[s] .. selStart[s + 1] (at most 32). */
  readonly selStart: Int32Array;
  /** Original token index of each selected token. */
  readonly selToken: Int32Array;
  readonly selClass: Int8Array;
  /** Chance that the token hits one random sentence of the other side. */
  readonly selChance: Float64Array;
  /** Sorted other-side sentences the token hits: hitStart[k] .. hitStart[k + 1] in hits. */
  readonly hitStart: Int32Array;
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

function buildPostings(side: KeyedSide, keyCount: number): Postings {
  const sentenceCount = side.sentStart.length - 1;
  const counts = new Int32Array(keyCount + 1);
  const last = new Int32Array(keyCount).fill(-1);
  const forEachKey = (visit: (key: number, s: number) => void): void => {
    for (let s = 0; s < sentenceCount; s++) {
      for (let t = side.sentStart[s] as number; t < (side.sentStart[s + 1] as number); t++) {
        if ((side.classes[t] as number) < 0) continue;
        for (let k = side.keyStart[t] as number; k < (side.keyStart[t + 1] as number); k++) {
          const key = side.keys[k] as number;
          if (last[key] === s) continue;
          last[key] = s;
          visit(key, s);
        }
      }
    }
  };
  forEachKey((key) => {
    counts[key + 1] = (counts[key + 1] as number) + 1;
  });
  for (let k = 0; k < keyCount; k++) counts[k + 1] = (counts[k + 1] as number) + (counts[k] as number);
  const fill = counts.slice(0, keyCount);
  const sentences = new Int32Array(counts[keyCount] as number);
  last.fill(-1);
  forEachKey((key, s) => {
    sentences[fill[key] as number] = s;
    fill[key] = (fill[key] as number) + 1;
  });
  return { start: counts, sentences };
}

/**
 * Selects the informative tokens of one side (rare enough to tell a translation from a random sentence) and
 * lists their hits among the other side's sentences.
 */
function sideEvidence(side: KeyedSide, other: Postings, otherCount: number, maxChance: number): SideEvidence {
  const sentenceCount = side.sentStart.length - 1;
  const selStart = new Int32Array(sentenceCount + 1);
  const selToken: number[] = [];
  const selClass: number[] = [];
  const selChance: number[] = [];
  const hitStart: number[] = [0];
  const hits: number[] = [];
  const stamp = new Int32Array(otherCount).fill(-1);
  const cap = Math.max(2, Math.floor(maxChance * otherCount));
  const candidates: { token: number; chance: number; list: number[] }[] = [];
  let stampId = 0;
  for (let s = 0; s < sentenceCount; s++) {
    candidates.length = 0;
    for (let t = side.sentStart[s] as number; t < (side.sentStart[s + 1] as number); t++) {
      if ((side.classes[t] as number) < 0) continue;
      let total = 0;
      for (let k = side.keyStart[t] as number; k < (side.keyStart[t + 1] as number); k++) {
        const key = side.keys[k] as number;
        total += (other.start[key + 1] as number) - (other.start[key] as number);
      }
      if (total === 0 || total > 4 * cap) continue;
      stampId++;
      const list: number[] = [];
      for (let k = side.keyStart[t] as number; k < (side.keyStart[t + 1] as number); k++) {
        const key = side.keys[k] as number;
        for (let p = other.start[key] as number; p < (other.start[key + 1] as number); p++) {
          const o = other.sentences[p] as number;
          if (stamp[o] === stampId) continue;
          stamp[o] = stampId;
          list.push(o);
        }
      }
      if (list.length > cap) continue;
      list.sort((x, y) => x - y);
      candidates.push({ token: t, chance: list.length / otherCount, list });
    }
    if (candidates.length > 32) candidates.sort((x, y) => x.chance - y.chance).length = 32;
    for (const candidate of candidates) {
      selToken.push(candidate.token);
      selClass.push(side.classes[candidate.token] as number);
      selChance.push(Math.max(candidate.chance, 0.5 / otherCount));
      for (const o of candidate.list) hits.push(o);
      hitStart.push(hits.length);
    }
    selStart[s + 1] = selToken.length;
  }
  return {
    sentenceCount,
    selStart,
    selToken: Int32Array.from(selToken),
    selClass: Int8Array.from(selClass),
    selChance: Float64Array.from(selChance),
    hitStart: Int32Array.from(hitStart),
    hits: Int32Array.from(hits),
  };
}

/** Builds the evidence of both directions from keyed tokens. */
export function buildEvidence(keyed: KeyedPair, maxChance = 0.25): Evidence {
  const srcCount = keyed.src.sentStart.length - 1;
  const tgtCount = keyed.tgt.sentStart.length - 1;
  const srcPostings = buildPostings(keyed.src, keyed.keyCount);
  const tgtPostings = buildPostings(keyed.tgt, keyed.keyCount);
  return {
    src: sideEvidence(keyed.src, tgtPostings, tgtCount, maxChance),
    tgt: sideEvidence(keyed.tgt, srcPostings, srcCount, maxChance),
  };
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
