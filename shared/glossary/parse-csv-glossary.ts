/**
 * Glossaries in CSV (or TSV, or semicolon-separated): one concept per row, source term, target term(s), an
 * optional note. A header row naming the languages ("en,ru" or "source,target,note") is recognised and skipped;
 * several target terms in one cell are separated by "|" or ";" (when ";" is not the delimiter).
 */
import { parse } from 'csv-parse/sync';
import { SverkaError } from '../errors';
import type { LangCode } from '../types';
import type { Glossary, GlossaryEntry } from './glossary';

const LANGUAGE_HEADER = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/u;
const ROLE_HEADER = /^(source|target|src|tgt|term|translation|note|notes|comment|definition|исходный|перевод|термин|примечание)$/iu;

function primary(code: string): LangCode {
  return code.toLowerCase().split(/[-_]/u)[0] ?? code.toLowerCase();
}

/** The alternatives of a cell ("basket|baskets"). */
function split(cell: string | undefined): string[] {
  return (cell ?? '').split(/[|;]/u).map((term) => term.trim()).filter((term) => term.length > 0);
}

/** Parses a CSV/TSV glossary; languages come from a language header row, or from the arguments. */
export function parseCsvGlossary(text: string, srcLang: LangCode, tgtLang: LangCode): Glossary {
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: [',', ';', '\t'], relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, trim: true }) as string[][];
  } catch (error) {
    throw new SverkaError('glossary.malformed', { format: 'CSV', message: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  let sourceColumn = 0;
  let targetColumn = 1;
  const header = rows[0] ?? [];
  if (header.length >= 2 && header.slice(0, 2).every((cell) => LANGUAGE_HEADER.test(cell))) {
    const codes = header.map(primary);
    const s = codes.indexOf(srcLang);
    const t = codes.indexOf(tgtLang);
    if (s >= 0 && t >= 0) {
      sourceColumn = s;
      targetColumn = t;
    } else if (s < 0 && t < 0) {
      throw new SverkaError('glossary.languages', { found: codes.join(', '), expected: `${srcLang}, ${tgtLang}` });
    }
    rows = rows.slice(1);
  } else if (header.some((cell) => ROLE_HEADER.test(cell))) {
    rows = rows.slice(1);
  }
  const noteColumn = [0, 1, 2].find((column) => column !== sourceColumn && column !== targetColumn) ?? 2;
  const entries: GlossaryEntry[] = [];
  for (const row of rows) {
    const sources = split(row[sourceColumn]);
    const targets = split(row[targetColumn]);
    if (targets.length === 0 || (row[sourceColumn] ?? '').trim().startsWith('#')) continue;
    const note = row[noteColumn]?.trim();
    for (const source of sources) entries.push({ source, targets, ...(note ? { note } : {}) });
  }
  if (entries.length === 0) throw new SverkaError('glossary.empty', { format: 'CSV' });
  return { srcLang, tgtLang, entries };
}
