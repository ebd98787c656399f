/**
 * The preload bridge: exposes `window.sverka`, one purpose-named method per channel of the contract (built from
 * the channel list), event subscription, and the path of a dropped file. Only contextBridge, ipcRenderer and
 * webUtils are used; nothing else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildRequestApi, type SverkaApi } from '../../shared/ipc/api';
import { CHANNELS, EVENT_CHANNEL, IPC_PREFIX } from '../../shared/ipc/channels';
import type { AppEvent } from '../../shared/ipc/events';
import type { IpcResult } from '../../shared/ipc/result';

const requests = buildRequestApi(CHANNELS, (channel, args) => ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, args) as Promise<IpcResult<unknown>>);

const api: SverkaApi = {
  ...requests,
  platform: {
    host: 'electron',
    pathForFile: async (file) => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]),
    reveal: async (path) => {
      await requests.shell.reveal({ path });
    },
  },
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('sverka', api);
