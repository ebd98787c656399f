/** `sverka confirm PROJECT.sverka --pair ID [--pair ID…] [--undo]`: confirms pairs (one undoable action). */
import type { Command } from 'commander';
import { withProject } from '../../electron/main/project/with-project';
import type { CliContext } from '../context';
import { parseId } from './note';

/** Registers the `confirm` command. */
export function registerConfirm(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('confirm')
    .description(t('cli:confirm.description'))
    .argument('<project>', t('cli:confirm.project'))
    .requiredOption('--pair <id>', t('cli:confirm.pair'), (value: string, previous: number[] = []) => [...previous, parseId(value)])
    .option('--undo', t('cli:confirm.undo'))
    .action(async (projectPath: string, options: { readonly pair: number[]; readonly undo?: boolean }) => {
      const confirmed = options.undo !== true;
      await withProject(projectPath, (project) => project.confirmPairs(options.pair, confirmed), { lexicon: null });
      context.stdout.write(`${t(confirmed ? 'cli:confirm.confirmed' : 'cli:confirm.unconfirmed', { count: options.pair.length })}\n`);
    });
}
