/**
 * Long work that runs off the main thread (a worker thread in both hosts): what each job takes and returns.
 * Payloads and results are plain data (structured-cloned into and out of the worker).
 */
import type { ProjectSnapshot } from '../../../shared/project';
import type { ExportFormat } from '../../../shared/ipc/schemas';
import type { ExportResult, RevisionUpdate } from '../../../shared/ipc/results';
import type { LangCode, Side } from '../../../shared/types';
import type { UiLanguage } from '../../../shared/i18n/resources';
import type { GlossaryImport } from '../project/import-glossary';

/** Every job kind with its payload and result. */
export interface JobKinds {
  /** Import both documents, align, flag, and write a new project file. */
  'create-project': {
    payload: {
      readonly projectPath: string;
      readonly source: { readonly path: string; readonly lang: LangCode };
      readonly target: { readonly path: string; readonly lang: LangCode };
    };
    result: { readonly projectPath: string };
  };
  /**
   * Realign a project file from a pair down (confirmed pairs kept as anchors). The project must be closed by
   * the caller first (a project file is open in one place at a time) and reopened after.
   */
  realign: {
    payload: { readonly projectPath: string; readonly pairId: number };
    result: null;
  };
  /** Import a new revision of one side into a project file (closed by the caller first, like `realign`). */
  'update-side': {
    payload: { readonly projectPath: string; readonly side: Side; readonly path: string; readonly lang?: LangCode };
    result: RevisionUpdate;
  };
  /** Add a second translation to a project file (closed by the caller first, like `realign`). */
  'add-alternate': {
    payload: { readonly projectPath: string; readonly path: string; readonly name?: string };
    result: null;
  };
  /** Add a glossary file's terms to a project file and check the flags again (closed by the caller first, like `realign`). */
  'import-glossary': {
    payload: { readonly projectPath: string; readonly path: string };
    result: GlossaryImport;
  };
  /** Write a snapshot in one export format. */
  export: {
    payload: {
      readonly snapshot: ProjectSnapshot;
      readonly format: ExportFormat;
      readonly outPath: string;
      readonly confirmedOnly: boolean;
      readonly skipEmpty: boolean;
      readonly bom: boolean;
      /** Language of the notes and headings an export writes (the UI language). */
      readonly language: UiLanguage;
    };
    result: ExportResult;
  };
}

/** One job kind. */
export type JobKind = keyof JobKinds;

/** A job as sent to a runner. */
export type JobRequest = { [K in JobKind]: { readonly kind: K; readonly payload: JobKinds[K]['payload'] } }[JobKind];

/** Reports progress: a stage name (an i18next key under `app:job.stage`) and a fraction in 0..1. */
export type ProgressReporter = (stage: string, fraction: number) => void;

/** Runs jobs off the calling thread and cancels them. */
export interface JobRunner {
  run<K extends JobKind>(jobId: string, kind: K, payload: JobKinds[K]['payload'], onProgress: ProgressReporter): Promise<JobKinds[K]['result']>;
  /**
   * Stops a job: its `run` rejects with the `job.cancelled` error. A job not started yet is refused when it
   * starts (a Cancel can arrive while the host still prepares the job).
   */
  cancel(jobId: string): boolean;
}

/** Messages a worker posts back. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly stage: string; readonly fraction: number }
  | { readonly type: 'done'; readonly value: unknown }
  | { readonly type: 'error'; readonly key?: string; readonly params?: Readonly<Record<string, string | number>>; readonly message: string };
