// Divergence-check speed on the large pair the store bench creates (wmt22 en–ru cases concatenated, gold pairs):
// CPU time per pair and in total, and a digest of the flags so a speed change can be shown to leave them as they
// were. Run alone: `npx tsx scripts/bench/divergence-speed.ts [sentences]` (20,000 by default).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import type { AlignedPair } from '../../shared/types';
import { documentFromLines } from '../../tests/divergence/documents';
import { BENCH_DIR } from './align-quality';
import { buildLargePair } from './align-speed';

/** Prints the divergence speed on `size` × `size` sentences. */
export function run(size = 20_000): void {
  if (!existsSync(join(BENCH_DIR, 'wmt22_en_ru'))) {
    console.log(`\ndivergence speed: ${BENCH_DIR} not found, skipped`);
    return;
  }
  const pair = buildLargePair(size);
  const source = documentFromLines(pair.src, 'en');
  const target = documentFromLines(pair.tgt, 'ru');
  const pairs: AlignedPair[] = pair.gold.map((bead) => ({ src: bead.src, tgt: bead.tgt, score: 1 }));
  const lexicon = loadLexicon('en', 'ru');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const flags = checkDivergences({ source, target, pairs, ...(lexicon ? { lexicon } : {}) });
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const digest = createHash('sha256').update(JSON.stringify(flags)).digest('hex').slice(0, 16);
  // Under `npm run bench` the store bench has flagged the same document before (its create figure's flag stage is
  // the cold run): the code is warm here. Run alone, this is the cold figure.
  console.log(
    `\ndivergence speed (${pair.src.length} × ${pair.tgt.length} sentences, ${pairs.length} gold pairs, wmt22 en–ru concatenated; ` +
      `${process.argv[1]?.endsWith('divergence-speed.ts') ? 'code cold' : 'after the benches before it: code warm'})`,
  );
  console.log(
    `  ${(cpuMs / 1000).toFixed(2)} s CPU (${(wall / 1000).toFixed(2)} s wall), ${((cpuMs * 1000) / pairs.length).toFixed(0)} µs CPU per pair; ` +
      `${flags.length} flags, digest ${digest}`,
  );
}

if (process.argv[1]?.endsWith('divergence-speed.ts')) run(Number(process.argv[2] ?? 20_000));
