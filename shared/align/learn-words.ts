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

/** The distinct word ids of the given sentences, in order of first occurrence: ids[start[k]] .. ids[start[k + 1]]. */
function bagsOf(side: SideTokens, sentences: readonly number[], wordId: Int32Array, idCount: number): { start: Int32Array; ids: Int32Array } {
  const start = new Int32Array(sentences.length + 1);
  const seen = new Int32Array(idCount).fill(-1);
  const ids: number[] = [];
  sentences.forEach((s, k) => {
    for (let x = side.sentStart[s] as number; x < (side.sentStart[s + 1] as number); x++) {
      const id = wordId[side.tokenTypes[x] as number] as number;
      if (id < 0 || seen[id] === k) continue;
      seen[id] = k;
      ids.push(id);
    }
    start[k + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids) };
}

/** Adds one to counts[id + shift] for every id. */
function countIds(ids: Int32Array, counts: Int32Array, shift: number): void {
  for (let k = 0; k < ids.length; k++) {
    const at = (ids[k] as number) + shift;
    counts[at] = (counts[at] as number) + 1;
  }
}

/**
 * Mutually best associated word keys over the given sentence pairs (Dice coefficient). Among partners of equal
 * Dice the pair met first (in pair order, then word order within the sentences) wins.
 */
export function learnWords(src: SideTokens, tgt: SideTokens, pairs: readonly (readonly [number, number])[], options: LearnOptions): LearnedWords {
  const { ids: srcIds, names: srcNames } = wordIds(src);
  const { ids: tgtIds, names: tgtNames } = wordIds(tgt);
  const srcBags = bagsOf(src, pairs.map((pair) => pair[0]), srcIds, srcNames.length);
  const tgtBags = bagsOf(tgt, pairs.map((pair) => pair[1]), tgtIds, tgtNames.length);
  const srcFreq = new Int32Array(srcNames.length);
  const tgtFreq = new Int32Array(tgtNames.length);
  // Indexed loops over the typed arrays: for-of allocates an iterator result per element until V8 optimises the
  // loop, and these run once per document.
  countIds(srcBags.ids, srcFreq, 0);
  countIds(tgtBags.ids, tgtFreq, 0);
  // The pairs each source word occurs in (in pair order), with the word's position in the pair's source bag.
  const postStart = new Int32Array(srcNames.length + 1);
  countIds(srcBags.ids, postStart, 1);
  for (let a = 0; a < srcNames.length; a++) postStart[a + 1] = (postStart[a + 1] as number) + (postStart[a] as number);
  const postPair = new Int32Array(srcBags.ids.length);
  const postPosition = new Int32Array(srcBags.ids.length);
  const fill = postStart.slice(0, srcNames.length);
  for (let k = 0; k < pairs.length; k++) {
    for (let x = srcBags.start[k] as number; x < (srcBags.start[k + 1] as number); x++) {
      const a = srcBags.ids[x] as number;
      const at = fill[a] as number;
      postPair[at] = k;
      postPosition[at] = x - (srcBags.start[k] as number);
      fill[a] = at + 1;
    }
  }
  // First meeting of a word pair as one ordered number: pair index, then source position, then target position.
  let widest = 1;
  for (let k = 0; k < pairs.length; k++) widest = Math.max(widest, (tgtBags.start[k + 1] as number) - (tgtBags.start[k] as number), (srcBags.start[k + 1] as number) - (srcBags.start[k] as number));
  const bestSrcTgt = new Int32Array(srcNames.length).fill(-1);
  const bestSrcDice = new Float64Array(srcNames.length);
  const bestSrcFirst = new Float64Array(srcNames.length);
  const bestTgtSrc = new Int32Array(tgtNames.length).fill(-1);
  const bestTgtDice = new Float64Array(tgtNames.length);
  const bestTgtFirst = new Float64Array(tgtNames.length);
  const count = new Int32Array(tgtNames.length);
  const first = new Float64Array(tgtNames.length);
  const touched: number[] = [];
  for (let a = 0; a < srcNames.length; a++) {
    const fa = srcFreq[a] as number;
    if (fa < options.minCount) continue;
    // Dice 2·together / (fa + fb) reaches minDice only if minDice·fa / (2 − minDice) ≤ fb ≤ (2 − minDice)·fa / minDice
    // (together ≤ min(fa, fb)): words far more or far less frequent than this one are not counted at all (the bounds
    // are widened by one so that rounding never drops a pair on the border; the test below decides).
    const fewest = Math.max(options.minCount, Math.floor((options.minDice * fa) / (2 - options.minDice)) - 1);
    const most = options.minDice > 0 ? Math.ceil(((2 - options.minDice) * fa) / options.minDice) + 1 : Infinity;
    touched.length = 0;
    for (let p = postStart[a] as number; p < (postStart[a + 1] as number); p++) {
      const k = postPair[p] as number;
      const order = (k * widest + (postPosition[p] as number)) * widest;
      for (let x = tgtBags.start[k] as number, q = 0; x < (tgtBags.start[k + 1] as number); x++, q++) {
        const b = tgtBags.ids[x] as number;
        const fb = tgtFreq[b] as number;
        if (fb < fewest || fb > most) continue;
        if (count[b] === 0) {
          touched.push(b);
          first[b] = order + q;
        }
        count[b] = (count[b] as number) + 1;
      }
    }
    for (const b of touched) {
      const together = count[b] as number;
      count[b] = 0;
      if (together < options.minCount) continue;
      const dice = (2 * together) / ((srcFreq[a] as number) + (tgtFreq[b] as number));
      if (dice < options.minDice) continue;
      const met = first[b] as number;
      const srcDice = bestSrcTgt[a] === -1 ? 0 : (bestSrcDice[a] as number);
      if (srcDice < dice || (srcDice === dice && bestSrcTgt[a] !== -1 && met < (bestSrcFirst[a] as number))) {
        bestSrcTgt[a] = b;
        bestSrcDice[a] = dice;
        bestSrcFirst[a] = met;
      }
      const tgtDice = bestTgtSrc[b] === -1 ? 0 : (bestTgtDice[b] as number);
      if (tgtDice < dice || (tgtDice === dice && bestTgtSrc[b] !== -1 && met < (bestTgtFirst[b] as number))) {
        bestTgtSrc[b] = a;
        bestTgtDice[b] = dice;
        bestTgtFirst[b] = met;
      }
    }
  }
  const learned = new Map<string, Set<string>>();
  for (let a = 0; a < srcNames.length; a++) {
    const b = bestSrcTgt[a] as number;
    if (b < 0 || bestTgtSrc[b] !== a) continue;
    learned.set(srcNames[a] as string, new Set([tgtNames[b] as string]));
  }
  return learned;
}
