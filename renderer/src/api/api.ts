/**
 * The renderer's handle on the API: the desktop preload's `window.sverka` when present, otherwise the browser
 * client. `call` unwraps a result and throws an UiError that carries the translatable key.
 */
import type { SverkaApi } from '../../../shared/ipc/api';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { createWebClient } from './web-client';

declare global {
  interface Window {
    sverka?: SverkaApi;
  }
}

/** The API for this page. */
export const api: SverkaApi = window.sverka ?? createWebClient();

/** An error from the other side, to be shown translated. */
export class UiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.key);
  }
}

/** Awaits a request and returns its value, or throws UiError. */
export async function call<T>(request: Promise<IpcResult<T>>): Promise<T> {
  const result = await request;
  if (!result.ok) throw new UiError(result.error);
  return result.value;
}

/** A fresh id for a long job (its progress events and Cancel use it). */
export function newJobId(): string {
  return crypto.randomUUID();
}
