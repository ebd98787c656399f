import type { Command } from 'commander';
import type { CliContext } from '../context';

/** A CLI sub-command: adds itself to the program. */
export type RegisterCommand = (program: Command, context: CliContext) => void;

/** A sub-command by name; its module (and the libraries it needs) is loaded only when `load` is called. */
export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<RegisterCommand>;
}

/**
 * Every sub-command, one module each, loaded on demand: running `sverka align` loads the align module only, so
 * start-up does not pay for SQLite, DOCX, the web server… Add a line here when adding a command (small edits
 * only: several people work on this list).
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'align', load: async () => (await import('./align')).registerAlign },
  { name: 'check', load: async () => (await import('./check')).registerCheck },
  { name: 'web', load: async () => (await import('./web')).registerWeb },
  { name: 'new', load: async () => (await import('./new')).registerNew },
  { name: 'info', load: async () => (await import('./info')).registerInfo },
  { name: 'note', load: async () => (await import('./note')).registerNote },
  { name: 'confirm', load: async () => (await import('./confirm')).registerConfirm },
  { name: 'export', load: async () => (await import('./export')).registerExport },
  { name: 'update', load: async () => (await import('./update')).registerUpdate },
  { name: 'glossary', load: async () => (await import('./glossary')).registerGlossary },
];

/**
 * The commands to register for these arguments: only the named one when the first argument names a command,
 * every one otherwise (help, an option, an unknown or missing command), so help and errors list them all.
 */
export async function commandsFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  const named = COMMANDS.filter((entry) => entry.name === argv[0]);
  return Promise.all((named.length > 0 ? named : COMMANDS).map((entry) => entry.load()));
}
