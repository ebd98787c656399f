/**
 * Settings of the divergence checks: which checks run and every threshold they use, with defaults. The UI and
 * the CLI pass a partial override; `resolveDivergenceSettings` fills in the rest.
 */
import { FLAG_KINDS, type FlagKind } from '../types';

/** Thresholds for the addition / omission check (word-level correspondences inside a pair). */
export interface UnmatchedSpanSettings {
  /** A run of unmatched content words at least this long is reported. */
  readonly minContentWords: number;
  /** From this many unmatched content words the flag is a warning rather than info. */
  readonly warningContentWords: number;
  /** The rest of the pair must be at least this well matched (0..1), or the lexicon simply lacks the words. */
  readonly minCoverageElsewhere: number;
  /** Pairs with fewer content words than this on the checked side are not checked. */
  readonly minSideContentWords: number;
  /** Content words one side may have beyond the other before the difference counts as evidence. */
  readonly lengthSlack: number;
  /**
   * A warning (rather than info) also needs the pair's length to agree: the side with the run must be longer
   * than the document's usual ratio predicts by at least this many standard deviations (of the log ratio).
   */
  readonly warningLengthDeviation: number;
  /** ...and the unmatched words beyond the other side's plus the length deviation must reach this sum. */
  readonly warningScore: number;
  /** Below this length deviation only runs of more than `warningContentWords` + 1 words are reported at all. */
  readonly minLengthDeviation: number;
  /** From this length deviation on, a run is reported even when the rest of the side is poorly matched. */
  readonly strongLengthDeviation: number;
}

/** Every setting of the divergence checks. */
export interface DivergenceSettings {
  /** Which kinds of check run. */
  readonly enabled: Readonly<Record<FlagKind, boolean>>;
  readonly addition: UnmatchedSpanSettings;
  readonly omission: UnmatchedSpanSettings;
  readonly length: {
    /**
     * Usual target/source character ratios by language pair ("en-ru"), used when a document has too few pairs to
     * measure its own; other pairs start from 1.
     */
    readonly priorRatios: Readonly<Record<string, number>>;
    /** Standard deviation of the log length ratio of faithful pairs. */
    readonly logRatioSpread: number;
    /** A document needs this many pairs to use its own median ratio. */
    readonly minPairsForOwnRatio: number;
    /** Target/source character ratio outside [min, max] (after the document's own ratio is divided out) is flagged. */
    readonly minRatio: number;
    readonly maxRatio: number;
    /** Pairs shorter than this (characters, longer side) are not checked. */
    readonly minChars: number;
  };
  readonly gloss: {
    /** A bracket or dash aside whose content words are at least this share unmatched is a gloss. */
    readonly minUnmatchedShare: number;
    /** Asides with fewer content words are not reported unless they carry a gloss marker. */
    readonly minAsideContentWords: number;
  };
  readonly names: {
    /** Spelling similarity (0..1) at which two names in different scripts count as the same name. */
    readonly minSimilarity: number;
  };
  readonly cognates: {
    /** Spelling similarity (0..1) at which two words count as cognates (president ↔ президент). */
    readonly minSimilarity: number;
    /** Shortest word (letters) matched as a cognate. */
    readonly minLength: number;
  };
  readonly untranslated: {
    /** Runs of at least this many source-language words left in the target are reported. */
    readonly minWords: number;
  };
  readonly learning: {
    /** Learn word pairs from the document (a second pass of the word-level correspondence). */
    readonly enabled: boolean;
    /** Pairs in which both words must be left unmatched together. */
    readonly minPairs: number;
    /** Dice coefficient of the two words' unmatched occurrences. */
    readonly minDice: number;
  };
  readonly number: {
    /** Values ignored when written as words: "one" and «один» are also articles and pronouns, "zero" an idiom. */
    readonly ignoredWordValues: readonly number[];
  };
}

/** A partial override of the settings (nested objects may be partial too). */
export type DivergenceSettingsOverride = {
  readonly [K in keyof DivergenceSettings]?: Partial<DivergenceSettings[K]>;
};

const ALL_ENABLED = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, true])) as Record<FlagKind, boolean>;

/** The defaults, tuned on the labelled en–ru set in tests/fixtures/divergence/. */
export const DEFAULT_DIVERGENCE_SETTINGS: DivergenceSettings = {
  enabled: ALL_ENABLED,
  addition: { minContentWords: 2, warningContentWords: 2, minCoverageElsewhere: 0.5, minSideContentWords: 3, lengthSlack: 1, warningLengthDeviation: 1, strongLengthDeviation: 2.5, warningScore: 4, minLengthDeviation: 0 },
  omission: { minContentWords: 2, warningContentWords: 2, minCoverageElsewhere: 0.5, minSideContentWords: 3, lengthSlack: 1, warningLengthDeviation: 1, strongLengthDeviation: 2.5, warningScore: 4, minLengthDeviation: 0 },
  // Ratios and spread measured on the WMT22 en–ru sample in tests/fixtures/divergence (median 1.10, σ 0.17).
  length: { priorRatios: { 'en-ru': 1.1, 'ru-en': 0.91 }, logRatioSpread: 0.17, minPairsForOwnRatio: 20, minRatio: 0.5, maxRatio: 2.0, minChars: 40 },
  gloss: { minUnmatchedShare: 0.6, minAsideContentWords: 1 },
  names: { minSimilarity: 0.72 },
  cognates: { minSimilarity: 0.8, minLength: 5 },
  untranslated: { minWords: 2 },
  learning: { enabled: true, minPairs: 2, minDice: 0.6 },
  number: { ignoredWordValues: [0, 1] },
};

/** Fills a partial override with the defaults. */
export function resolveDivergenceSettings(override: DivergenceSettingsOverride = {}): DivergenceSettings {
  const base = DEFAULT_DIVERGENCE_SETTINGS;
  return {
    enabled: { ...base.enabled, ...override.enabled },
    addition: { ...base.addition, ...override.addition },
    omission: { ...base.omission, ...override.omission },
    length: { ...base.length, ...override.length },
    gloss: { ...base.gloss, ...override.gloss },
    names: { ...base.names, ...override.names },
    cognates: { ...base.cognates, ...override.cognates },
    untranslated: { ...base.untranslated, ...override.untranslated },
    learning: { ...base.learning, ...override.learning },
    number: { ...base.number, ...override.number },
  };
}
