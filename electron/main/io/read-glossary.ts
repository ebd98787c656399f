// Reads a glossary file (CSV, TSV or TBX, any common encoding) for the CLI and the main process; the parsing is
// the pure shared/glossary code.
import { basename } from 'node:path';
import type { Glossary } from '../../../shared/glossary/glossary';
import { parseGlossary } from '../../../shared/glossary/parse-glossary';
import type { LangCode } from '../../../shared/types';
import { readTextFile } from './read-text-file';

/** Reads and parses a glossary between two languages; throws SverkaError for unreadable or unusable files. */
export async function readGlossary(path: string, srcLang: LangCode, tgtLang: LangCode): Promise<Glossary> {
  const { text } = await readTextFile(path);
  return parseGlossary(text, { fileName: basename(path), srcLang, tgtLang });
}
