/**
 * The flags of an alignment, for writers and commands that hold an `Alignment` rather than bare pairs
 * (`sverka align --format json` fills its `flags` with this).
 */
import type { Glossary } from '../glossary/glossary';
import type { Lexicon } from '../lexicon/lexicon';
import type { Alignment, Flag, SegmentedDocument } from '../types';
import { checkDivergences } from './check-divergences';
import type { DivergenceSettings, DivergenceSettingsOverride } from './settings';

/** Options of `flagsForAlignment`. */
export interface FlagsForAlignmentOptions {
  readonly lexicon?: Lexicon;
  readonly glossary?: Glossary;
  readonly settings?: DivergenceSettings | DivergenceSettingsOverride;
}

/** Runs the divergence checks over an alignment of two documents. */
export function flagsForAlignment(
  source: SegmentedDocument,
  target: SegmentedDocument,
  alignment: Alignment,
  options: FlagsForAlignmentOptions = {},
): Flag[] {
  return checkDivergences({ source, target, pairs: alignment.pairs, ...options });
}
