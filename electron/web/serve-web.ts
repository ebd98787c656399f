/**
 * Composes the browser host: the shared handlers over the project store, jobs in a worker thread (in-process
 * when no built worker is present), and the HTTP server on loopback.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppEvent } from '../../shared/ipc/events';
import { createHandlers } from '../main/handlers/create-handlers';
import { InProcessJobRunner, WorkerJobRunner } from '../main/jobs/job-runner';
import { executeJob } from '../main/jobs/job-tasks';
import type { JobRunner } from '../main/jobs/job-types';
import { startWebHost, type WebHost } from './web-host';

/** Where things are and how to listen. */
export interface ServeWebOptions {
  readonly dataDir: string;
  /** The app's install root: out/renderer, out/main/job-worker.js and resources/ are found under it. */
  readonly appRoot: string;
  readonly version: string;
  readonly port?: number;
  readonly log?: (message: string) => void;
}

/** Starts the browser host; resolves with it running. */
export async function serveWeb(options: ServeWebOptions): Promise<WebHost> {
  const workerFile = join(options.appRoot, 'out', 'main', 'job-worker.cjs');
  const jobs: JobRunner = existsSync(workerFile) ? new WorkerJobRunner(workerFile) : new InProcessJobRunner(executeJob);
  // The handlers are built before the server, so events go through this holder (none are sent before it is set).
  const events: { host?: WebHost } = {};
  const set = createHandlers({
    host: 'web',
    version: options.version,
    dataDir: options.dataDir,
    sampleDir: join(options.appRoot, 'resources', 'samples', 'lavrov-osce-2026-02-06'),
    jobs,
    emit: (event: AppEvent) => events.host?.emit(event),
  });
  const running = await startWebHost({
    handlers: set.handlers,
    rendererDir: join(options.appRoot, 'out', 'renderer'),
    uploadDir: join(options.dataDir, 'uploads'),
    downloadDir: join(options.dataDir, 'exports'),
    port: options.port,
    log: options.log,
  });
  events.host = running;
  return {
    ...running,
    url: running.url,
    origin: running.origin,
    token: running.token,
    emit: running.emit,
    close: async () => {
      await set.close();
      await running.close();
    },
  };
}
