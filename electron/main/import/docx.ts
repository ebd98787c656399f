/** DOCX import: the archive checked first (zip-guard), then mammoth turns it into HTML that importHtml reads. */
import mammoth from 'mammoth';
import { SverkaError } from '../../../shared/errors';
import { importHtml } from '../../../shared/formats/html-import';
import type { ImportedText } from '../../../shared/formats/imported-document';
import { assertSafeZip } from './zip-guard';

/**
 * Headings beyond mammoth's defaults: Title and Subtitle, and heading styles named in Russian (documents made
 * with a Russian word processor may carry localised style names).
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Название'] => h1:fresh",
  "p[style-name='Заголовок'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='Заголовок ${level}'] => h${level}:fresh`),
];

/** Reads a DOCX file's bytes into blocks: paragraphs, headings, list items, table cells, footnotes. */
export async function importDocx(bytes: Buffer, file: string): Promise<ImportedText> {
  const entries = await assertSafeZip(bytes, file);
  if (!entries.includes('word/document.xml')) throw new SverkaError('format.notDocx', { file });
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      // Pictures are not text: skip them instead of inlining them as data URIs.
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new SverkaError('format.docxUnreadable', { file, message: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  return { ...importHtml(html), format: 'docx' };
}
