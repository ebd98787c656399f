/**
 * File to text: one entry for every document a project can start from. The kind of file is chosen by its
 * extension and checked against its first bytes (a ".txt" that is really a DOCX or an HTML page is read as
 * such). The size is checked before the file is read, so a huge file costs nothing.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { SverkaError } from '../../../shared/errors';
import type { BilingualFile, LanguageFallback } from '../../../shared/formats/bilingual';
import { plainTextDocument, type ImportedText } from '../../../shared/formats/imported-document';
import { decodeFileBytes } from '../io/read-text-file';
import { looksLikeZip } from './zip-signature';

// The reader of each format other than plain text is loaded when a file of that format comes: with the libraries
// they stand on (mammoth, htmlparser2, marked, fast-xml-parser, zod, yauzl), loading them all was about 0.15 s of
// every `sverka new` on plain text files.

/** The largest file Sverka imports (a long book in DOCX with pictures stays well under it). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Kinds of file the importers read. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'tmx' | 'xliff';

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.docx': 'docx', '.docm': 'docx', '.dotx': 'docx',
  '.tmx': 'tmx',
  '.xlf': 'xliff', '.xliff': 'xliff', '.xlf2': 'xliff', '.sdlxliff': 'xliff', '.mqxliff': 'xliff',
};

const MB = 1024 * 1024;

/** Checks that the path is a file of an acceptable size (file.notFound / isDirectory / unreadable, format.tooLarge). */
async function checkFile(path: string, limit: number): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new SverkaError('file.isDirectory', { path });
    size = info.size;
  } catch (error) {
    if (error instanceof SverkaError) throw error;
    const code = (error as { code?: string }).code;
    throw new SverkaError(code === 'ENOENT' || code === 'ENOTDIR' ? 'file.notFound' : 'file.unreadable', { path }, { cause: error });
  }
  if (size > limit) {
    throw new SverkaError('format.tooLarge', { file: basename(path), size: Math.ceil(size / MB), limit: Math.floor(limit / MB) });
  }
  return size;
}

/** Decodes a text file's bytes (file.binary, file.undecodable, file.empty as readTextFile says). */
async function decode(bytes: Uint8Array, path: string): Promise<{ text: string; encoding: string }> {
  const decoded = await decodeFileBytes(bytes);
  if (decoded === 'binary') throw new SverkaError('file.binary', { path });
  if (decoded === 'undecodable') throw new SverkaError('file.undecodable', { path });
  if (decoded.text.trim() === '') throw new SverkaError('file.empty', { path });
  return decoded;
}

/** Reads the whole file after its size was checked (reading at most `size` bytes even if it grew meanwhile). */
async function readChecked(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/** What the first bytes say the file is, when they say it clearly. */
export function sniffFormat(bytes: Uint8Array): ImportFormat | undefined {
  if (looksLikeZip(bytes)) return 'docx';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').split('\u0000').join('');
  const start = head.replace(/^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/, '');
  if (/^<tmx[\s>]/i.test(start) || (/^<!DOCTYPE\s+tmx/i.test(start))) return 'tmx';
  if (/^<xliff[\s>]/i.test(start) || /^<!DOCTYPE\s+xliff/i.test(start)) return 'xliff';
  if (/^<!DOCTYPE\s+html/i.test(start) || /^<html[\s>]/i.test(start)) return 'html';
  return undefined;
}

/** The format of a file: its first bytes when they are clear, else its extension, else plain text. */
export function detectImportFormat(path: string, bytes: Uint8Array): ImportFormat {
  const byExtension = BY_EXTENSION[extname(path).toLowerCase()];
  const sniffed = sniffFormat(bytes);
  // A DOCX must be a zip: say so instead of decoding an archive-looking name as text.
  if (byExtension === 'docx') return 'docx';
  return sniffed ?? byExtension ?? 'text';
}

/** Options for reading a file. */
export interface ImportOptions {
  /** Overrides MAX_IMPORT_BYTES (tests, or a caller with other limits). */
  readonly maxBytes?: number;
}

/** Options for reading a bilingual file: the languages to assume where the file does not name them. */
export interface BilingualImportOptions extends ImportOptions, LanguageFallback {}

/**
 * Reads a document for one side of a project: plain text, Markdown, HTML or DOCX, with its paragraphs and their
 * kinds. A TMX or XLIFF file is refused here (format.bilingual): it becomes a project through importBilingual.
 */
export async function importDocument(path: string, options: ImportOptions = {}): Promise<ImportedText> {
  const file = basename(path);
  const size = await checkFile(path, options.maxBytes ?? MAX_IMPORT_BYTES);
  const bytes = await readChecked(path, size);
  const format = detectImportFormat(path, bytes);
  try {
    switch (format) {
      case 'docx':
        return await (await import('./docx')).importDocx(bytes, file);
      case 'tmx':
      case 'xliff':
        throw new SverkaError('format.bilingual', { file });
      case 'html': {
        const { text, encoding } = await decode(bytes, path);
        const { importHtml } = await import('../../../shared/formats/html-import');
        return emptyCheck(importHtml(text, encoding), path);
      }
      case 'markdown': {
        const { text, encoding } = await decode(bytes, path);
        const { importMarkdown } = await import('../../../shared/formats/markdown');
        return emptyCheck(importMarkdown(text, encoding), path);
      }
      case 'text': {
        const { text, encoding } = await decode(bytes, path);
        return emptyCheck(plainTextDocument(text, encoding), path);
      }
    }
  } catch (error) {
    // Markup nested thousands of levels deep exhausts the parsers' recursion: a hostile file, not a crash.
    if (error instanceof RangeError) throw new SverkaError('format.tooDeep', { file }, { cause: error });
    throw error;
  }
}

function emptyCheck(doc: ImportedText, path: string): ImportedText {
  if (doc.paragraphs.length === 0) throw new SverkaError('file.empty', { path });
  return doc;
}

/** Decodes an XML file: by its byte order mark, else by the encoding its declaration names, else as text. */
async function decodeXml(bytes: Uint8Array, path: string): Promise<string> {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (!hasBom && declared !== undefined && !/^utf-?8$/.test(declared)) {
    const text = (await import('../io/decode-text')).decodeNamedEncoding(bytes, declared);
    if (text !== undefined) return text;
  }
  return (await decode(bytes, path)).text;
}

/** Reads a TMX or XLIFF file into its pairs (format.notBilingual for anything else). */
export async function importBilingual(path: string, options: BilingualImportOptions = {}): Promise<BilingualFile> {
  const file = basename(path);
  const size = await checkFile(path, options.maxBytes ?? MAX_IMPORT_BYTES);
  const bytes = await readChecked(path, size);
  const format = detectImportFormat(path, bytes);
  if (format !== 'tmx' && format !== 'xliff') throw new SverkaError('format.notBilingual', { file });
  const text = await decodeXml(bytes, path);
  const fallback = {
    ...(options.srcLang === undefined ? {} : { srcLang: options.srcLang }),
    ...(options.tgtLang === undefined ? {} : { tgtLang: options.tgtLang }),
  };
  const result =
    format === 'tmx'
      ? (await import('../../../shared/formats/tmx')).parseTmx(text, fallback)
      : (await import('../../../shared/formats/xliff')).parseXliff(text, fallback);
  if (result.pairs.length === 0) throw new SverkaError('file.empty', { path });
  return result;
}
