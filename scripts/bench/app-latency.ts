// What a translator waits for in the app on a 20,000-pair project: every figure goes through the same handler
// functions the browser host and the Electron IPC registration call (electron/main/handlers/, via dispatch), plus
// the JSON the browser host sends back. Open, the store's own open and first page, then rounds of merge, split,
// confirm, note, undo, redo on pairs spread over the project. Wall and CPU time (this process) are both printed:
// the machine is shared, so wall time alone can mislead.
// Targets: each edit, undo and redo < 100 ms through the handler; open to first screen < 500 ms; the store's open
// < 200 ms and first page < 50 ms.
// The project is built once (import, align, flag, from the wmt22 bench pair, or synthetic text when that is absent)
// and kept in .bench-cache/ (gitignored); each run works on a copy.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../electron/main/handlers/create-handlers';
import { dispatch } from '../../electron/main/handlers/dispatch';
import { InProcessJobRunner } from '../../electron/main/jobs/job-runner';
import { executeJob } from '../../electron/main/jobs/job-tasks';
import { createProjectFromFiles } from '../../electron/main/project/create-project-from-files';
import { openProject } from '../../electron/main/store/index';
import type { ProjectView } from '../../shared/ipc/results';
import type { EditResult } from '../../shared/ipc/edit-result';
import { applyEdit } from '../../shared/ipc/edit-result';
import { BENCH_DIR } from './align-quality';
import { buildLargePair } from './align-speed';

const SIZE = 20_000;
const SCREEN = 60;
const ROUNDS = 6;
const CACHE = resolve(process.cwd(), '.bench-cache');
const CACHED = join(CACHE, `app-latency-${SIZE}-v1.sverka`);

interface Timing {
  readonly wall: number;
  readonly cpu: number;
  readonly bytes: number;
}

/** Runs `body` and measures it, including the JSON the browser host would send. */
async function timed<T>(body: () => Promise<T>): Promise<{ value: T } & Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await body();
  const bytes = (JSON.stringify(value) ?? '').length;
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1000, bytes };
}

function asFile(lines: readonly string[]): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && i % 8 === 0) out.push('');
    out.push(line);
  });
  return `${out.join('\n')}\n`;
}

