// Project store figures on a 20,000 × 20,000-sentence pair (wmt22 en-ru cases concatenated, as in align-speed):
// creating a project from two files (import, align, flag, store), opening it, loading the first screen of pairs,
// one edit with its undo, importing a revision after a one-paragraph change, realigning from the middle (to the end,
// and up to the next confirmed pair), and the file size per 1,000 pairs.
// Targets: < 3 s, < 200 ms, < 50 ms; the revision update < 1 s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProjectFromFiles } from '../../electron/main/project/create-project-from-files';
import { updateSideFromFile } from '../../electron/main/project/update-side-from-file';
import { openProject } from '../../electron/main/store/index';
import { BENCH_DIR } from './align-quality';
import { buildLargePair } from './align-speed';
import { sverkaCommand } from './sverka-command';

/** Sentences per side. */
const SIZE = 20_000;
/** Pairs on the first screen of the app. */
const SCREEN = 60;

/** One sentence per line, a blank line between paragraphs of eight sentences. */
function asFile(lines: readonly string[]): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && i % 8 === 0) out.push('');
    out.push(line);
  });
  return `${out.join('\n')}\n`;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The same project made by a fresh `sverka new` (best of two): what a user running the command waits for, with the
 * process start and every module cold (the in-process figure above reuses alignment code the bench ran before).
 */
function wholeCommand(dir: string, srcFile: string, tgtFile: string): string {
  if (!existsSync(resolve(process.cwd(), 'out', 'cli', 'sverka.cjs'))) return 'skipped (run npm run build:cli first)';
  const seconds: number[] = [];
  for (let run = 0; run < 2; run++) {
    const file = join(dir, `command-${run}.sverka`);
    const started = performance.now();
    const [program, ...launcher] = sverkaCommand();
    const result = spawnSync(program as string, [...launcher, 'new', file, '--src', srcFile, '--tgt', tgtFile, '--src-lang', 'en', '--tgt-lang', 'ru', '--presegmented'], { encoding: 'utf8' });
    if (result.status !== 0) return `failed (exit ${result.status}: ${result.stderr.trim()})`;
    seconds.push((performance.now() - started) / 1000);
    rmSync(file, { force: true });
  }
  return `${Math.min(...seconds).toFixed(2)} s wall (best of 2; all: ${seconds.map((value) => value.toFixed(2)).join(', ')} s)`;
}

function verdict(value: number, target: number): string {
  return value < target ? `ok, target < ${target} ms` : `OVER the ${target} ms target`;
}

