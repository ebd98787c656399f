// Jobs in a real worker thread (the built job worker the app and the browser host use): progress arrives while
// the project is created, and Cancel stops the worker at once, leaving no project and no temporary file behind.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerSet } from '../../electron/main/handlers/create-handlers';
import { dispatch } from '../../electron/main/handlers/dispatch';
import { WorkerJobRunner } from '../../electron/main/jobs/job-runner';
import type { AppEvent } from '../../shared/ipc/events';
import { buildApp } from '../e2e/web-host';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'resources', 'samples', 'lavrov-osce-2026-02-06');

let dataDir: string;
let set: HandlerSet;
const events: AppEvent[] = [];

beforeAll(async () => {
  await buildApp();
  dataDir = mkdtempSync(join(tmpdir(), 'sverka-worker-'));
  set = createHandlers({
    host: 'web',
    version: 'test',
    dataDir,
    sampleDir: SAMPLE,
    jobs: new WorkerJobRunner(join(ROOT, 'out', 'main', 'job-worker.cjs')),
    emit: (event) => events.push(event),
  });
}, 300_000);

afterAll(async () => {
  await set.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (channel: string, args: unknown) => dispatch(set.handlers, channel, args, () => undefined);
const args = (jobId: string) => ({ jobId, source: { path: join(SAMPLE, 'ru.txt'), lang: 'ru' }, target: { path: join(SAMPLE, 'en.txt'), lang: 'en' } });

describe('jobs in a worker thread', () => {
  it('creates a project, reporting progress stage by stage', async () => {
    const result = await call('project.create', args('worker-1'));
    expect(result).toMatchObject({ ok: true });
    const progress = events.filter((event): event is Extract<AppEvent, { type: 'job.progress' }> => event.type === 'job.progress' && event.jobId === 'worker-1');
    expect(progress.map((event) => event.stage)).toEqual(expect.arrayContaining(['reading', 'aligning', 'flagging', 'saving']));
    const fractions = progress.map((event) => event.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    await call('project.close', {});
  });

  it('cancels creation at once: no project and no temporary file left', async () => {
    const projects = join(dataDir, 'projects');
    const before = readdirSync(projects);
    const running = call('project.create', args('worker-2'));
    // Cancel as soon as the worker reports that it is aligning.
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        if (events.some((event) => event.type === 'job.progress' && event.jobId === 'worker-2' && event.stage === 'aligning')) {
          clearInterval(timer);
          done();
        }
      }, 5);
    });
    expect(await call('job.cancel', { jobId: 'worker-2' })).toEqual({ ok: true, value: true });
    expect(await running).toEqual({ ok: false, error: { key: 'job.cancelled', params: {} } });
    expect(readdirSync(projects).sort()).toEqual(before.sort());
    expect(existsSync(join(projects, 'ru-2.sverka'))).toBe(false);
  });
});
