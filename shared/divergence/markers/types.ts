/**
 * Marker phrases the checks look for, kept as data per language so another language is one more file. Phrases
 * are matched word by word through `wordKey` (so inflected forms match: «так называемые» ↔ «так называемый»);
 * punctuation inside a phrase is ignored.
 */

/** What a gloss marker says; a marker in the target whose concept also appears in the source is not a gloss. */
export type GlossConcept = 'means' | 'literally' | 'inLanguage' | 'soCalled' | 'thatIs' | 'knownAs' | 'kindOf';

/** Concepts common enough in plain prose that they only count inside a bracket or dash aside. */
export const WEAK_GLOSS_CONCEPTS: ReadonlySet<GlossConcept> = new Set(['thatIs', 'kindOf', 'knownAs']);

/** The marker phrases of one language. */
export interface LanguageMarkers {
  /** How phrase words are compared: 'word' (lower-case form) for languages with little inflection, 'stem' otherwise. */
  readonly matchBy: 'word' | 'stem';
  /**
   * Function words the shared stopword list lacks; with it they carry no evidence of content, so they neither
   * start nor lengthen an unmatched run.
   */
  readonly functionWords: readonly string[];
  /** Phrases that introduce an explanation inserted by a translator, by concept. */
  readonly gloss: Readonly<Record<GlossConcept, readonly string[]>>;
  /** Plain words that express a gloss concept in running text (evidence on the source side only). */
  readonly glossEvidence: Readonly<Partial<Record<GlossConcept, readonly string[]>>>;
  /** Phrases that point at a pun or a figure of speech ("pardon the pun", «как говорится»). */
  readonly wordplay: readonly string[];
  /** Set phrases whose effect seldom carries over word for word («поживём – увидим», "time will tell"). */
  readonly idioms: readonly string[];
}
