/**
 * The JSON alignment format of `sverka align`:
 * `{"version":1,"source":{"lang","sentences"},"target":{…},"pairs":[{"src":[0],"tgt":[0,1],"score":0.93,"flags":[]}]}`.
 * `flags` holds the divergence flags of each pair (without the redundant pair index).
 */
import type { AlignedPair, Flag, LangCode } from '../types';

/** One side of the JSON document. */
export interface AlignJsonSide {
  readonly lang: LangCode;
  readonly sentences: readonly string[];
}

/** A flag as written inside its pair. */
export type AlignJsonFlag = Omit<Flag, 'pair'>;

/** One pair of the JSON document. */
export interface AlignJsonPair {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  readonly score: number;
  readonly flags: readonly AlignJsonFlag[];
}

/** The whole JSON document. */
export interface AlignJson {
  readonly version: 1;
  readonly source: AlignJsonSide;
  readonly target: AlignJsonSide;
  readonly pairs: readonly AlignJsonPair[];
}

/** Builds the JSON value: every pair gets the flags whose `pair` is its index. */
export function alignJson(source: AlignJsonSide, target: AlignJsonSide, pairs: readonly AlignedPair[], flags: readonly Flag[] = []): AlignJson {
  const byPair = new Map<number, AlignJsonFlag[]>();
  for (const { pair, ...flag } of flags) {
    let list = byPair.get(pair);
    if (list === undefined) byPair.set(pair, (list = []));
    list.push(flag);
  }
  return {
    version: 1,
    source: { lang: source.lang, sentences: source.sentences },
    target: { lang: target.lang, sentences: target.sentences },
    pairs: pairs.map((pair, index) => ({ src: pair.src, tgt: pair.tgt, score: pair.score, flags: byPair.get(index) ?? [] })),
  };
}

/** Serialises the JSON document (two-space indentation, final newline). */
export function writeAlignJson(source: AlignJsonSide, target: AlignJsonSide, pairs: readonly AlignedPair[], flags: readonly Flag[] = []): string {
  return `${JSON.stringify(alignJson(source, target, pairs, flags), null, 2)}\n`;
}
