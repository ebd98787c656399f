/** Remembers the main window's size, position and maximised state in the settings file. */
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import type { SettingsStore } from './handlers/settings-store';

const DEFAULT = { width: 1280, height: 820 };

/** The bounds to open with: the remembered ones when they are still on a screen. */
export function initialBounds(settings: SettingsStore): { bounds: Partial<Rectangle>; maximized: boolean } {
  const saved = settings.get().window;
  if (!saved) return { bounds: DEFAULT, maximized: false };
  const visible = screen.getAllDisplays().some(({ workArea }) =>
    saved.x < workArea.x + workArea.width && saved.x + saved.width > workArea.x && saved.y < workArea.y + workArea.height && saved.y + saved.height > workArea.y,
  );
  return { bounds: visible ? saved : { width: saved.width, height: saved.height }, maximized: saved.maximized };
}

/** Saves the window's state when it moves, resizes or closes (debounced). */
export function trackWindowState(window: BrowserWindow, settings: SettingsStore): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    settings.update({ window: { ...bounds, maximized: window.isMaximized() } });
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