/** The cached 20,000-pair project, built when missing. */
async function cachedProject(): Promise<string> {
  if (existsSync(CACHED)) return CACHED;
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-app-'));
  try {
    let src: string[];
    let tgt: string[];
    if (existsSync(join(BENCH_DIR, 'wmt22_en_ru'))) {
      ({ src, tgt } = buildLargePair(SIZE));
    } else {
      src = Array.from({ length: SIZE }, (_, i) => `Sentence number ${i + 1} of the original, with ${i % 97} words and a name, Smith.`);
      tgt = Array.from({ length: SIZE }, (_, i) => `Предложение номер ${i + 1} перевода, где ${i % 89} слов и имя Смит.`);
    }
    writeFileSync(join(dir, 'en.txt'), asFile(src));
    writeFileSync(join(dir, 'ru.txt'), asFile(tgt));
    const building = join(dir, 'bench.sverka');
    const started = performance.now();
    const project = await createProjectFromFiles(
      building,
      { path: join(dir, 'en.txt'), lang: 'en', presegmented: true },
      { path: join(dir, 'ru.txt'), lang: 'ru', presegmented: true },
    );
    await project.close();
    console.log(`  (built the cached project in ${(performance.now() - started).toFixed(0)} ms)`);
    copyFileSync(building, `${CACHED}.tmp`);
    renameSync(`${CACHED}.tmp`, CACHED);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return CACHED;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

function line(name: string, list: readonly Timing[], target?: number): string {
  const wall = list.map((t) => t.wall);
  const cpu = list.map((t) => t.cpu);
  const worst = Math.max(...wall);
  const verdict = target === undefined ? '' : worst < target ? `  ok (< ${target} ms)` : `  OVER ${target} ms`;
  return (
    `  ${name.padEnd(28)} wall median ${median(wall).toFixed(1).padStart(7)} ms, max ${worst.toFixed(1).padStart(7)} ms; ` +
    `cpu median ${median(cpu).toFixed(1).padStart(7)} ms; ${Math.round(median(list.map((t) => t.bytes)) / 1024)} KiB sent${verdict}`
  );
}

/** Prints the figures. */
export async function run(): Promise<void> {
  console.log(`\napp latency through the handlers (${SIZE} pairs)`);
  const source = await cachedProject();
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-latency-'));
  try {
    const file = join(dir, 'project.sverka');
    copyFileSync(source, file);

    // The store on its own.
    const storeOpen = await timed(async () => openProject(file));
    const storePage = await timed(async () => storeOpen.value.pairsPage(0, SCREEN));
    const storeSnapshot = await timed(async () => storeOpen.value.snapshot());
    const storePrepare = await timed(async () => storeOpen.value.prepareEdits());
    await storeOpen.value.close();
    console.log(line('store: open', [{ ...storeOpen, bytes: 0 }], 200));
    console.log(line('store: first page', [storePage], 50));
    console.log(line('store: whole snapshot', [storeSnapshot]));
    console.log(line('store: prepare edits', [storePrepare]));

    const set = createHandlers({
      host: 'web',
      version: 'bench',
      dataDir: join(dir, 'data'),
      sampleDir: join(dir, 'none'),
      jobs: new InProcessJobRunner(executeJob),
      emit: () => undefined,
    });
    const call = async <T>(channel: string, args: unknown): Promise<T> => {
      const result = await dispatch(set.handlers, channel, args, () => undefined);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };

    const opened = await timed(() => call<ProjectView>('project.open', { path: file }));
    let view = opened.value;
    console.log(line('open (to first screen)', [opened], 500));
    const pages = [];
    for (let i = 0; i < 3; i += 1) pages.push(await timed(() => call<ProjectView>('project.current', {})));
    console.log(line('project.current', pages));

    // The translator looks at the first screen for a moment before the first edit (the handlers prepare edits then).
    await new Promise((done) => setTimeout(done, 1500));
    const results: Record<string, Timing[]> = { merge: [], split: [], confirm: [], 'note add': [], undo: [], redo: [] };
    const first: Record<string, Timing> = {};
    const step = async (name: string, channel: string, args: unknown): Promise<void> => {
      const done = await timed(() => call<EditResult>(channel, args));
      view = applyEdit(view, done.value);
      if (first[name] === undefined) first[name] = done;
      else results[name].push(done);
    };
    const total = view.snapshot.pairs.length;
    for (let round = 0; round < ROUNDS; round += 1) {
      const at = Math.floor(((round + 0.5) / ROUNDS) * (total - 10));
      const pair = view.snapshot.pairs[at];
      await step('merge', 'pairs.merge', { pairId: pair.id, direction: 'next' });
      await step('split', 'pairs.split', { pairId: pair.id, srcCount: pair.src.length, tgtCount: pair.tgt.length });
      await step('confirm', 'pairs.confirm', { pairIds: [view.snapshot.pairs[at + 3].id], confirmed: true });
      await step('note add', 'notes.add', { target: { pairId: pair.id }, text: `bench note ${round}` });
      await step('undo', 'history.undo', {});
      await step('redo', 'history.redo', {});
      await step('undo', 'history.undo', {});
    }
    for (const name of Object.keys(results)) console.log(line(`${name} (first)`, [first[name]]));
    for (const name of Object.keys(results)) console.log(line(name, results[name], 100));
    const check = await call<ProjectView>('project.current', {});
    const same = JSON.stringify(check.snapshot.pairs.map((p) => [p.id, p.src, p.tgt, p.origin, p.notes.length])) ===
      JSON.stringify(view.snapshot.pairs.map((p) => [p.id, p.src, p.tgt, p.origin, p.notes.length]));
    console.log(`  renderer's copy after the edits matches the store: ${same ? 'yes' : 'NO'}`);
    await set.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('app-latency.ts')) await run();
