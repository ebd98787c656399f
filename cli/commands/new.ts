/**
 * `sverka new PROJECT.sverka --src FILE --tgt FILE [--src-lang xx] [--tgt-lang yy] [--presegmented] [--name NAME]`:
 * imports both files, aligns them, flags divergences and saves everything in a new project file.
 * `sverka new PROJECT.sverka --from FILE.tmx|FILE.xliff [--src-lang xx] [--tgt-lang yy] [--name NAME]`: the aligned
 * file's units become the pairs (the languages, where the file does not name them, from the options).
 * `--glossary FILE.csv|.tsv|.tbx` stores a glossary in the new project: the aligner takes its terms as extra
 * lexicon entries and the terminology check flags terms not translated as it says.
 */
import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { createProjectFromFiles } from '../../electron/main/project/create-project-from-files';
import { SverkaError } from '../../shared/errors';
import { validateLangCode } from '../../shared/lang/languages';
import type { CliContext } from '../context';

interface NewOptions {
  readonly src?: string;
  readonly tgt?: string;
  readonly from?: string;
  readonly srcLang?: string;
  readonly tgtLang?: string;
  readonly presegmented?: boolean;
  readonly name?: string;
  readonly glossary?: string;
}

/** Registers the `new` command. */
export function registerNew(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('new')
    .description(t('cli:new.description'))
    .argument('<project>', t('cli:new.project'))
    .option('--src <file>', t('cli:new.src'))
    .option('--tgt <file>', t('cli:new.tgt'))
    .option('--from <file>', t('cli:new.from'))
    .option('--src-lang <code>', t('cli:new.srcLang'))
    .option('--tgt-lang <code>', t('cli:new.tgtLang'))
    .option('--presegmented', t('cli:new.presegmented'))
    .option('--name <name>', t('cli:new.name'))
    .option('--glossary <file>', t('cli:new.glossary'))
    .action(async (projectPath: string, options: NewOptions) => {
      const presegmented = options.presegmented === true;
      const named = options.name === undefined ? {} : { name: options.name };
      const fromFile = options.from !== undefined && options.src === undefined && options.tgt === undefined;
      if (!fromFile && (options.from !== undefined || options.src === undefined || options.tgt === undefined)) {
        throw new SverkaError('format.newFiles');
      }
      // A project from an aligned file, and a glossary, need their readers (and zod, fast-xml-parser, csv-parse)
      // only then: loaded on demand, they are not part of every `sverka new`'s start.
      const project = fromFile
        ? await (await import('../../electron/main/import/project-from-bilingual')).createProjectFromBilingual(projectPath, options.from as string, {
            ...named,
            // Where the file does not name its languages.
            ...(options.srcLang === undefined ? {} : { srcLang: validateLangCode(options.srcLang) }),
            ...(options.tgtLang === undefined ? {} : { tgtLang: validateLangCode(options.tgtLang) }),
          })
        : await createProjectFromFiles(
            projectPath,
            { path: options.src as string, presegmented, ...(options.srcLang === undefined ? {} : { lang: options.srcLang }) },
            { path: options.tgt as string, presegmented, ...(options.tgtLang === undefined ? {} : { lang: options.tgtLang }) },
            { ...named, ...(options.glossary === undefined ? {} : { glossaryFile: options.glossary }) },
          );
      if (fromFile && options.glossary !== undefined) {
        // The languages of an aligned file are known once it is read: the glossary goes in afterwards, and a bad
        // one leaves no project behind.
        try {
          await (await import('../../electron/main/project/import-glossary')).importGlossaryFile(project, options.glossary);
        } catch (error) {
          await project.close();
          rmSync(projectPath, { force: true });
          throw error;
        }
      }
      try {
        const summary = await project.summary();
        context.stdout.write(
          `${t('cli:new.created', {
            path: projectPath,
            pairs: t('cli:count.pairs', { count: summary.pairs }),
            flags: t('cli:count.flags', { count: summary.flags }),
          })}\n`,
        );
      } finally {
        await project.close();
      }
    });
}
