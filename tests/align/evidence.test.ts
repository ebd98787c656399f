// The word evidence of the aligner against its definition, on random keyed documents (keys shared by many types,
// some in most sentences): each usable token type hits the sorted sentences of the other side that carry one of
// its keys, and is dropped when a key or the whole list is too common; a sentence keeps its 32 rarest tokens.
import { describe, expect, it } from 'vitest';
import { buildEvidence, MAX_TOKENS_PER_SENTENCE, type SideEvidence } from '../../shared/align/evidence';
import type { KeyedPair, KeyedSide } from '../../shared/align/features';
import { seededRandom } from '../../scripts/bench/seeded-random';

/** A side of `sentences` sentences over `typeCount` token types whose keys are drawn from `keyCount` keys. */
function randomSide(next: () => number, sentences: number, typeCount: number, keyCount: number): KeyedSide {
  const keyStart = new Int32Array(typeCount + 1);
  const keys: number[] = [];
  const classes = new Int8Array(typeCount);
  for (let t = 0; t < typeCount; t++) {
    classes[t] = next() < 0.15 ? -1 : Math.floor(next() * 5);
    // Most types have a key or two, some many (a word with many translations); low key ids are common (drawn
    // often), high ones rare; a key may repeat within a type.
    const many = next() < 0.15;
    const count = many ? 6 + Math.floor(next() * 8) : 1 + Math.floor(next() * 2);
    for (let k = 0; k < count; k++) keys.push(Math.floor(keyCount * (many ? 0.05 + 0.3 * next() : next() ** 2)));
    // A few list one key several times (the lists' total length counts it each time).
    if (next() < 0.05) for (let k = 0, key = Math.floor(keyCount * 0.05 * next()); k < 4; k++) keys.push(key);
    keyStart[t + 1] = keys.length;
  }
  const sentStart = new Int32Array(sentences + 1);
  const tokenTypes: number[] = [];
  for (let s = 0; s < sentences; s++) {
    const length = Math.floor(next() * 90);
    for (let x = 0; x < length; x++) tokenTypes.push(Math.floor(typeCount * next() ** 1.5));
    sentStart[s + 1] = tokenTypes.length;
  }
  return { sentStart, tokenTypes: Int32Array.from(tokenTypes), keyStart, keys: Int32Array.from(keys), classes };
}

interface Selected {
  readonly token: number;
  readonly cls: number;
  readonly chance: number;
  readonly hits: readonly number[];
}

function typeKeys(side: KeyedSide, t: number): number[] {
  return Array.from(side.keys.subarray(side.keyStart[t], side.keyStart[t + 1]));
}

/** The definition: the selected tokens of each sentence of `side`, with their hits among `other`'s sentences. */
function expectedEvidence(side: KeyedSide, other: KeyedSide, maxChance: number): Selected[][] {
  const otherCount = other.sentStart.length - 1;
  const cap = Math.max(2, Math.min(400, Math.floor(maxChance * otherCount)));
  const sentencesOf = new Map<number, Set<number>>();
  for (let s = 0; s < otherCount; s++) {
    for (let x = other.sentStart[s]!; x < other.sentStart[s + 1]!; x++) {
      const t = other.tokenTypes[x]!;
      if (other.classes[t]! < 0) continue;
      for (const key of typeKeys(other, t)) {
        if (!sentencesOf.has(key)) sentencesOf.set(key, new Set());
        sentencesOf.get(key)!.add(s);
      }
    }
  }
  const hitsOf = (t: number): number[] | undefined => {
    const lists = typeKeys(side, t).map((key) => [...(sentencesOf.get(key) ?? [])]);
    const total = lists.reduce((sum, list) => sum + list.length, 0);
    if (total === 0 || total > 4 * cap || lists.some((list) => list.length > cap)) return undefined;
    const union = [...new Set(lists.flat())].sort((a, b) => a - b);
    return union.length > cap ? undefined : union;
  };
  const result: Selected[][] = [];
  for (let s = 0; s + 1 < side.sentStart.length; s++) {
    const candidates: { token: number; hits: number[] }[] = [];
    const seen = new Set<number>();
    for (let x = side.sentStart[s]!; x < side.sentStart[s + 1]!; x++) {
      const t = side.tokenTypes[x]!;
      if (side.classes[t]! < 0 || seen.has(t)) continue;
      seen.add(t);
      const hits = hitsOf(t);
      if (hits !== undefined) candidates.push({ token: t, hits });
    }
    // The rarest first (a stable sort keeps the text order among equals) when a sentence has too many.
    const kept = candidates.length > MAX_TOKENS_PER_SENTENCE ? [...candidates].sort((a, b) => a.hits.length - b.hits.length).slice(0, MAX_TOKENS_PER_SENTENCE) : candidates;
    result.push(kept.map(({ token, hits }) => ({ token, cls: side.classes[token]!, chance: Math.max(hits.length / otherCount, 0.5 / otherCount), hits })));
  }
  return result;
}

function actualEvidence(evidence: SideEvidence): Selected[][] {
  const result: Selected[][] = [];
  for (let s = 0; s < evidence.sentenceCount; s++) {
    const selected: Selected[] = [];
    for (let k = evidence.selStart[s]!; k < evidence.selStart[s + 1]!; k++) {
      expect(evidence.selHits[k]).toBe(evidence.hitTo[k]! - evidence.hitFrom[k]!);
      selected.push({
        token: evidence.selToken[k]!,
        cls: evidence.selClass[k]!,
        chance: evidence.selChance[k]!,
        hits: Array.from(evidence.hits.subarray(evidence.hitFrom[k], evidence.hitTo[k])),
      });
    }
    result.push(selected);
  }
  return result;
}

describe('aligner word evidence', () => {
  it('selects and lists the hits of every sentence as defined, whatever the share a key may cover', () => {
    const next = seededRandom(11);
    for (let trial = 0; trial < 4; trial++) {
      const keyed: KeyedPair = { src: randomSide(next, 320, 1500, 1200), tgt: randomSide(next, 290, 1400, 1200), keyCount: 1200 };
      for (const maxChance of [0.02, 0.1, 0.25]) {
        const evidence = buildEvidence(keyed, maxChance);
        expect(actualEvidence(evidence.src)).toEqual(expectedEvidence(keyed.src, keyed.tgt, maxChance));
        expect(actualEvidence(evidence.tgt)).toEqual(expectedEvidence(keyed.tgt, keyed.src, maxChance));
      }
    }
  });
});
