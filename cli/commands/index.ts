import type { Command } from 'commander';
import type { CliContext } from '../context';
import { registerAlign } from './align';
import { registerCheck } from './check';
import { registerWeb } from './web';
import { registerConfirm } from './confirm';
import { registerExport } from './export';
import { registerInfo } from './info';
import { registerNew } from './new';
import { registerNote } from './note';
import { registerUpdate } from './update';

/** A CLI sub-command: adds itself to the program. */
export type RegisterCommand = (program: Command, context: CliContext) => void;

/**
 * Every sub-command, one module each. Add a line here when adding a command (small edits only:
 * several people work on this list).
 */
export const COMMANDS: readonly RegisterCommand[] = [
  registerAlign,
  registerCheck,
  registerWeb,
  registerNew,
  registerInfo,
  registerNote,
  registerConfirm,
  registerExport,
  registerUpdate,
];
