import type { i18n } from 'i18next';

/** What every CLI command gets: the translator for messages and the output streams. */
export interface CliContext {
  readonly i18n: i18n;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}
