/**
 * Runs the `sverka` command line with a set of sub-commands. Errors a user can cause print one translated line and
 * exit with code 2; anything else is a bug and keeps its stack trace (exit 1). `cli/index.ts` runs it with every
 * command; the build also makes one bundle per command that runs it with that command alone (see build-cli.mjs).
 */
import { Command, CommanderError } from 'commander';
import { isSverkaError } from '../shared/errors';
import { createI18n, pickUiLanguage } from '../shared/i18n/create-i18n';
import { commandsFor, type CommandEntry } from './command-entry';
import type { CliContext } from './context';

/** Exit code for errors caused by the input (bad file, unknown language, bad arguments). */
export const EXIT_USAGE = 2;

async function main(argv: readonly string[], commands: readonly CommandEntry[]): Promise<number> {
  const i18n = createI18n(pickUiLanguage(process.env.SVERKA_LANG ?? process.env.LC_ALL ?? process.env.LANG));
  const context: CliContext = { i18n, stdout: process.stdout, stderr: process.stderr };
  const program = new Command('sverka')
    .description(i18n.t('cli:program.description'))
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of await commandsFor(argv, commands)) register(program, context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (isSverkaError(error)) {
      process.stderr.write(`sverka: ${i18n.t(`errors:${error.key}`, error.params)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Runs the command line of this process with the given commands and sets its exit code. */
export function runCli(commands: readonly CommandEntry[]): void {
  main(process.argv.slice(2), commands).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`sverka: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
