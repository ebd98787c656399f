/**
 * A project as plain data: what the store returns, what exporters and the UI read. Identifiers are the store's
 * row ids; a pair keeps its id while its sentences stay together.
 */
import type { TranslationDiffRow } from './revisions/diff-translations';
import type { Flag, FlagKind, FlagStatus, LangCode, PairOrigin, Paragraph, Sentence, Side } from './types';

/** One imported document (one side, one revision). */
export interface DocumentInfo {
  readonly side: Side;
  readonly lang: LangCode;
  readonly fileName: string;
  /** Hex SHA-256 of the imported text. */
  readonly sha256: string;
  /** ISO 8601 time of import. */
  readonly importedAt: string;
  /** Revision number of this side, from 1. */
  readonly revision: number;
  /** Encoding the file was decoded from, when it was a text file. */
  readonly encoding?: string;
}

/** A translator's note, on a pair or on one flag. */
export interface NoteRecord {
  readonly id: number;
  readonly text: string;
  /** ISO 8601 times. */
  readonly created: string;
  readonly updated: string;
}

/** A stored flag: the divergence, its review status and its notes. */
export interface FlagRecord extends Flag {
  readonly id: number;
  readonly status: FlagStatus;
  readonly notes: readonly NoteRecord[];
}

/** A stored pair with everything the translator did to it. */
export interface PairRecord {
  readonly id: number;
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  readonly score: number;
  readonly origin: PairOrigin;
  /** True when the pair's text changed after it was confirmed or its flags reviewed. */
  readonly changedSinceReview: boolean;
  readonly notes: readonly NoteRecord[];
  readonly flags: readonly FlagRecord[];
}

/** One side of a project: document metadata and its current sentences. */
export interface ProjectSide {
  readonly info: DocumentInfo;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

/** A whole project as plain data. Flag.pair is the index of the pair in `pairs`. */
export interface ProjectSnapshot {
  readonly name: string;
  readonly source: ProjectSide;
  readonly target: ProjectSide;
  readonly pairs: readonly PairRecord[];
}

/** One screen of pairs, with just the sentences those pairs refer to. Flag.pair is the absolute pair index. */
export interface PairsPage {
  /** Index of the first pair of the page in the whole alignment. */
  readonly offset: number;
  /** Number of pairs in the whole alignment. */
  readonly total: number;
  readonly pairs: readonly PairRecord[];
  /** Source and target sentences referenced by the page's pairs, in document order. */
  readonly source: readonly Sentence[];
  readonly target: readonly Sentence[];
}

/** Counts that describe a project at a glance (`sverka info`). */
export interface ProjectSummary {
  readonly name: string;
  /** Current revision of each side. */
  readonly source: DocumentInfo;
  readonly target: DocumentInfo;
  /** Number of revisions stored for each side. */
  readonly revisions: Readonly<Record<Side, number>>;
  readonly pairs: number;
  readonly pairsByOrigin: Readonly<Record<PairOrigin, number>>;
  readonly changedSinceReview: number;
  /** Flag counts by kind, then by review status (kinds without flags are left out). */
  readonly flags: number;
  readonly flagsByKind: Readonly<Partial<Record<FlagKind, Readonly<Record<FlagStatus, number>>>>>;
  readonly flagsByStatus: Readonly<Record<FlagStatus, number>>;
  readonly notes: number;
  readonly glossaryEntries: number;
}

/** A further translation of the original stored in the project (a third column), aligned to the original. */
export interface AlternateTranslationInfo {
  readonly id: number;
  /** What the user calls it (the file name by default). */
  readonly name: string;
  readonly lang: LangCode;
  readonly fileName: string;
  /** Hex SHA-256 of the text. */
  readonly sha256: string;
  /** ISO 8601 time of import. */
  readonly importedAt: string;
  readonly encoding?: string;
  readonly sentences: number;
}

/** The current translation and an alternate one, compared row by row against the original. */
export interface TranslationComparison {
  readonly alternate: AlternateTranslationInfo;
  /** The alternate's sentences (the rows' `second` indices point here; `first` into the target's sentences). */
  readonly sentences: readonly Sentence[];
  readonly rows: readonly TranslationDiffRow[];
}

/** Which pairs to list (all given conditions must hold; an absent condition does not filter). */
export interface PairFilter {
  readonly origins?: readonly PairOrigin[];
  readonly changedSinceReview?: boolean;
  /** Pairs with at least one flag of these kinds (and, with `flagStatuses`, in one of these statuses). */
  readonly flagKinds?: readonly FlagKind[];
  readonly flagStatuses?: readonly FlagStatus[];
  /** Pairs with a note on the pair or on one of its flags. */
  readonly hasNotes?: boolean;
}
