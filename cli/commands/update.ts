/**
 * `sverka update PROJECT.sverka --src FILE | --tgt FILE [--lang xx] [--presegmented]`: imports a new revision of
 * one side; unchanged sentences keep their pairs, confirmations, reviews and notes; changed regions are realigned.
 */
import type { Command } from 'commander';
import { updateSideFromFile } from '../../electron/main/project/update-side-from-file';
import { withProject } from '../../electron/main/project/with-project';
import { SverkaError } from '../../shared/errors';
import type { CliContext } from '../context';

interface UpdateOptions {
  readonly src?: string;
  readonly tgt?: string;
  readonly lang?: string;
  readonly presegmented?: boolean;
}

/** Registers the `update` command. */
export function registerUpdate(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('update')
    .description(t('cli:update.description'))
    .argument('<project>', t('cli:update.project'))
    .option('--src <file>', t('cli:update.src'))
    .option('--tgt <file>', t('cli:update.tgt'))
    .option('--lang <code>', t('cli:update.lang'))
    .option('--presegmented', t('cli:new.presegmented'))
    .action(async (projectPath: string, options: UpdateOptions) => {
      if ((options.src === undefined) === (options.tgt === undefined)) throw new SverkaError('project.updateSide');
      const side = options.src !== undefined ? 'src' : 'tgt';
      const file = {
        path: (options.src ?? options.tgt) as string,
        presegmented: options.presegmented === true,
        ...(options.lang === undefined ? {} : { lang: options.lang }),
      };
      const result = await withProject(projectPath, (project) => updateSideFromFile(project, side, file));
      const { sentences } = result;
      context.stdout.write(
        `${t('cli:update.updated', {
          revision: result.revision,
          unchanged: sentences.unchanged + sentences.moved,
          changed: sentences.modified,
          added: sentences.inserted,
          removed: sentences.deleted,
          review: result.changedSinceReview,
        })}\n`,
      );
    });
}
