// One-off: copies the first faithful en–ru pairs of the seeded WMT22 order into tests/fixtures/divergence/
// (tests may not read ../shared). Run: node --import tsx scripts/bench/divergence-extract-fixtures.ts [COUNT]
import { writeFileSync } from 'node:fs';
import { readWmt22FaithfulPairs } from './divergence-wmt22';

const wanted = Number(process.argv[2] ?? 220);
const pairs = readWmt22FaithfulPairs();
const rows = pairs.slice(0, wanted).map((pair) => `${pair.en}\t${pair.ru}\t${pair.origin}`);
writeFileSync('tests/fixtures/divergence/wmt22-faithful.tsv', `en\tru\torigin\n${rows.join('\n')}\n`);
console.log(`${rows.length} of ${pairs.length} pairs written`);
