/**
 * A bilingual lexicon over normalised word keys (lower case, stemmed by the language's stemmer; see
 * `wordKey`). Both directions of one dictionary are served by one object.
 */
import type { LangCode } from '../types';

/** Looks up translations between two languages by normalised word key. */
export interface Lexicon {
  readonly srcLang: LangCode;
  readonly tgtLang: LangCode;
  /** Keys of target-language words that translate the source-language key, or undefined when unknown. */
  translationsOf(srcKey: string): ReadonlySet<string> | undefined;
  /** The same dictionary looked up from the other side. */
  reversed(): Lexicon;
  /** Number of source keys with at least one translation. */
  readonly size: number;
}
