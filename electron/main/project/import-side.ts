/**
 * Reads one side of a project from a file (any format the importers know), the language validated when the
 * user named it and detected otherwise.
 */
import { validateLangCode } from '../../../shared/lang/languages';
import type { LangCode, Side } from '../../../shared/types';
import { readSideDocument } from '../import/read-side-document';
import type { ImportedDocument } from '../store/index';

/** A file chosen for one side, with its language when the user named it. */
export interface SideFile {
  readonly path: string;
  readonly lang?: LangCode;
  /** One sentence per line already: no sentence splitting. */
  readonly presegmented?: boolean;
}

/** Reads, identifies and segments one side. */
export async function importSide(file: SideFile, side: Side): Promise<ImportedDocument> {
  const read = await readSideDocument(file.path, {
    ...(file.lang === undefined ? {} : { lang: validateLangCode(file.lang) }),
    presegmented: file.presegmented === true,
    langOption: side === 'src' ? '--src-lang' : '--tgt-lang',
  });
  return { document: read.document, fileName: read.fileName, ...(read.encoding === undefined ? {} : { encoding: read.encoding }) };
}
