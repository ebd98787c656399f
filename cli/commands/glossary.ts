/**
 * `sverka glossary PROJECT.sverka --import FILE`: adds the terms of a CSV, TSV or TBX glossary to the project,
 * runs the divergence checks again and prints how many entries were added and how many terminology flags there
 * are now. `sverka glossary PROJECT.sverka --list`: prints the project's glossary, one term per line.
 */
import type { Command } from 'commander';
import { importGlossaryFile } from '../../electron/main/project/import-glossary';
import { withProject } from '../../electron/main/project/with-project';
import { SverkaError } from '../../shared/errors';
import type { CliContext } from '../context';

interface GlossaryOptions {
  readonly import?: string;
  readonly list?: boolean;
}

/** Registers the `glossary` command. */
export function registerGlossary(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('glossary')
    .description(t('cli:glossary.description'))
    .argument('<project>', t('cli:glossary.project'))
    .option('--import <file>', t('cli:glossary.import'))
    .option('--list', t('cli:glossary.list'))
    .action(async (projectPath: string, options: GlossaryOptions) => {
      if ((options.import === undefined) === (options.list !== true)) throw new SverkaError('glossary.command');
      if (options.import !== undefined) {
        const file = options.import;
        const done = await withProject(projectPath, (project) => importGlossaryFile(project, file));
        context.stdout.write(
          `${t('cli:glossary.imported', {
            added: t('cli:glossary.entries', { count: done.added }),
            total: done.entries,
            flags: t('cli:glossary.terminologyFlags', { count: done.terminologyFlags }),
          })}\n`,
        );
        if (done.skipped > 0) context.stdout.write(`${t('cli:glossary.skipped', { count: done.skipped })}\n`);
        return;
      }
      const glossary = await withProject(projectPath, (project) => project.glossary(), { lexicon: null, allowReadOnly: true });
      const entries = glossary?.entries ?? [];
      for (const entry of entries) {
        context.stdout.write(`${entry.source}\t${entry.targets.join(' | ')}${entry.note === undefined ? '' : `\t${entry.note}`}\n`);
      }
      context.stdout.write(`${t('cli:glossary.total', { count: entries.length })}\n`);
    });
}
