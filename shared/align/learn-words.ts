/**
 * Learns word correspondences from the document itself (hunalign's "realign"): word keys that keep occurring
 * together in confidently aligned one-to-one pairs, and prefer each other over any other partner, are
 * treated as translations in the second pass.
 */
import type { SideTokens } from './features';

/** Learned translations: source word key → target word keys. */
export type LearnedWords = ReadonlyMap<string, ReadonlySet<string>>;

/** Options of the association test. */
export interface LearnOptions {
  /** Least number of pairs a word pair must co-occur in. */
  readonly minCount: number;
  /** Least Dice coefficient. */
  readonly minDice: number;
}

/** Dictionary-key ids of one side's token types (-1 for numbers and punctuation) and the key of each id. */
function wordIds(side: SideTokens): { ids: Int32Array; names: string[] } {
  const byKey = new Map<string, number>();
  const names: string[] = [];
  const ids = Int32Array.from(side.types, (type) => {
    if (type.wordKey === '') return -1;
    let id = byKey.get(type.wordKey);
    if (id === undefined) {
      id = names.length;
      byKey.set(type.wordKey, id);
      names.push(type.wordKey);
    }
    return id;
  });
  return { ids, names };
}

function sentenceKeys(side: SideTokens, s: number, ids: Int32Array): number[] {
  const result = new Set<number>();
  for (let x = side.sentStart[s] as number; x < (side.sentStart[s + 1] as number); x++) {
    const id = ids[side.tokenTypes[x] as number] as number;
    if (id >= 0) result.add(id);
  }
  return [...result];
}

/** Mutually best associated word keys over the given sentence pairs (Dice coefficient). */
export function learnWords(src: SideTokens, tgt: SideTokens, pairs: readonly (readonly [number, number])[], options: LearnOptions): LearnedWords {
  const { ids: srcIds, names: srcNames } = wordIds(src);
  const { ids: tgtIds, names: tgtNames } = wordIds(tgt);
  const srcFreq: number[] = [];
  const tgtFreq: number[] = [];
  const joint = new Map<number, number>();
  const bags = pairs.map(([s, t]) => [sentenceKeys(src, s, srcIds), sentenceKeys(tgt, t, tgtIds)] as const);
  const tgtSize = Math.max(1, tgtNames.length);
  for (const [srcBag, tgtBag] of bags) {
    for (const a of srcBag) srcFreq[a] = (srcFreq[a] ?? 0) + 1;
    for (const b of tgtBag) tgtFreq[b] = (tgtFreq[b] ?? 0) + 1;
  }
  for (const [srcBag, tgtBag] of bags) {
    for (const a of srcBag) {
      if ((srcFreq[a] ?? 0) < options.minCount) continue;
      for (const b of tgtBag) {
        if ((tgtFreq[b] ?? 0) < options.minCount) continue;
        const key = a * tgtSize + b;
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  }
  const bestForSrc = new Map<number, { b: number; dice: number }>();
  const bestForTgt = new Map<number, { a: number; dice: number }>();
  for (const [key, count] of joint) {
    if (count < options.minCount) continue;
    const a = Math.floor(key / tgtSize);
    const b = key % tgtSize;
    const dice = (2 * count) / ((srcFreq[a] ?? 0) + (tgtFreq[b] ?? 0));
    if (dice < options.minDice) continue;
    if ((bestForSrc.get(a)?.dice ?? 0) < dice) bestForSrc.set(a, { b, dice });
    if ((bestForTgt.get(b)?.dice ?? 0) < dice) bestForTgt.set(b, { a, dice });
  }
  const learned = new Map<string, Set<string>>();
  for (const [a, { b }] of bestForSrc) {
    if (bestForTgt.get(b)?.a !== a) continue;
    const srcKey = srcNames[a] as string;
    let set = learned.get(srcKey);
    if (set === undefined) learned.set(srcKey, (set = new Set()));
    set.add(tgtNames[b] as string);
  }
  return learned;
}
