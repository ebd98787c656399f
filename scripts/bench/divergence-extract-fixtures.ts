// One-off: copies a seeded random sample of faithful 1-1 en–ru pairs from the WMT22 bench data into
// tests/fixtures/divergence/ (tests may not read /work/shared). Run: node --import tsx scripts/bench/divergence-extract-fixtures.ts DIR
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/bench/wmt22_en_ru';
const wanted = Number(process.argv[3] ?? 220);

/** Small deterministic PRNG (mulberry32) so the sample is reproducible. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const candidates: string[] = [];
for (const name of readdirSync(dir).filter((file) => file.endsWith('.gold')).sort()) {
  const stem = name.slice(0, -5);
  const src = readFileSync(join(dir, `${stem}.src`), 'utf8').split('\n');
  const tgt = readFileSync(join(dir, `${stem}.tgt`), 'utf8').split('\n');
  for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
    const match = /^\[(\d+)\]:\[(\d+)\]$/.exec(line.trim());
    if (!match) continue;
    const en = src[Number(match[1])].trim();
    const ru = tgt[Number(match[2])].trim();
    const words = en.split(/\s+/).length;
    if (words < 6 || words > 45 || en.includes('\t') || ru.includes('\t')) continue;
    candidates.push(`${en}\t${ru}\twmt22/${stem}:${match[1]}-${match[2]}`);
  }
}
const next = random(20260206);
for (let i = candidates.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
}
writeFileSync('tests/fixtures/divergence/wmt22-faithful.tsv', `en\tru\torigin\n${candidates.slice(0, wanted).join('\n')}\n`);
console.log(`${Math.min(wanted, candidates.length)} of ${candidates.length} pairs written`);
