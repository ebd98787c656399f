/**
 * The main window with secure defaults: context isolation, sandbox, no Node in the page, navigation and new
 * windows blocked, permission requests denied. The page is the built renderer (or the dev server in development).
 */
import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import type { SettingsStore } from './handlers/settings-store';
import { initialBounds, trackWindowState } from './window-state';

/** Where the window's files are. */
export interface WindowPaths {
  readonly preload: string;
  readonly rendererFile: string;
  /** The renderer dev server (electron-vite dev), when running in development. */
  readonly devUrl?: string;
}

/** Creates and shows the main window. */
export function createMainWindow(paths: WindowPaths, settings: SettingsStore, icon?: string): BrowserWindow {
  const { bounds, maximized } = initialBounds(settings);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 500,
    show: false,
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  if (maximized) window.maximize();
  trackWindowState(window, settings);
  window.once('ready-to-show', () => window.show());

  const allowed = (url: string): boolean => (paths.devUrl ? url.startsWith(paths.devUrl) : url.startsWith('file://'));
  window.webContents.on('will-navigate', (event, url) => {
    if (!allowed(url) || url !== window.webContents.getURL()) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, never in an app window.
    if (/^https:\/\//u.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());

  if (paths.devUrl) void window.loadURL(paths.devUrl);
  else void window.loadFile(paths.rendererFile);
  return window;
}

/** Denies every permission request (camera, notifications, ...): Sverka needs none. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/** Where the built preload and renderer are, next to the main bundle. */
export function builtPaths(mainDir: string, devUrl: string | undefined): WindowPaths {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererFile: join(mainDir, '..', 'renderer', 'index.html'),
    ...(devUrl ? { devUrl } : {}),
  };
}
