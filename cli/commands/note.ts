/** `sverka note PROJECT.sverka --pair ID --text "…"` (or `--flag ID`): adds a translator's note. */
import { InvalidArgumentError, type Command } from 'commander';
import { withProject } from '../../electron/main/project/with-project';
import { SverkaError } from '../../shared/errors';
import type { CliContext } from '../context';

/** Parses a pair or flag id as given on the command line. */
export function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new InvalidArgumentError(value);
  return id;
}

/** Registers the `note` command. */
export function registerNote(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('note')
    .description(t('cli:note.description'))
    .argument('<project>', t('cli:note.project'))
    .option('--pair <id>', t('cli:note.pair'), parseId)
    .option('--flag <id>', t('cli:note.flag'), parseId)
    .requiredOption('--text <text>', t('cli:note.text'))
    .action(async (projectPath: string, options: { readonly pair?: number; readonly flag?: number; readonly text: string }) => {
      if ((options.pair === undefined) === (options.flag === undefined)) throw new SverkaError('project.noteTarget');
      const target = options.pair !== undefined ? { pairId: options.pair } : { flagId: options.flag as number };
      const note = await withProject(projectPath, (project) => project.addNote(target, options.text), { lexicon: null });
      context.stdout.write(`${t('cli:note.added', { id: note.id })}\n`);
    });
}
