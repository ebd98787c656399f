/**
 * The main-process handlers behind every channel, shared by the Electron IPC registration and the browser
 * host. No `electron` import: native dialogs and the job runner come in as dependencies.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { SverkaError } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/ipc/events';
import type { ExportFormat } from '../../../shared/ipc/schemas';
import type { ProjectView } from '../../../shared/ipc/results';
import type { UiLanguage } from '../../../shared/i18n/resources';
import type { JobKinds, JobRunner } from '../jobs/job-types';
import type { Handlers } from './dispatch';
import { openProject } from '../store/index';
import { ProjectSession } from './project-session';
import { SettingsStore, settingsFile } from './settings-store';
import { inspectDocument } from './inspect-document';

/** Native dialogs (desktop only; the browser page picks files itself). */
export interface Dialogs {
  openFile(purpose: 'document' | 'project' | 'glossary'): Promise<string | null>;
  saveFile(purpose: 'project' | 'export', defaultName: string, format?: ExportFormat): Promise<string | null>;
}

/** What the handlers are given by their host. */
export interface HandlerDeps {
  readonly host: 'electron' | 'web';
  readonly version: string;
  /** The user's data folder: settings, projects and exports made without a chosen path. */
  readonly dataDir: string;
  /** The bundled sample pair (resources/samples/lavrov-osce-2026-02-06). */
  readonly sampleDir: string;
  readonly jobs: JobRunner;
  readonly emit: (event: AppEvent) => void;
  readonly dialogs?: Dialogs;
  /** Shows a file in the system file manager (desktop only). */
  readonly reveal?: (path: string) => void;
  /** Called after the UI language changed (the desktop app rebuilds its menu). */
  readonly onLanguageChanged?: (language: UiLanguage) => void;
  /** Called after a project is opened or closed (the desktop app updates its title and menu). */
  readonly onProjectChanged?: (project: { path: string; name: string } | null) => void;
}

/** The handlers plus access to the open project for the host's own use (menus, shutdown). */
export interface HandlerSet {
  readonly handlers: Handlers;
  readonly settings: SettingsStore;
  /** Opens a project as if the user chose it (command line, second instance, drop). */
  openProject(path: string): Promise<ProjectView>;
  /** Closes the open project (on quit). */
  close(): Promise<void>;
}

/** How long after a project is opened the handlers load what edits need (the view is sent and shown first). */
const PREPARE_EDITS_AFTER_MS = 300;

