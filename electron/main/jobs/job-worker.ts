/**
 * Entry point of a job worker thread: runs the one job in `workerData` and posts progress, then the result or
 * the error (user-facing errors keep their i18next key).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isSverkaError } from '../../../shared/errors';
import { executeJob } from './job-tasks';
import type { JobRequest, WorkerMessage } from './job-types';

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage): void => port.postMessage(message);
  executeJob(workerData as JobRequest, (stage, fraction) => post({ type: 'progress', stage, fraction })).then(
    (value) => post({ type: 'done', value }),
    (error: unknown) =>
      post(
        isSverkaError(error)
          ? { type: 'error', key: error.key, params: error.params, message: error.message }
          : { type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      ),
  );
}
