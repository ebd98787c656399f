/**
 * `sverka export PROJECT.sverka --format FORMAT [-o OUT]`: writes a project in one of the registered formats.
 * Each format is one entry of EXPORTERS (format name → function of the snapshot); adding a format is one line.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, renderExport } from '../../electron/main/export/export-project';
import { writeProjectJson } from '../../electron/main/project/project-json';
import { withProject } from '../../electron/main/project/with-project';
import { SverkaError } from '../../shared/errors';
import { writeAlignTsv } from '../../shared/formats/tsv';
import type { UiLanguage } from '../../shared/i18n/resources';
import type { ProjectSnapshot } from '../../shared/project';
import type { CliContext } from '../context';

/** Options every exporter receives; each uses those that apply to it. */
export interface ExporterOptions {
  readonly confirmedOnly: boolean;
  readonly skipEmpty: boolean;
  readonly bom: boolean;
  readonly language: UiLanguage;
}

/** Turns a snapshot into the contents of a file: text, or bytes for binary formats. */
export type Exporter = (snapshot: ProjectSnapshot, options: ExporterOptions) => string | Uint8Array | Promise<string | Uint8Array>;

/** Leaves out the pairs an option excludes (for exporters that do not filter themselves). */
function filtered(snapshot: ProjectSnapshot, options: ExporterOptions): ProjectSnapshot {
  if (!options.confirmedOnly && !options.skipEmpty) return snapshot;
  return {
    ...snapshot,
    pairs: snapshot.pairs.filter(
      (pair) => (!options.confirmedOnly || pair.origin === 'confirmed') && (!options.skipEmpty || (pair.src.length > 0 && pair.tgt.length > 0)),
    ),
  };
}

/** Export formats by name. Register a format with one line here. */
export const EXPORTERS: Readonly<Record<string, Exporter>> = {
  // tmx, xliff, csv, docx, html (the review report); tsv stays the align TSV below until its columns are agreed.
  ...Object.fromEntries(
    EXPORT_FORMATS.filter((format) => format !== 'tsv').map((format): [string, Exporter] => [format, (snapshot, options) => renderExport(snapshot, format, options)]),
  ),
  json: (snapshot) => writeProjectJson(snapshot),
  tsv: (snapshot, options) => {
    const pairs = filtered(snapshot, options).pairs;
    const text = writeAlignTsv(snapshot.source.sentences.map((s) => s.text), snapshot.target.sentences.map((s) => s.text), pairs);
    return options.bom ? `\uFEFF${text}` : text;
  },
};

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

/** Registers the `export` command. */
export function registerExport(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  const formats = Object.keys(EXPORTERS).join(', ');
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
      const name = options.format.trim().toLowerCase();
      const exporter = Object.hasOwn(EXPORTERS, name) ? EXPORTERS[name] : undefined;
      if (exporter === undefined) throw new SverkaError('format.exportFormat', { format: options.format, formats });
      const snapshot = await withProject(projectPath, (project) => project.snapshot(), { lexicon: null });
      const contents = await exporter(snapshot, {
        confirmedOnly: options.confirmedOnly === true,
        skipEmpty: options.skipEmpty === true,
        bom: options.bom === true,
        language: context.i18n.language === 'ru' ? 'ru' : 'en',
      });
      if (options.output === undefined || options.output === '-') {
        if (typeof contents !== 'string') throw new SverkaError('project.exportNeedsOutput', { format: name });
        context.stdout.write(contents);
        return;
      }
      await writeAtomically(options.output, contents);
    });
}
