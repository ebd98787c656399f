/**
 * Errors a user can see. Each carries an i18next key (namespace "errors") and parameters, so the CLI, the
 * main process and the renderer all turn it into a message in the user's language in one place.
 */
export class SverkaError extends Error {
  /** i18next key in the "errors" namespace, e.g. "file.empty". */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(key: string, params: Readonly<Record<string, string | number>> = {}, options?: { cause?: unknown }) {
    super(`${key} ${JSON.stringify(params)}`, options);
    this.name = 'SverkaError';
    this.key = key;
    this.params = params;
  }
}

/** True when a value is a SverkaError (also across module copies, by shape). */
export function isSverkaError(value: unknown): value is SverkaError {
  return (
    value instanceof SverkaError ||
    (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'SverkaError' &&
      typeof (value as { key?: unknown }).key === 'string')
  );
}
