/**
 * The desktop app's main process: one instance, one window, the menu, the IPC handlers (shared with the browser
 * host), jobs in worker threads, and files from the command line, a second start or the OS (open-file).
 */
import { app, shell, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createI18n, pickUiLanguage } from '../../shared/i18n/create-i18n';
import type { AppEvent } from '../../shared/ipc/events';
import { createHandlers } from './handlers/create-handlers';
import { nativeDialogs } from './dialogs';
import { fileArguments } from './file-arguments';
import { registerIpc, sendEvent } from './ipc-electron';
import { WorkerJobRunner } from './jobs/job-runner';
import { installMenu } from './menu';
import { claimSingleInstance } from './single-instance';
import { builtPaths, createMainWindow, denyPermissions } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url));
const appRoot = app.isPackaged ? process.resourcesPath : join(mainDir, '..', '..');
let window: BrowserWindow | null = null;
let pendingFiles: string[] = fileArguments(process.argv, process.cwd());

if (!claimSingleInstance((argv, workingDirectory) => openFiles(fileArguments(argv, workingDirectory)))) {
  app.quit();
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFiles([path]);
  });
  void app.whenReady().then(start);
}

// Replaced in start(): the system locale can only be read once the app is ready.
let i18n = createI18n('en');
let projectOpen = false;

const emit = (event: AppEvent): void => sendEvent(window, event);

const set = createHandlers({
  host: 'electron',
  version: app.getVersion(),
  dataDir: app.getPath('userData'),
  sampleDir: join(appRoot, 'resources', 'samples', 'lavrov-osce-2026-02-06'),
  jobs: new WorkerJobRunner(join(mainDir, 'job-worker.cjs')),
  emit,
  dialogs: nativeDialogs(() => window, () => i18n),
  reveal: (path) => shell.showItemInFolder(path),
  onLanguageChanged: (language) => {
    i18n = createI18n(language);
    refreshMenu();
  },
  onProjectChanged: (project) => {
    projectOpen = project !== null;
    window?.setTitle(project ? i18n.t('app:window.titleWithProject', { name: project.name }) : i18n.t('app:window.title'));
    refreshMenu();
  },
});

function refreshMenu(): void {
  installMenu({
    i18n,
    recent: set.settings.get().recent,
    projectOpen,
    send: (command) => emit({ type: 'menu', command }),
    openRecent: (path) => openFiles([path]),
  });
}

/** Projects open at once; documents are handed to the page (the new-project form). */
function openFiles(paths: readonly string[]): void {
  if (paths.length === 0) return;
  if (!window) {
    pendingFiles = [...pendingFiles, ...paths];
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  const project = paths.find((path) => path.toLowerCase().endsWith('.sverka'));
  if (project) {
    void set.openProject(project).then(
      () => emit({ type: 'project.changed' }),
      () => emit({ type: 'files.opened', paths }),
    );
  } else {
    emit({ type: 'files.opened', paths });
  }
}

function start(): void {
  i18n = createI18n(set.settings.get().uiLanguage ?? pickUiLanguage(app.getLocale()));
  denyPermissions();
  registerIpc(set.handlers, () => window);
  refreshMenu();
  const icon = join(appRoot, 'resources', 'icons', 'icon.png');
  window = createMainWindow(builtPaths(mainDir, process.env.ELECTRON_RENDERER_URL), set.settings, existsSync(icon) ? icon : undefined);
  window.on('closed', () => {
    window = null;
  });
  window.webContents.once('did-finish-load', () => {
    const files = pendingFiles;
    pendingFiles = [];
    openFiles(files);
  });
}

app.on('window-all-closed', () => {
  void set.close().finally(() => app.quit());
});
