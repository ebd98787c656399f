/**
 * Core value types shared by every layer: segmentation, alignment, divergence checks, the store, the UI.
 * Everything here is plain data (serialisable to JSON, safe to send over IPC).
 */

/** A language as a BCP-47 primary subtag in lower case: "ru", "en", "de", "zh". */
export type LangCode = string;

/** What a paragraph is in its document; headings and list items are strong alignment anchors. */
export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'footnote';

/** A paragraph of a document: a run of sentences between blank lines or block elements. */
export interface Paragraph {
  readonly index: number;
  readonly kind: ParagraphKind;
  /** Character offsets into the document text. */
  readonly start: number;
  readonly end: number;
}

/** One sentence: its text and where it sits in the document. */
export interface Sentence {
  readonly index: number;
  readonly text: string;
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
  /** Character offsets into the document text (text === documentText.slice(start, end)). */
  readonly start: number;
  readonly end: number;
}

/** A document split into paragraphs and sentences. */
export interface SegmentedDocument {
  readonly lang: LangCode;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

/** One alignment bead: source sentences that correspond to target sentences (either side may be empty). */
export interface AlignedPair {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  /** Confidence in 0..1; low values are where errors are likely. */
  readonly score: number;
}

/** The result of aligning two documents: beads in document order covering every sentence exactly once. */
export interface Alignment {
  readonly pairs: readonly AlignedPair[];
}

/** Which side of a pair something refers to. */
export type Side = 'src' | 'tgt';

/** Kinds of divergence between original and translation. */
export const FLAG_KINDS = [
  'gloss',
  'wordplay',
  'addition',
  'omission',
  'length',
  'number',
  'name',
  'untranslated',
  'unaligned',
  'punctuation',
  'terminology',
  'inconsistency',
] as const;

/** One kind of divergence. */
export type FlagKind = (typeof FLAG_KINDS)[number];

/** How serious a flag is. */
export type Severity = 'info' | 'warning' | 'error';

/** A divergence found in one pair: what, where, and a translatable message. */
export interface Flag {
  readonly kind: FlagKind;
  readonly severity: Severity;
  /** Index of the pair in the alignment the flag belongs to. */
  readonly pair: number;
  readonly side: Side;
  /** Sentence index on that side. */
  readonly sentence: number;
  /** Character offsets inside that sentence's text, where a span applies. */
  readonly start?: number;
  readonly end?: number;
  /** i18next key (namespace "flags") and its interpolation parameters. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Review status of a flag. */
export type FlagStatus = 'open' | 'accepted' | 'dismissed' | 'resolved';

/** Where a pair came from. */
export type PairOrigin = 'auto' | 'edited' | 'confirmed';

/** Exhaustiveness helper for switch statements over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
