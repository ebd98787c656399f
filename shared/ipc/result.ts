/**
 * What crosses the process boundary instead of a thrown error: a value, or an i18next key (namespace
 * "errors") with its parameters that the renderer turns into a message in the user's language.
 */

/** A user-facing error as plain data. */
export interface IpcError {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The result of every request. */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** Wraps an error key and parameters as a failed result. */
export function fail<T = never>(key: string, params: Readonly<Record<string, string | number>> = {}): IpcResult<T> {
  return { ok: false, error: { key, params } };
}