/** Prints the store figures. */
export async function run(): Promise<void> {
  if (!existsSync(join(BENCH_DIR, 'wmt22_en_ru'))) {
    console.log(`\nproject store: ${BENCH_DIR} not found, skipped`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-store-'));
  try {
    const pair = buildLargePair(SIZE);
    const srcFile = join(dir, 'en.txt');
    const tgtFile = join(dir, 'ru.txt');
    writeFileSync(srcFile, asFile(pair.src));
    writeFileSync(tgtFile, asFile(pair.tgt));
    const file = join(dir, 'bench.sverka');
    console.log(`\nproject store (${pair.src.length} × ${pair.tgt.length} sentences)`);

    const stages = new Map<string, bigint>();
    const created = process.hrtime.bigint();
    const project = await createProjectFromFiles(
      file,
      { path: srcFile, lang: 'en', presegmented: true },
      { path: tgtFile, lang: 'ru', presegmented: true },
      { onProgress: (stage) => void (stages.has(stage) || stages.set(stage, process.hrtime.bigint())) },
    );
    const createMs = ms(created);
    const summary = await project.summary();
    await project.close();
    const at = (stage: string): number => Number((stages.get(stage) ?? created) - created) / 1e6;
    const flagMs = at('saving') - at('flagging');
    console.log(
      `  create from files: ${createMs.toFixed(0)} ms (${verdict(createMs, 3000)}): read+segment ${at('aligning').toFixed(0)} ms, ` +
        `align ${(at('flagging') - at('aligning')).toFixed(0)} ms, flag ${flagMs.toFixed(0)} ms (${((flagMs * 1000) / summary.pairs).toFixed(0)} µs per pair), ` +
        `store ${(createMs - at('saving')).toFixed(0)} ms; ${summary.pairs} pairs, ${summary.flags} flags`,
    );

    console.log(`  the same with a fresh \`sverka new --presegmented\`: ${wholeCommand(dir, srcFile, tgtFile)}`);

    const bytes = statSync(file).size;
    const text = statSync(srcFile).size + statSync(tgtFile).size;
    console.log(
      `  file: ${(bytes / 1_048_576).toFixed(1)} MiB = ${((bytes / summary.pairs) * 1000 / 1024).toFixed(0)} KiB per 1,000 pairs ` +
        `(${(text / 1_048_576).toFixed(1)} MiB of text in the two files)`,
    );

    const opened = process.hrtime.bigint();
    const reopened = await openProject(file);
    const openMs = ms(opened);
    console.log(`  open: ${openMs.toFixed(1)} ms (${verdict(openMs, 200)})`);

    const screen = process.hrtime.bigint();
    const page = await reopened.pairsPage(0, SCREEN);
    const screenMs = ms(screen);
    console.log(`  first screen (${page.pairs.length} pairs with sentences, flags, notes): ${screenMs.toFixed(1)} ms (${verdict(screenMs, 50)})`);

    const middle = process.hrtime.bigint();
    await reopened.pairsPage(Math.floor(summary.pairs / 2), SCREEN);
    console.log(`  a screen in the middle: ${ms(middle).toFixed(1)} ms`);

    const whole = process.hrtime.bigint();
    await reopened.snapshot();
    console.log(`  whole snapshot: ${ms(whole).toFixed(0)} ms`);

    const target = page.pairs[10];
    const edit = process.hrtime.bigint();
    await reopened.mergeWithNext(target.id);
    const editMs = ms(edit);
    const undo = process.hrtime.bigint();
    await reopened.undo();
    const undoMs = ms(undo);
    const again = process.hrtime.bigint();
    await reopened.splitPair(target.id, 1, 0);
    console.log(
      `  first edit, merge with next (loads documents and lexicon, re-checks flags): ${editMs.toFixed(1)} ms; undo: ${undoMs.toFixed(1)} ms; ` +
        `next edit, split: ${ms(again).toFixed(1)} ms`,
    );

    const note = process.hrtime.bigint();
    await reopened.addNote({ pairId: target.id }, 'bench note');
    console.log(`  add a note: ${ms(note).toFixed(1)} ms`);
    // A one-paragraph change in the original (one sentence edited, one added), imported as revision 2.
    const revised = [...pair.src];
    const middle2 = Math.floor(revised.length / 2);
    revised[middle2] = `${revised[middle2]} (revised)`;
    revised.splice(middle2 + 1, 0, 'This sentence was added in the second revision.');
    const revisedFile = join(dir, 'en.v2.txt');
    writeFileSync(revisedFile, asFile(revised));
    const updating = process.hrtime.bigint();
    const update = await updateSideFromFile(reopened, 'src', { path: revisedFile, presegmented: true });
    const updateMs = ms(updating);
    console.log(
      `  update the original after a one-paragraph change: ${updateMs.toFixed(0)} ms (${verdict(updateMs, 1000)}); ` +
        `${update.kept} pairs kept, ${update.created} new, ${update.removed} gone`,
    );

    // Realigning from a pair in the middle: without a confirmed pair further down it realigns the whole tail; with
    // confirmed pairs every EVERY_CONFIRMED pairs it stops at the next one.
    const EVERY_CONFIRMED = 200;
    const positions = (await reopened.pairsPage(0, summary.pairs + 10)).pairs;
    const from = positions[Math.floor(positions.length / 2)].id;
    const tail = process.hrtime.bigint();
    await reopened.realignFrom(from);
    const tailMs = ms(tail);
    await reopened.undo();
    await reopened.confirmPairs(positions.filter((_, i) => i > positions.length / 2 && i % EVERY_CONFIRMED === 0).map((p) => p.id));
    const stretch = process.hrtime.bigint();
    await reopened.realignFrom(from);
    const stretchMs = ms(stretch);
    console.log(
      `  realign from the middle pair: ${tailMs.toFixed(0)} ms to the end (${positions.length - Math.floor(positions.length / 2)} pairs, ` +
        `no confirmed pair after it); ${stretchMs.toFixed(0)} ms up to the next confirmed pair (one in ${EVERY_CONFIRMED} confirmed)`,
    );

    const closing = process.hrtime.bigint();
    await reopened.close();
    console.log(`  close (checkpoint): ${ms(closing).toFixed(1)} ms; file with both revisions: ${(statSync(file).size / 1_048_576).toFixed(1)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
