/**
 * Two ways to run long jobs: in a worker thread (the app and the browser host, so the process stays
 * responsive and Cancel stops the work at once) and in-process (tests and source runs without a built worker;
 * Cancel takes effect at the next progress report).
 */
import { Worker } from 'node:worker_threads';
import { SverkaError } from '../../../shared/errors';
import type { JobKind, JobKinds, JobRequest, JobRunner, ProgressReporter, WorkerMessage } from './job-types';

/**
 * Cancels that arrive before their job starts (the renderer may press Cancel while the host is still preparing
 * the job): remembered, a few at a time, so the job is refused when it does start.
 */
class EarlyCancels {
  private readonly ids: string[] = [];

  add(jobId: string): void {
    this.ids.push(jobId);
    if (this.ids.length > 64) this.ids.shift();
  }

  /** True (once) when the job was cancelled before it started. */
  take(jobId: string): boolean {
    const at = this.ids.indexOf(jobId);
    if (at >= 0) this.ids.splice(at, 1);
    return at >= 0;
  }
}

/** Runs one job request in this thread; throws to abort. */
export type JobExecutor = (request: JobRequest, onProgress: ProgressReporter) => Promise<unknown>;

/** Runs each job in a fresh worker thread started from a built worker file. */
export class WorkerJobRunner implements JobRunner {
  private readonly running = new Map<string, { worker: Worker; cancel: () => void }>();
  private readonly early = new EarlyCancels();

  constructor(private readonly workerFile: string) {}

  run<K extends JobKind>(jobId: string, kind: K, payload: JobKinds[K]['payload'], onProgress: ProgressReporter): Promise<JobKinds[K]['result']> {
    if (this.running.has(jobId)) return Promise.reject(new SverkaError('job.duplicate', { job: jobId }));
    if (this.early.take(jobId)) return Promise.reject(new SverkaError('job.cancelled'));
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.workerFile, { workerData: { kind, payload } as JobRequest });
      let settled = false;
      const settle = (action: () => void): void => {
        if (settled) return;
        settled = true;
        this.running.delete(jobId);
        action();
      };
      this.running.set(jobId, {
        worker,
        cancel: () => {
          settle(() => reject(new SverkaError('job.cancelled')));
          void worker.terminate();
        },
      });
      worker.on('message', (message: WorkerMessage) => {
        switch (message.type) {
          case 'progress':
            if (!settled) onProgress(message.stage, message.fraction);
            break;
          case 'done':
            settle(() => resolve(message.value as JobKinds[K]['result']));
            break;
          case 'error':
            settle(() => reject(message.key ? new SverkaError(message.key, message.params ?? {}) : new Error(message.message)));
            break;
        }
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) => settle(() => reject(new Error(`job worker exited with code ${code}`))));
    });
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (job) job.cancel();
    else this.early.add(jobId);
    return true;
  }
}

/** Runs jobs on this thread; a cancelled job stops at its next progress report. */
export class InProcessJobRunner implements JobRunner {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();
  private readonly early = new EarlyCancels();

  constructor(private readonly execute: JobExecutor) {}

  async run<K extends JobKind>(jobId: string, kind: K, payload: JobKinds[K]['payload'], onProgress: ProgressReporter): Promise<JobKinds[K]['result']> {
    if (this.running.has(jobId)) throw new SverkaError('job.duplicate', { job: jobId });
    if (this.early.take(jobId)) throw new SverkaError('job.cancelled');
    this.running.add(jobId);
    const check = (): void => {
      if (this.cancelled.has(jobId)) throw new SverkaError('job.cancelled');
    };
    try {
      const value = await this.execute({ kind, payload } as JobRequest, (stage, fraction) => {
        check();
        onProgress(stage, fraction);
      });
      check();
      return value as JobKinds[K]['result'];
    } finally {
      this.running.delete(jobId);
      this.cancelled.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    if (this.running.has(jobId)) this.cancelled.add(jobId);
    else this.early.add(jobId);
    return true;
  }
}
