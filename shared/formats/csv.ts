/**
 * CSV and TSV export of a project: one row per pair with number, source, target, score, status, flags and notes.
 * Fields are quoted as RFC 4180 says (with the tab as the separator for TSV), rows end with CRLF, and an optional
 * UTF-8 byte order mark lets Excel recognise the encoding.
 */
import type { ProjectSnapshot } from '../project';
import { createI18n } from '../i18n/create-i18n';
import type { UiLanguage } from '../i18n/resources';
import { describeFlag, exportRows, type PairSelection } from './export-rows';

/** Options of the CSV and TSV writers. */
export interface DelimitedWriteOptions extends PairSelection {
  /** Start with a UTF-8 byte order mark (for Excel). */
  readonly bom?: boolean;
  /** Language of the header row, status names and flag descriptions. */
  readonly language?: UiLanguage;
}

/** Quotes one field when it holds the separator, a quote or a line break (RFC 4180). */
export function quoteField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeDelimited(snapshot: ProjectSnapshot, separator: string, options: DelimitedWriteOptions): string {
  const { t } = createI18n(options.language ?? 'en');
  const columns = ['number', 'source', 'target', 'score', 'status', 'flags', 'notes'];
  const records: string[][] = [columns.map((column) => t(`app:report.columns.${column}`))];
  for (const row of exportRows(snapshot, options)) {
    records.push([
      String(row.number),
      row.source,
      row.target,
      String(Number(row.pair.score.toFixed(4))),
      t(`app:report.origin.${row.pair.origin}`),
      row.flags.map((flag) => describeFlag(flag, row, t)).join('\n'),
      row.pair.notes.map((note) => note.text).join('\n'),
    ]);
  }
  const body = records.map((record) => record.map((field) => quoteField(field, separator)).join(separator)).join('\r\n');
  return `${options.bom === true ? '\uFEFF' : ''}${body}\r\n`;
}

/** Writes a project as CSV (comma-separated). */
export function writeCsv(snapshot: ProjectSnapshot, options: DelimitedWriteOptions = {}): string {
  return writeDelimited(snapshot, ',', options);
}

/** Writes a project as TSV (tab-separated, quoted like CSV where a field needs it). */
export function writeTsvTable(snapshot: ProjectSnapshot, options: DelimitedWriteOptions = {}): string {
  return writeDelimited(snapshot, '\t', options);
}
