// `npm run demo`: the main job, headless, on the bundled sample pair (Russian original reconstruction, English
// publication) through the `sverka` CLI: align (JSON, TSV, vecalign), list the divergence flags, make a project file,
// write a translator's note on the bucha gloss, and export the project as TMX, XLIFF, CSV, DOCX and an HTML report.
// Everything is written to out/demo/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
const shown = process.argv.includes('--all') ? result.pairs.length : 12;
result.pairs.slice(0, shown).forEach((pair, index) => {
  const shape = `${pair.src.length}-${pair.tgt.length}`;
  const marker = pair.score < 0.5 ? '  ← check' : '';
  console.log(`#${String(index + 1).padStart(3)}  ${shape}  confidence ${pair.score.toFixed(3)}${marker}`);
  side('source', result.source.lang, result.source.sentences, pair.src);
  side('target', result.target.lang, result.target.sentences, pair.tgt);
});
if (shown < result.pairs.length) console.log(`… ${result.pairs.length - shown} more pairs (all of them: npm run demo -- --all, or ${relative(root, files.tsv)})`);
const shapes = new Map();
for (const pair of result.pairs) shapes.set(`${pair.src.length}-${pair.tgt.length}`, (shapes.get(`${pair.src.length}-${pair.tgt.length}`) ?? 0) + 1);
const low = result.pairs.filter((pair) => pair.score < 0.5).length;
console.log(`\n${result.pairs.length} pairs: ${[...shapes].sort((a, b) => b[1] - a[1]).map(([shape, count]) => `${shape} ×${count}`).join(', ')}; ${low} below confidence 0.5.`);
console.log(`Written (three runs of sverka align, ${seconds.toFixed(1)} s in all):`);
for (const file of Object.values(files)) console.log(`  ${relative(root, file)}`);

// Divergence flags: what a reviewer looks at first.
const flags = result.pairs.flatMap((pair) => pair.flags);
const byKind = new Map();
for (const flag of flags) byKind.set(flag.kind, (byKind.get(flag.kind) ?? 0) + 1);
console.log(`\n${flags.length} divergence flags: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ×${count}`).join(', ')}.`);
console.log('Glosses and wordplay (sverka check --kinds gloss,wordplay):\n');
process.stdout.write(sverka('check', join(sample, 'ru.txt'), join(sample, 'en.txt'), '--kinds', 'gloss,wordplay'));

// A project file: import, align, flag, store; a note on the bucha gloss; exports for CAT tools and reviewers.
const project = join(outDir, 'sample.sverka');
for (const suffix of ['', '-wal', '-shm']) rmSync(project + suffix, { force: true });
sverka('new', project, '--src', join(sample, 'ru.txt'), '--tgt', join(sample, 'en.txt'));
const exported = JSON.parse(sverka('export', project, '--format', 'json'));
const bucha = exported.pairs.find((pair) => pair.tgt.some((index) => exported.target.sentences[index].includes('bucha')));
if (bucha) sverka('note', project, '--pair', String(bucha.id), '--text', 'Keep the gloss: the pun on Bucha does not carry over into English.');
console.log(`\nProject ${relative(root, project)}${bucha ? ` (note added to pair ${bucha.id}, the bucha gloss)` : ''}:`);
process.stdout.write(sverka('info', project));
console.log('\nExports:');
for (const format of ['tmx', 'xliff', 'csv', 'docx', 'html']) {
  const file = join(outDir, `sample.${format === 'xliff' ? 'xlf' : format}`);
  sverka('export', project, '--format', format, '-o', file);
  console.log(`  ${relative(root, file)}`);
}
console.log('\nOpen the project in the app: npm start (or npm run web for the browser).');
