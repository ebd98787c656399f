/**
 * Scores the checks on the sample pair (Lavrov – OSCE) with its gold alignment against the gold divergence
 * list: per kind, how many gold rows have a flag of that kind in the pair holding their lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import type { Lexicon } from '../../shared/lexicon/lexicon';
import type { AlignedPair, Flag, SegmentedDocument } from '../../shared/types';
import { documentFromLines, parseGoldAlignment } from './documents';

export const SAMPLE_DIR = join(import.meta.dirname, '..', '..', 'resources', 'samples', 'lavrov-osce-2026-02-06');

/** One row of gold.divergences.tsv (line numbers are 0-based sentence indices). */
export interface GoldDivergence {
  readonly en?: number;
  readonly ru?: number;
  readonly kind: string;
  readonly span: string;
}

/** The sample: Russian source, English target, gold pairs and gold divergences. */
export interface Sample {
  readonly source: SegmentedDocument;
  readonly target: SegmentedDocument;
  readonly pairs: readonly AlignedPair[];
  readonly gold: readonly GoldDivergence[];
}

function lines(name: string): string[] {
  return readFileSync(join(SAMPLE_DIR, name), 'utf8').split('\n').filter((line) => line.length > 0);
}

/** Loads the sample from the repository's resources. */
export function loadSample(): Sample {
  const gold = lines('gold.divergences.tsv').slice(1).map((line) => {
    const [en = '', ru = '', kind = '', span = ''] = line.split('\t');
    return { ...(en ? { en: Number(en) } : {}), ...(ru ? { ru: Number(ru) } : {}), kind, span };
  });
  return {
    source: documentFromLines(lines('ru.sentences.txt'), 'ru'),
    target: documentFromLines(lines('en.sentences.txt'), 'en'),
    pairs: parseGoldAlignment(readFileSync(join(SAMPLE_DIR, 'gold.align'), 'utf8')),
    gold,
  };
}

/** Per-kind recall on the gold list, and the pairs outside the gold list that carry a warning or error. */
export function scoreSample(sample: Sample, lexicon: Lexicon | undefined): {
  readonly flags: readonly Flag[];
  readonly recall: Readonly<Record<string, { found: number; total: number }>>;
  readonly otherFlaggedPairs: number;
} {
  const flags = checkDivergences({ source: sample.source, target: sample.target, pairs: sample.pairs, ...(lexicon ? { lexicon } : {}) });
  const pairOf = (row: GoldDivergence): number =>
    sample.pairs.findIndex((pair) => (row.ru !== undefined && pair.src.includes(row.ru)) || (row.en !== undefined && pair.tgt.includes(row.en)));
  const recall: Record<string, { found: number; total: number }> = {};
  const goldPairs = new Set<number>();
  for (const row of sample.gold) {
    const pair = pairOf(row);
    goldPairs.add(pair);
    const entry = (recall[row.kind] ??= { found: 0, total: 0 });
    entry.total += 1;
    if (flags.some((flag) => flag.pair === pair && flag.kind === row.kind)) entry.found += 1;
  }
  const otherFlaggedPairs = new Set(flags.filter((flag) => flag.severity !== 'info' && !goldPairs.has(flag.pair)).map((flag) => flag.pair)).size;
  return { flags, recall, otherFlaggedPairs };
}
