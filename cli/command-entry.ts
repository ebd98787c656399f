/** What a sub-command is to the command line: a name, and the module that registers it, loaded on demand. */
import type { Command } from 'commander';
import type { CliContext } from './context';

/** A CLI sub-command: adds itself to the program. */
export type RegisterCommand = (program: Command, context: CliContext) => void;

/** A sub-command by name; its module (and the libraries it needs) is loaded only when `load` is called. */
export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<RegisterCommand>;
}

/**
 * The commands to register for these arguments: only the named one when the first argument names a command,
 * every one otherwise (help, an option, an unknown or missing command), so help and errors list them all.
 */
export async function commandsFor(argv: readonly string[], commands: readonly CommandEntry[]): Promise<RegisterCommand[]> {
  const named = commands.filter((entry) => entry.name === argv[0]);
  return Promise.all((named.length > 0 ? named : commands).map((entry) => entry.load()));
}
