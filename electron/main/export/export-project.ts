/**
 * ProjectSnapshot to bytes, one entry for every export format, and writing an export to disk atomically (a
 * temporary file next to the target, renamed over it), so a failed export never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import packageJson from '../../../package.json';
import { SverkaError } from '../../../shared/errors';
import type { ProjectSnapshot } from '../../../shared/project';
import { assertNever } from '../../../shared/types';
import type { UiLanguage } from '../../../shared/i18n/resources';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/ipc/export-formats';

/** The formats this module writes (the project JSON through the store's writer): one list with the app's. */
export { EXPORT_FORMATS, type ExportFormat };

/** Every option of every format; each format uses those that apply to it. */
export interface ExportOptions {
  /** Only confirmed pairs. */
  readonly confirmedOnly?: boolean;
  /** Leave out pairs with an empty side. */
  readonly skipEmpty?: boolean;
  /** A UTF-8 byte order mark for CSV and TSV (Excel). */
  readonly bom?: boolean;
  /** Language of notes, headings and the report. */
  readonly language?: UiLanguage;
  /** Creation time written in TMX and the report (now by default). */
  readonly date?: Date;
  /** The report lists every pair, not only those with flags or notes. */
  readonly allPairs?: boolean;
}

/** The pair-selection and encoding options, with the formats whose writers honour each one. */
export const EXPORT_OPTION_FORMATS: Readonly<Record<'confirmedOnly' | 'skipEmpty' | 'bom', readonly ExportFormat[]>> = {
  // Every writer of pairs filters them; the project JSON is the whole project, as stored.
  confirmedOnly: EXPORT_FORMATS.filter((format) => format !== 'json'),
  skipEmpty: EXPORT_FORMATS.filter((format) => format !== 'json'),
  // Only plain-text tables need a byte order mark (for Excel); XML and HTML declare their encoding.
  bom: ['csv', 'tsv'],
};

/** Whether a format's writer honours an option. */
export function exportOptionApplies(format: ExportFormat, option: keyof typeof EXPORT_OPTION_FORMATS): boolean {
  return EXPORT_OPTION_FORMATS[option].includes(format);
}

/** The usual file extension of a format. */
export function exportExtension(format: ExportFormat): string {
  return format === 'xliff' ? '.xlf' : `.${format}`;
}

/** Parses a format name (case-insensitive), throwing format.exportFormat for an unknown one. */
export function parseExportFormat(name: string): ExportFormat {
  const format = EXPORT_FORMATS.find((known) => known === name.trim().toLowerCase());
  if (format === undefined) throw new SverkaError('format.exportFormat', { format: name, formats: EXPORT_FORMATS.join(', ') });
  return format;
}

const encoder = new TextEncoder();

/**
 * Writes a snapshot in a format: the text of text formats (TMX, XLIFF, CSV, TSV, HTML, JSON), the bytes of a DOCX.
 * Each writer is loaded when its format is asked for (the DOCX one stands on docx, the TMX and XLIFF ones on zod
 * and fast-xml-parser: loading them all was about 90 ms of every export).
 */
export async function renderExport(snapshot: ProjectSnapshot, format: ExportFormat, options: ExportOptions = {}): Promise<string | Uint8Array> {
  const toolVersion = packageJson.version;
  switch (format) {
    case 'tmx':
      return (await import('../../../shared/formats/tmx')).writeTmx(snapshot, { ...options, toolVersion });
    case 'xliff':
      return (await import('../../../shared/formats/xliff')).writeXliff(snapshot, { ...options, toolVersion });
    case 'csv':
      return (await import('../../../shared/formats/csv')).writeCsv(snapshot, options);
    case 'tsv':
      return (await import('../../../shared/formats/csv')).writeTsvTable(snapshot, options);
    case 'docx':
      return (await import('./docx')).writeBilingualDocx(snapshot, options);
    case 'html':
      return (await import('../../../shared/formats/html-report')).writeHtmlReport(snapshot, { ...options, toolVersion });
    case 'json':
      // The project as data: the store's format.
      return (await import('../project/project-json')).writeProjectJson(snapshot);
    default:
      return assertNever(format);
  }
}

/** Writes a snapshot in a format, as the bytes of the file (text formats in UTF-8). */
export async function exportProject(snapshot: ProjectSnapshot, format: ExportFormat, options: ExportOptions = {}): Promise<Uint8Array> {
  const rendered = await renderExport(snapshot, format, options);
  return typeof rendered === 'string' ? encoder.encode(rendered) : rendered;
}

/**
 * Exports to a file: written to a temporary file in the same folder, then renamed over `path`
 * (project.exportWrite when the folder is missing or not writable).
 */
export async function writeExportFile(
  snapshot: ProjectSnapshot,
  format: ExportFormat,
  path: string,
  options: ExportOptions = {},
): Promise<void> {
  const bytes = await exportProject(snapshot, format, options);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new SverkaError('project.exportWrite', { path }, { cause: error });
  }
}
