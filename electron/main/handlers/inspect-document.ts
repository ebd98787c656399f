/** Reads a document the user chose for a new project and describes it: encoding, language, a preview. */
import { basename } from 'node:path';
import type { DocumentPreview } from '../../../shared/ipc/results';
import { detectLanguage } from '../../../shared/lang/detect-language';
import { importDocument } from '../import/import-document';

const PREVIEW_LINES = 6;
const PREVIEW_CHARACTERS = 600;

/** Reads the file (throwing SverkaError for a file that cannot be used) and builds its preview. */
export async function inspectDocument(path: string): Promise<DocumentPreview> {
  const document = await importDocument(path);
  const preview = document.text
    .split(/\n+/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, PREVIEW_LINES)
    .join('\n')
    .slice(0, PREVIEW_CHARACTERS);
  return {
    path,
    fileName: basename(path),
    encoding: document.encoding ?? document.format,
    lang: detectLanguage(document.text.slice(0, 20_000)) ?? null,
    preview,
    characters: document.text.length,
  };
}
