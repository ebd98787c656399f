// Faithful one-to-one en–ru pairs from the WMT22 bench data (../shared/bench/wmt22_en_ru), in a seeded random
// order: the first 220 are copied into tests/fixtures/divergence/ (the test set the defaults were tuned on); the
// bench scores the next ones as a held-out set.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaithfulPair } from '../../tests/divergence/labelled-set';
import { seededRandom } from './seeded-random';

/** Where the WMT22 en–ru bench data lives, when this checkout has it. */
export const WMT22_DIR = process.env.SVERKA_WMT22_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'wmt22_en_ru');

/** Every gold 1-1 pair of 6 to 45 English words, shuffled with a fixed seed (empty when the data is absent). */
export function readWmt22FaithfulPairs(dir = WMT22_DIR): FaithfulPair[] {
  if (!existsSync(dir)) return [];
  const candidates: FaithfulPair[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.gold')).sort()) {
    const stem = name.slice(0, -5);
    const src = readFileSync(join(dir, `${stem}.src`), 'utf8').split('\n');
    const tgt = readFileSync(join(dir, `${stem}.tgt`), 'utf8').split('\n');
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const match = /^\[(\d+)\]:\[(\d+)\]$/.exec(line.trim());
      if (!match) continue;
      const en = (src[Number(match[1])] ?? '').trim();
      const ru = (tgt[Number(match[2])] ?? '').trim();
      const words = en.split(/\s+/).length;
      if (words < 6 || words > 45 || en.includes('\t') || ru.includes('\t')) continue;
      candidates.push({ en, ru, origin: `wmt22/${stem}:${match[1]}-${match[2]}` });
    }
  }
  const next = seededRandom(20260206);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j] as FaithfulPair, candidates[i] as FaithfulPair];
  }
  return candidates;
}
