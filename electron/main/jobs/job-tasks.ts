/**
 * The work behind each job kind, runnable in a worker thread or in-process: create a project from two files
 * (import, segment, align, flag, store) and write an export. Progress goes to the reporter as stage + fraction.
 */
import { basename } from 'node:path';
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { assertNever } from '../../../shared/types';
import { writeExportFile } from '../export/export-project';
import { createProjectFromFiles, type CreateStage } from '../project/create-project-from-files';
import { writeProjectJson } from '../project/project-json';
import { updateSideFromFile } from '../project/update-side-from-file';
import { addAlternateFromFile } from '../project/add-alternate-from-file';
import { importGlossaryFile } from '../project/import-glossary';
import { openProject } from '../store/index';
import type { JobKinds, JobRequest, ProgressReporter } from './job-types';

/** Runs one job to its end. */
export async function executeJob(request: JobRequest, report: ProgressReporter): Promise<unknown> {
  switch (request.kind) {
    case 'create-project':
      return createFromFiles(request.payload, report);
    case 'realign':
      return realign(request.payload, report);
    case 'update-side':
      return updateSide(request.payload, report);
    case 'add-alternate':
      return addAlternate(request.payload, report);
    case 'import-glossary':
      return importGlossary(request.payload, report);
    case 'export':
      return exportToFile(request.payload, report);
    default:
      return assertNever(request);
  }
}

/** Where each stage of project creation sits on the progress bar. */
const STAGE_SPAN: Readonly<Record<CreateStage, readonly [number, number]>> = {
  reading: [0, 0.1],
  aligning: [0.1, 0.8],
  flagging: [0.8, 0.9],
  saving: [0.9, 1],
};

async function createFromFiles(payload: JobKinds['create-project']['payload'], report: ProgressReporter): Promise<JobKinds['create-project']['result']> {
  const project = await createProjectFromFiles(payload.projectPath, payload.source, payload.target, {
    onProgress: (stage, fraction) => {
      const [from, to] = STAGE_SPAN[stage];
      report(stage, from + (to - from) * fraction);
    },
  });
  await project.close();
  return { projectPath: payload.projectPath };
}

async function realign(payload: JobKinds['realign']['payload'], report: ProgressReporter): Promise<null> {
  report('aligning', 0);
  const project = await openProject(payload.projectPath);
  try {
    await project.realignFrom(payload.pairId, { onProgress: (fraction) => report('aligning', 0.95 * fraction) });
  } finally {
    await project.close();
  }
  report('saving', 1);
  return null;
}

async function updateSide(payload: JobKinds['update-side']['payload'], report: ProgressReporter): Promise<JobKinds['update-side']['result']> {
  report('reading', 0);
  const project = await openProject(payload.projectPath);
  try {
    report('aligning', 0.2);
    const result = await updateSideFromFile(project, payload.side, { path: payload.path, ...(payload.lang ? { lang: payload.lang } : {}) });
    report('saving', 1);
    const { side, revision, pairs, kept, created, removed, changedSinceReview } = result;
    return { side, revision, pairs, kept, created, removed, changedSinceReview };
  } finally {
    await project.close();
  }
}

async function addAlternate(payload: JobKinds['add-alternate']['payload'], report: ProgressReporter): Promise<null> {
  report('reading', 0);
  const project = await openProject(payload.projectPath);
  try {
    report('aligning', 0.2);
    await addAlternateFromFile(project, { path: payload.path }, payload.name);
    report('saving', 1);
    return null;
  } finally {
    await project.close();
  }
}

async function importGlossary(payload: JobKinds['import-glossary']['payload'], report: ProgressReporter): Promise<JobKinds['import-glossary']['result']> {
  report('reading', 0);
  const project = await openProject(payload.projectPath);
  try {
    report('flagging', 0.2);
    const result = await importGlossaryFile(project, payload.path);
    report('saving', 1);
    return result;
  } finally {
    await project.close();
  }
}

async function exportToFile(payload: JobKinds['export']['payload'], report: ProgressReporter): Promise<JobKinds['export']['result']> {
  report('exporting', 0);
  if (payload.format === 'json') {
    // The project JSON (align JSON plus ids, statuses and notes) is the store's own format, always complete.
    await writeFile(payload.outPath, writeProjectJson(payload.snapshot));
  } else {
    await writeExportFile(payload.snapshot, payload.format, payload.outPath, {
      confirmedOnly: payload.confirmedOnly,
      skipEmpty: payload.skipEmpty,
      bom: payload.bom,
      language: payload.language,
    });
  }
  report('exporting', 1);
  return { path: payload.outPath, fileName: basename(payload.outPath), bytes: statSync(payload.outPath).size };
}
