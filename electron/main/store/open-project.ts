/**
 * Opening and creating project files. A new project is built under a temporary name and moved into place only
 * when complete, so an interrupted import never leaves a half-written project and an existing file is never
 * replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { closeDatabase, createDatabase, finishScratch, openDatabase } from './database';
import { documentText, rememberDocumentText } from './documents';
import { importProject, type CreateProjectInput } from './import-project';
import { Project, type ProjectOptions } from './project-store';
import { currentDocuments } from './snapshot';

/**
 * Opens a project file; a SverkaError when it is not a Sverka project, newer, corrupt, open elsewhere or read-only
 * (unless `options.allowReadOnly`: then it opens for reading only, `project.readOnly` is true and every edit is
 * refused with project.readOnly).
 */
export async function openProject(file: string, options: ProjectOptions = {}): Promise<Project> {
  return openProjectFile(file, options);
}

/**
 * `openProject`; with `built`, of a file this process has just built from documents of those texts (see
 * `OpenDatabaseOptions.justBuilt`), which are not read back.
 */
function openProjectFile(file: string, options: ProjectOptions, built?: { readonly src: string; readonly tgt: string }): Project {
  const { db, readOnly } = openDatabase(file, { allowReadOnly: options.allowReadOnly === true, justBuilt: built !== undefined });
  const documents = currentDocuments(db);
  if (documents === undefined) {
    closeDatabase(db);
    throw new SverkaError('project.incomplete', { path: file });
  }
  if (built !== undefined) {
    rememberDocumentText(db, documents.src, built.src);
    rememberDocumentText(db, documents.tgt, built.tgt);
  }
  // Sentences are slices of their document's text: read both texts now, so the first screen is quick.
  documentText(db, documents.src);
  documentText(db, documents.tgt);
  return new Project(db, file, documents, options, readOnly);
}

/**
 * Gives the finished file its name without ever replacing an existing file: a hard link fails if the name is
 * taken; file systems without hard links (FAT, some network shares) fall back to a checked rename.
 */
function moveIntoPlace(temporary: string, file: string): void {
  try {
    fs.linkSync(temporary, file);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new SverkaError('project.exists', { path: file });
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  if (fs.existsSync(file)) throw new SverkaError('project.exists', { path: file });
  fs.renameSync(temporary, file);
}

/** Flushes a folder's entries (the new project's name) to disk, where the system allows opening folders. */
function syncFolder(folder: string): void {
  try {
    const descriptor = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  }
}

/** Removes temporary files of earlier creations of `file` whose process died (killed mid-import). */
function removeAbandonedTemporaries(file: string): void {
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    // The temporary file and its journal: .NAME.PID.creating, .NAME.PID.creating-wal
    const match = /^(\d+)\.creating(?:-wal|-journal|-shm)?$/u.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || match === null) continue;
    const pid = Number(match[1]);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    fs.rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates a project file from imported documents, their alignment and flags, then opens it. The file is built
 * under a temporary name and moved into place only when complete, so an interrupted import never leaves a
 * half-written project; an existing file is never overwritten.
 */
export async function createProject(file: string, input: CreateProjectInput, options: ProjectOptions = {}): Promise<Project> {
  if (fs.existsSync(file)) throw new SverkaError('project.exists', { path: file });
  if (!fs.existsSync(path.dirname(path.resolve(file)))) throw new SverkaError('project.folderNotFound', { path: file });
  removeAbandonedTemporaries(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.creating`);
  fs.rmSync(temporary, { force: true });
  const db = createDatabase(temporary, { scratch: true });
  try {
    importProject(db, input, input.name ?? path.basename(file, path.extname(file)), new Date().toISOString());
    finishScratch(db, temporary);
    moveIntoPlace(temporary, file);
    syncFolder(path.dirname(path.resolve(file)));
  } finally {
    closeDatabase(db);
    fs.rmSync(temporary, { force: true });
  }
  return openProjectFile(file, options, { src: input.source.document.text, tgt: input.target.document.text });
}

