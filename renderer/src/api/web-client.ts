/**
 * `window.sverka` for a browser tab served by the browser host: the same API as the desktop preload, over
 * fetch (requests) and EventSource (events). The token comes from the address the host printed and is kept in
 * session storage so a reload keeps working.
 */
import { buildRequestApi, type SverkaApi } from '../../../shared/ipc/api';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { AppEvent } from '../../../shared/ipc/events';
import type { IpcResult } from '../../../shared/ipc/result';

const TOKEN_KEY = 'sverka.token';

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function parseResult(response: Response): Promise<IpcResult<unknown>> {
  try {
    return (await response.json()) as IpcResult<unknown>;
  } catch {
    return { ok: false, error: { key: 'web.unreachable', params: { status: response.status } } };
  }
}

/** Creates the browser implementation of the API. */
export function createWebClient(): SverkaApi {
  const token = takeToken();
  const listeners = new Set<(event: AppEvent) => void>();
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  source.onmessage = (message: MessageEvent<string>) => {
    const event = JSON.parse(message.data) as AppEvent;
    for (const listener of listeners) listener(event);
  };
  const requests = buildRequestApi(CHANNELS, async (channel, args) => {
    try {
      const response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': token },
        body: JSON.stringify(args ?? {}),
      });
      return await parseResult(response);
    } catch {
      return { ok: false, error: { key: 'web.unreachable', params: { status: 0 } } };
    }
  });
  return {
    ...requests,
    platform: {
      host: 'web',
      async pathForFile(file) {
        const blob = file as File;
        const response = await fetch(`/api/upload?name=${encodeURIComponent(blob.name)}`, {
          method: 'POST',
          headers: { 'X-Sverka-Token': token, 'Content-Type': 'application/octet-stream' },
          body: blob,
        });
        const result = await parseResult(response);
        if (!result.ok) throw new Error(result.error.key);
        return result.value as string;
      },
      async reveal(path) {
        const link = document.createElement('a');
        link.href = `/api/download?token=${encodeURIComponent(token)}&path=${encodeURIComponent(path)}`;
        link.download = '';
        document.body.append(link);
        link.click();
        link.remove();
      },
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
