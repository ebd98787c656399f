/**
 * `sverka export PROJECT.sverka --format FORMAT [-o OUT] [--confirmed-only] [--skip-empty] [--bom]`: writes a project
 * in one of the export formats (electron/main/export). TSV is the issue-6 table (number, source, target, score,
 * status, flags, notes), not the three-column align TSV of `sverka align`. An option the chosen format's writer
 * does not honour is refused rather than silently ignored.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportOptionApplies, parseExportFormat, renderExport } from '../../electron/main/export/export-project';
import { withProject } from '../../electron/main/project/with-project';
import { SverkaError } from '../../shared/errors';
import type { CliContext } from '../context';

/** Writes a file atomically: a temporary file next to it, renamed over it. */
async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, contents);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new SverkaError('project.exportWrite', { path }, { cause: error });
  }
}

interface ExportCliOptions {
  readonly format: string;
  readonly output?: string;
  readonly confirmedOnly?: boolean;
  readonly skipEmpty?: boolean;
  readonly bom?: boolean;
}

/** The command-line spelling of each selection option. */
const OPTION_FLAGS = { confirmedOnly: '--confirmed-only', skipEmpty: '--skip-empty', bom: '--bom' } as const;

/** Registers the `export` command. */
export function registerExport(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  const formats = EXPORT_FORMATS.join(', ');
  program
    .command('export')
    .description(t('cli:export.description', { formats }))
    .argument('<project>', t('cli:export.project'))
    .requiredOption('--format <format>', t('cli:export.format'))
    .option('-o, --output <file>', t('cli:export.output'))
    .option('--confirmed-only', t('cli:export.confirmedOnly'))
    .option('--skip-empty', t('cli:export.skipEmpty'))
    .option('--bom', t('cli:export.bom'))
    .action(async (projectPath: string, options: ExportCliOptions) => {
      const format = parseExportFormat(options.format);
      for (const option of ['confirmedOnly', 'skipEmpty', 'bom'] as const) {
        if (options[option] === true && !exportOptionApplies(format, option)) {
          throw new SverkaError('format.exportOption', { format: format.toUpperCase(), option: OPTION_FLAGS[option] });
        }
      }
      // Only reads: a project on a read-only medium (or marked read-only) can be exported.
      const snapshot = await withProject(projectPath, (project) => project.snapshot(), { lexicon: null, allowReadOnly: true });
      const contents = await renderExport(snapshot, format, {
        confirmedOnly: options.confirmedOnly === true,
        skipEmpty: options.skipEmpty === true,
        bom: options.bom === true,
        language: context.i18n.language === 'ru' ? 'ru' : 'en',
      });
      if (options.output === undefined || options.output === '-') {
        if (typeof contents !== 'string') throw new SverkaError('project.exportNeedsOutput', { format });
        context.stdout.write(contents);
        return;
      }
      await writeAtomically(options.output, contents);
    });
}
