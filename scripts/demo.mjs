// `npm run demo`: aligns the bundled sample pair (Russian original reconstruction, English publication) with the
// `sverka align` command, prints the pairs readably and writes them to out/demo/ as JSON, TSV and vecalign.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'resources', 'samples', 'lavrov-osce-2026-02-06');
const outDir = join(root, 'out', 'demo');
const bin = join(root, 'bin', 'sverka.cjs');

if (!existsSync(join(root, 'out', 'cli', 'sverka.cjs'))) execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
mkdirSync(outDir, { recursive: true });

const sverka = (...args) => execFileSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const files = { json: join(outDir, 'sample.align.json'), tsv: join(outDir, 'sample.align.tsv'), vecalign: join(outDir, 'sample.vecalign') };
const started = performance.now();
for (const [format, file] of Object.entries(files)) sverka('align', join(sample, 'ru.txt'), join(sample, 'en.txt'), '--format', format, '-o', file);
const seconds = (performance.now() - started) / 1000;

const result = JSON.parse(readFileSync(files.json, 'utf8'));
const width = Math.max(40, Math.min(process.stdout.columns ?? 120, 160) - 12);
const wrap = (text) => {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : ['—'];
};
const side = (label, lang, sentences, indices) => {
  const text = indices.map((index) => sentences[index]).join(' ');
  wrap(text).forEach((line, k) => console.log(`${k === 0 ? `    ${lang.padEnd(3)}` : '       '} ${line}`));
  void label;
};

console.log(`Sverka demo: ${relative(root, join(sample, 'ru.txt'))} (${result.source.lang}, ${result.source.sentences.length} sentences)`);
console.log(`         and ${relative(root, join(sample, 'en.txt'))} (${result.target.lang}, ${result.target.sentences.length} sentences)\n`);
result.pairs.forEach((pair, index) => {
  const shape = `${pair.src.length}-${pair.tgt.length}`;
  const marker = pair.score < 0.5 ? '  ← check' : '';
  console.log(`#${String(index + 1).padStart(3)}  ${shape}  confidence ${pair.score.toFixed(3)}${marker}`);
  side('source', result.source.lang, result.source.sentences, pair.src);
  side('target', result.target.lang, result.target.sentences, pair.tgt);
});
const shapes = new Map();
for (const pair of result.pairs) shapes.set(`${pair.src.length}-${pair.tgt.length}`, (shapes.get(`${pair.src.length}-${pair.tgt.length}`) ?? 0) + 1);
const low = result.pairs.filter((pair) => pair.score < 0.5).length;
console.log(`\n${result.pairs.length} pairs: ${[...shapes].sort((a, b) => b[1] - a[1]).map(([shape, count]) => `${shape} ×${count}`).join(', ')}; ${low} below confidence 0.5.`);
console.log(`Written (three runs of sverka align, ${seconds.toFixed(1)} s in all):`);
for (const file of Object.values(files)) console.log(`  ${relative(root, file)}`);
