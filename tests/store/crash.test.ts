/**
 * Crash safety and concurrent use, with real processes: a child process works on a project file and is killed
 * with SIGKILL; the file must open, pass integrity_check and hold every action the child reported committed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, openProject } from '../../electron/main/store/index';
import { isSverkaError } from '../../shared/errors';
import { numberedInput, temporaryFolder } from './fixtures';

const CHILD = fileURLToPath(new URL('./child/store-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Child {
  readonly process: ChildProcess;
  readonly lines: string[];
  /** Resolves when a line matching `pattern` has been printed. */
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

function startChild(...args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
        waiter.resolve(line);
        waiters.splice(waiters.indexOf(waiter), 1);
      }
    }
  });
  // 'close' comes after the last output line was read, so every reported action is in `lines`.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    process: child,
    lines,
    exited,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const found = lines.find((line) => pattern.test(line));
        if (found !== undefined) {
          resolve(found);
          return;
        }
        waiters.push({ pattern, resolve });
        void exited.then((code) => reject(new Error(`child exited (${code}) before ${pattern}: ${stderr}`)));
      }),
  };
}

async function kill(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

function integrity(file: string): string {
  const db = new Database(file);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

let folder: ReturnType<typeof temporaryFolder>;
let file: string;
beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.dir, 'crash.sverka');
});
afterEach(() => folder.remove());

describe('another process', () => {
  it('holding the project makes opening fail with "already open"; once it dies (SIGKILL) the project opens', async () => {
    await (await createProject(file, numberedInput(10), { lexicon: null })).close();
    const child = startChild('hold', file);
    await child.waitFor(/^open$/);
    const error = await openProject(file, { lexicon: null }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isSverkaError(error) && error.key).toBe('project.alreadyOpen');
    await kill(child);
    const project = await openProject(file, { lexicon: null });
    expect((await project.summary()).pairs).toBe(10);
    await project.close();
  });
});

describe('killed with SIGKILL', () => {
  it('in a burst of edits: the file opens, is intact and holds every reported action', async () => {
    await (await createProject(file, numberedInput(400), { lexicon: null })).close();
    const child = startChild('burst', file, '100000');
    await child.waitFor(/^committed 150$/);
    await kill(child);
    const committed = child.lines.filter((line) => line.startsWith('committed ')).map((line) => Number(line.slice(10)));
    const last = Math.max(...committed);
    expect(last).toBeGreaterThanOrEqual(150);
    expect(integrity(file)).toBe('ok');

    const project = await openProject(file, { lexicon: null });
    const snapshot = await project.snapshot();
    expect(snapshot.pairs.flatMap((p) => p.src)).toEqual(snapshot.source.sentences.map((s) => s.index));
    expect(snapshot.pairs.flatMap((p) => p.tgt)).toEqual(snapshot.target.sentences.map((s) => s.index));
    const notes = new Set(snapshot.pairs.flatMap((p) => p.notes.map((n) => n.text)));
    for (let i = 4; i <= last; i += 4) expect(notes.has(`action ${i}`)).toBe(true);
    // Actions the child had no time to report may or may not be there, but nothing beyond the next one.
    for (let i = last + 2; i <= last + 12; i++) expect(notes.has(`action ${i}`)).toBe(false);
    // Every committed action can still be undone, one by one.
    expect((await project.history()).canUndo).toBe(true);
    await project.undo();
    await project.close();
  });

  it('in the middle of one long action: earlier actions are kept, the long one is all or nothing', async () => {
    await (await createProject(file, numberedInput(20_000), { lexicon: null })).close();
    const child = startChild('long', file);
    await child.waitFor(/^long-start$/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await kill(child);
    expect(integrity(file)).toBe('ok');
    const project = await openProject(file, { lexicon: null });
    const summary = await project.summary();
    expect(summary.notes).toBe(1);
    if (child.lines.includes('long-done')) expect(summary.pairsByOrigin.confirmed).toBe(20_000);
    else expect([0, 20_000]).toContain(summary.pairsByOrigin.confirmed);
    await project.close();
  });

  it('in the middle of importing a revision: the earlier note is kept, the revision is all or nothing', async () => {
    await (await createProject(file, numberedInput(20_000), { lexicon: null })).close();
    const child = startChild('revision', file);
    await child.waitFor(/^update-start$/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await kill(child);
    expect(integrity(file)).toBe('ok');
    const project = await openProject(file, { lexicon: null });
    const summary = await project.summary();
    expect(summary.notes).toBe(1);
    if (child.lines.includes('update-done')) expect(summary.revisions.src).toBe(2);
    else expect([1, 2]).toContain(summary.revisions.src);
    const snapshot = await project.snapshot();
    expect(snapshot.pairs.flatMap((p) => p.src)).toEqual(snapshot.source.sentences.map((s) => s.index));
    await project.close();
  });

  it('while creating a large project: the path holds either nothing or the complete project', async () => {
    const child = startChild('import', file, '20000');
    await child.waitFor(/^start$/);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await kill(child);
    if (fs.existsSync(file)) {
      // Killed after the finished file was moved into place: it must be whole.
      expect(integrity(file)).toBe('ok');
      const project = await openProject(file, { lexicon: null });
      expect((await project.summary()).pairs).toBe(20_000);
      await project.close();
      fs.rmSync(file);
    } else {
      expect(child.lines).not.toContain('done');
    }
    // A new attempt succeeds, gives a complete project and clears what the killed process left behind.
    await (await createProject(file, numberedInput(50), { lexicon: null })).close();
    expect(fs.readdirSync(folder.dir)).toEqual(['crash.sverka']);
    const project = await openProject(file, { lexicon: null });
    expect((await project.summary()).pairs).toBe(50);
    await project.close();
  });
});