/** Builds the handlers over one open-project slot. */
export function createHandlers(deps: HandlerDeps): HandlerSet {
  const settings = new SettingsStore(settingsFile(deps.dataDir));
  let project: ProjectSession | null = null;

  const current = (): ProjectSession => {
    if (!project) throw new SverkaError('app.noProjectOpen');
    return project;
  };
  const openPath = async (path: string): Promise<ProjectView> => {
    if (!existsSync(path)) throw new SverkaError('project.notFound', { path });
    const opened = new ProjectSession(await openProject(path), (again) => openProject(again));
    await project?.close();
    project = opened;
    const result = await opened.view();
    settings.addRecent(path, result.snapshot.name);
    deps.onProjectChanged?.({ path, name: result.snapshot.name });
    // What the first edit needs (documents, lexicon) is read once the project is on screen, not on that edit.
    setTimeout(() => {
      if (project === opened) opened.project.prepareEdits().catch(() => undefined);
    }, PREPARE_EDITS_AFTER_MS).unref();
    return result;
  };
  const folder = (name: string): string => {
    const dir = join(deps.dataDir, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const progress = (jobId: string) => (stage: string, fraction: number) =>
    deps.emit({ type: 'job.progress', jobId, stage, fraction });

  /**
   * Creates a project file in a worker. A cancelled (terminated) worker leaves the store's temporary file behind
   * (named `.NAME.PID.creating`, and this process is still alive, so the store would not sweep it): removed here.
   */
  const createInWorker = async (jobId: string, payload: JobKinds['create-project']['payload']): Promise<void> => {
    try {
      await deps.jobs.run(jobId, 'create-project', payload, progress(jobId));
    } catch (error) {
      const dir = dirname(payload.projectPath);
      const prefix = `.${basename(payload.projectPath)}.${process.pid}.creating`;
      for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
      throw error;
    }
  };

  const handlers: Handlers = {
    'app.state': async () => ({
      uiLanguage: settings.get().uiLanguage,
      recent: settings.get().recent.filter((item) => existsSync(item.path)),
      host: deps.host,
      version: deps.version,
    }),
    'app.setUiLanguage': async ({ language }) => {
      settings.update({ uiLanguage: language });
      deps.onLanguageChanged?.(language);
      return null;
    },
    'recent.remove': async ({ path }) => settings.removeRecent(path),
    'dialog.openFile': async ({ purpose }) => (deps.dialogs ? deps.dialogs.openFile(purpose) : null),
    'dialog.saveFile': async ({ purpose, defaultName, format }) =>
      deps.dialogs ? deps.dialogs.saveFile(purpose, defaultName, format) : null,
    'document.inspect': async ({ path }) => inspectDocument(path),
    'project.create': async ({ jobId, source, target, projectPath }) => {
      const path = projectPath ?? uniquePath(folder('projects'), projectName(source.path, target.path), '.sverka');
      await createInWorker(jobId, { projectPath: path, source, target });
      return openPath(path);
    },
    'project.openSample': async ({ jobId }) => {
      const path = join(folder('projects'), 'lavrov-osce-2026-02-06.sverka');
      if (!existsSync(path)) {
        await createInWorker(jobId, {
          projectPath: path,
          source: { path: join(deps.sampleDir, 'ru.txt'), lang: 'ru' },
          target: { path: join(deps.sampleDir, 'en.txt'), lang: 'en' },
        });
      }
      return openPath(path);
    },
    'project.open': async ({ path }) => openPath(path),
    'project.updateSide': async ({ jobId, side, path, lang }) => {
      const session = current();
      const done = await session.elsewhere((projectPath) =>
        deps.jobs.run(jobId, 'update-side', { projectPath, side, path, ...(lang ? { lang } : {}) }, progress(jobId)),
      );
      return { edit: done.edit, update: done.value };
    },
    'revisions.list': async ({ side }) => current().project.revisions(side),
    'revisions.compare': async ({ side, from, to }) => {
      const comparison = await current().project.compareRevisions(side, from, to);
      // The sentence match behind it has an entry per sentence: not needed by the UI, so not sent.
      return { side, from, to, changes: comparison.changes };
    },
    'translations.list': async () => current().project.alternateTranslations(),
    'translations.add': async ({ jobId, path, name }) => {
      const session = current();
      await session.elsewhere((projectPath) => deps.jobs.run(jobId, 'add-alternate', { projectPath, path, ...(name ? { name } : {}) }, progress(jobId)));
      return session.project.alternateTranslations();
    },
    'translations.remove': async ({ alternateId }) => {
      const project = current().project;
      await project.removeAlternateTranslation(alternateId);
      return project.alternateTranslations();
    },
    'translations.compare': async ({ alternateId }) => current().project.compareTranslations(alternateId),
    'project.current': async () => (project ? project.view() : null),
    'project.close': async () => {
      await project?.close();
      project = null;
      deps.onProjectChanged?.(null);
      return null;
    },
    'pairs.merge': ({ pairId, direction }) => {
      const session = current();
      const index = session.indexOfPair(pairId);
      const region = direction === 'next' ? { start: index, end: index + 2 } : { start: index - 1, end: index + 1 };
      return session.local(region, () => session.project.merge(pairId, direction));
    },
    'pairs.split': ({ pairId, srcCount, tgtCount }) => {
      const session = current();
      const index = session.indexOfPair(pairId);
      return session.local({ start: index, end: index + 1 }, () => session.project.splitPair(pairId, srcCount, tgtCount));
    },
    'pairs.moveSentence': ({ pairId, side, which }) => {
      const session = current();
      const index = session.indexOfPair(pairId);
      const region = which === 'first' ? { start: index - 1, end: index + 1 } : { start: index, end: index + 2 };
      return session.local(region, () => session.project.moveSentence(pairId, side, which));
    },
    'pairs.insertEmpty': ({ pairId, side }) => {
      const session = current();
      const index = session.indexOfPair(pairId);
      return session.local({ start: index, end: index + 1 }, () => session.project.insertEmptyCounterpart(pairId, side));
    },
    'pairs.confirm': ({ pairIds, confirmed }) => {
      const session = current();
      const indices = session.indicesOfPairs(pairIds);
      return session.local({ start: indices.reduce((a, b) => Math.min(a, b)), end: indices.reduce((a, b) => Math.max(a, b)) + 1 }, () => session.project.confirmPairs(pairIds, confirmed));
    },
    // Realigning a book takes a while: the file is closed here, realigned by a worker thread, then reopened.
    'pairs.realignFrom': async ({ pairId, jobId }) => {
      const session = current();
      session.indexOfPair(pairId);
      const done = await session.elsewhere((projectPath) => deps.jobs.run(jobId, 'realign', { projectPath, pairId }, progress(jobId)));
      return done.edit;
    },
    'history.undo': () => {
      const session = current();
      return session.replay('undo', () => session.project.undo());
    },
    'history.redo': () => {
      const session = current();
      return session.replay('redo', () => session.project.redo());
    },
    'notes.add': ({ target, text }) => {
      const session = current();
      const index = 'pairId' in target ? session.indexOfPair(target.pairId) : session.indexOfFlag(target.flagId);
      return session.local({ start: index, end: index + 1 }, () => session.project.addNote(target, text));
    },
    'notes.update': ({ noteId, text }) => {
      const session = current();
      const index = session.indexOfNote(noteId);
      return session.local({ start: index, end: index + 1 }, () => session.project.updateNote(noteId, text));
    },
    'notes.remove': ({ noteId }) => {
      const session = current();
      const index = session.indexOfNote(noteId);
      return session.local({ start: index, end: index + 1 }, () => session.project.deleteNote(noteId));
    },
    'flags.setStatus': ({ flagId, status }) => {
      const session = current();
      const index = session.indexOfFlag(flagId);
      return session.local({ start: index, end: index + 1 }, () => session.project.setFlagStatus(flagId, status));
    },
    // Adds the glossary's terms and checks the whole project again (flags anywhere may change): a worker job,
    // since the re-check takes seconds on a long book.
    'glossary.import': async ({ jobId, path }) => {
      const session = current();
      const done = await session.elsewhere((projectPath) => deps.jobs.run(jobId, 'import-glossary', { projectPath, path }, progress(jobId)));
      return { edit: done.edit, ...done.value };
    },
    'export.run': async ({ jobId, format, path, confirmedOnly, skipEmpty, bom }) => {
      const snapshot = await current().project.snapshot();
      const outPath = path ?? uniquePath(folder('exports'), safeName(snapshot.name), `.${format === 'xliff' ? 'xlf' : format}`);
      const language = settings.get().uiLanguage ?? 'en';
      return deps.jobs.run(jobId, 'export', { snapshot, format, outPath, confirmedOnly, skipEmpty, bom, language }, progress(jobId));
    },
    'shell.reveal': async ({ path }) => {
      if (isFile(path)) deps.reveal?.(path);
      return null;
    },
    'job.cancel': async ({ jobId }) => deps.jobs.cancel(jobId),
  };

  return {
    handlers,
    settings,
    openProject: openPath,
    close: async () => {
      await project?.close();
      project = null;
    },
  };
}

/** A project name from the two document names: "ru-text + en-text" → "ru-text". */
function projectName(sourcePath: string, _targetPath: string): string {
  return safeName(basename(sourcePath, extname(sourcePath)));
}

function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, 80) || 'project';
}

/** `dir/name.ext`, or `dir/name-2.ext`... when taken. */
function uniquePath(dir: string, name: string, extension: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = join(dir, `${name}${n === 1 ? '' : `-${n}`}${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** True when a path is an existing regular file. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
