/** The `sverka` command line with every command: help, and any command without a bundle of its own. */
import { COMMANDS } from './commands/index';
import { runCli } from './run-cli';

runCli(COMMANDS);
