// Alignment speed and memory on a 10,000 × 10,000-sentence pair built from the wmt22 en-ru development data
// (its cases concatenated in shuffled order until both sides have 10,000 sentences), in process and through the
// whole `sverka align` command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { alignDocuments } from '../../shared/align/align-documents';
import { addCase, emptyCounts, strictScores, type Bead } from './align-metrics';
import { BENCH_DIR, loadBenchSet } from './align-quality';
import { documentFromLines } from './bench-documents';
import { seededRandom } from './seeded-random';
import { sverkaCommand } from './sverka-command';

/** Sentences per side of the speed test. */
export const SPEED_SIZE = 10_000;

/** Concatenates the cases of a data set in shuffled order until each side has `size` sentences (cut at a bead). */
export function buildLargePair(size: number): { src: string[]; tgt: string[]; gold: Bead[] } {
  const set = loadBenchSet('wmt22_en_ru', 'en', 'ru');
  const next = seededRandom(2026);
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: Bead[] = [];
  while (src.length < size || tgt.length < size) {
    const order = set.cases.map((_, k) => k).sort(() => next() - 0.5);
    for (const k of order) {
      const item = set.cases[k]!;
      for (const bead of item.gold) {
        if (src.length + bead.src.length > size || tgt.length + bead.tgt.length > size) continue;
        gold.push({ src: bead.src.map((_, x) => src.length + x), tgt: bead.tgt.map((_, x) => tgt.length + x) });
        for (const s of bead.src) src.push(item.src[s]!);
        for (const t of bead.tgt) tgt.push(item.tgt[t]!);
      }
      if (src.length >= size && tgt.length >= size) break;
    }
    if (src.length >= size - 4 && tgt.length >= size - 4) break;
  }
  return { src, tgt, gold };
}

/**
 * A long literary document: the MAC zh-en chapters in order, then in reverse order (2,926 × 3,902 sentences), so
 * that the aligner runs in its long-document mode (narrow bands around the anchor chain, widened where the path
 * touches their edge), which news hardly exercises.
 */
function longLiteraryFigures(): void {
  if (!existsSync(join(BENCH_DIR, 'mac_dev_zh_en'))) return;
  const set = loadBenchSet('mac_dev_zh_en', 'zh', 'en');
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: Bead[] = [];
  for (const cases of [set.cases, [...set.cases].reverse()]) {
    for (const item of cases) {
      for (const bead of item.gold) gold.push({ src: bead.src.map((x) => src.length + x), tgt: bead.tgt.map((x) => tgt.length + x) });
      src.push(...item.src);
      tgt.push(...item.tgt);
    }
  }
  const lexicon = loadLexicon('zh', 'en');
  const started = performance.now();
  const alignment = alignDocuments(documentFromLines(src, 'zh'), documentFromLines(tgt, 'en'), lexicon ? { lexicon } : {});
  const seconds = (performance.now() - started) / 1000;
  const counts = emptyCounts();
  addCase(counts, alignment.pairs, gold);
  console.log(`  long literary document (mac_dev_zh_en chapters twice, ${src.length} × ${tgt.length}): strict F1 ${strictScores(counts).f.toFixed(3)}, ${seconds.toFixed(2)} s`);
}

