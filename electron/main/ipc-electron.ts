/**
 * Registers every channel of the contract on ipcMain. A request is answered only when it comes from the main
 * frame of our own window; its argument is validated by `dispatch` before any handler runs.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, EVENT_CHANNEL, IPC_PREFIX } from '../../shared/ipc/channels';
import type { AppEvent } from '../../shared/ipc/events';
import { fail } from '../../shared/ipc/result';
import { dispatch, type Handlers } from './handlers/dispatch';

/** True when the event comes from our window's top frame showing our own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== window.webContents.mainFrame) return false;
  return frame.url.startsWith('file://') || (process.env.ELECTRON_RENDERER_URL !== undefined && frame.url.startsWith(process.env.ELECTRON_RENDERER_URL));
}

/** Connects the handlers to IPC. */
export function registerIpc(handlers: Handlers, getWindow: () => BrowserWindow | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, args: unknown) => {
      if (!isTrustedSender(event, getWindow())) return fail('ipc.untrustedSender');
      return dispatch(handlers, channel, args);
    });
  }
}

/** Sends an event to the window's page. */
export function sendEvent(window: BrowserWindow | null, event: AppEvent): void {
  if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
}