/** Prints speed, memory and quality on the large pair, then times the CLI on it. */
export function run(): void {
  if (!existsSync(join(BENCH_DIR, 'wmt22_en_ru'))) {
    console.log(`\nalignment speed: ${BENCH_DIR} not found, skipped`);
    return;
  }
  const pair = buildLargePair(SPEED_SIZE);
  const lexicon = loadLexicon('en', 'ru');
  const src = documentFromLines(pair.src, 'en');
  const tgt = documentFromLines(pair.tgt, 'ru');
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const alignment = alignDocuments(src, tgt, { lexicon });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const counts = emptyCounts();
  addCase(counts, alignment.pairs, pair.gold);
  console.log(`\nalignment speed (${pair.src.length} × ${pair.tgt.length} sentences, wmt22 en-ru cases concatenated; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`);
  console.log(
    `  in process: ${seconds.toFixed(2)} s wall (${cpuSeconds.toFixed(2)} s CPU), ${Math.round((pair.src.length + pair.tgt.length) / seconds)} sentences/s, ` +
      `peak RSS ${peakMb.toFixed(0)} MB (${(rssBefore / 1048576).toFixed(0)} MB before), strict F1 ${strictScores(counts).f.toFixed(3)}`,
  );
  longLiteraryFigures();
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
  try {
    writeFileSync(join(dir, 'src.txt'), `${pair.src.join('\n')}\n`);
    writeFileSync(join(dir, 'tgt.txt'), `${pair.tgt.join('\n')}\n`);
    if (!existsSync(resolve(process.cwd(), 'out', 'cli', 'sverka.cjs'))) {
      console.log('  whole command: skipped (run npm run build:cli first)');
      return;
    }
    for (const format of ['vecalign', 'json']) {
      const args = [...sverkaCommand(), 'align', join(dir, 'src.txt'), join(dir, 'tgt.txt'), '--presegmented', '--src-lang', 'en', '--tgt-lang', 'ru', '--format', format, '-o', join(dir, `out.${format}`)];
      // bash's `time` reports the child's CPU seconds as well, which a loaded machine does not inflate. The best of
      // three runs: other work on the machine only ever adds time.
      const command = `TIMEFORMAT='%R %U %S'; time ${args.map((arg) => `'${arg}'`).join(' ')}`;
      const runs: { wall: number; cpu: number }[] = [];
      let failure = '';
      for (let run = 0; run < 3 && failure === ''; run++) {
        const result = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
        const [real, user, system] = (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
        if (result.status !== 0) failure = ` (exit ${result.status}: ${result.stderr.trim()})`;
        runs.push({ wall: real ?? NaN, cpu: (user ?? 0) + (system ?? 0) });
      }
      runs.sort((x, y) => x.wall - y.wall);
      const best = runs[0] as { wall: number; cpu: number };
      const note = format === 'json' ? ', divergence checks included' : '';
      const launcher = sverkaCommand().slice(1, -1).join(' ');
      console.log(
        `  whole command (sverka align --presegmented --format ${format}${note}${launcher === '' ? '' : `; the launcher runs node ${launcher}`}): ` +
          `${best.wall.toFixed(2)} s wall, ${best.cpu.toFixed(2)} s CPU ` +
          `(best of ${runs.length}; all: ${runs.map((r) => r.wall.toFixed(2)).join(', ')} s)${failure}`,
      );
    }
    console.log(`  ${nodeStartupFigures()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Best wall time of starting Node with the launcher's flags and running nothing, in ms (five runs). */
function nodeStartupMs(env: NodeJS.ProcessEnv): number {
  const [program, ...flags] = sverkaCommand().slice(0, -1);
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    spawnSync(program as string, [...flags, '-e', '0'], { env });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * What Node's own start costs on this machine, part of every whole-command figure. NODE_EXTRA_CA_CERTS, when set,
 * makes Node parse its root certificates and that file at every start, whether or not the program opens a TLS
 * connection (Sverka never does): the line says so with the figure without it.
 */
function nodeStartupFigures(): string {
  const withEnvironment = nodeStartupMs(process.env);
  const line = `Node's own start-up on this machine (node -e 0, best of 5): ${withEnvironment.toFixed(0)} ms`;
  if (process.env.NODE_EXTRA_CA_CERTS === undefined || process.env.NODE_EXTRA_CA_CERTS === '') return line;
  const { NODE_EXTRA_CA_CERTS: _ignored, ...withoutCertificates } = process.env;
  return `${line}, of which NODE_EXTRA_CA_CERTS (set here) costs ${(withEnvironment - nodeStartupMs(withoutCertificates)).toFixed(0)} ms`;
}
