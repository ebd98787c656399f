/** Reads a text file in any common encoding, with a user-facing SverkaError for every way it can fail. */
import { readFile, stat } from 'node:fs/promises';
import { SverkaError } from '../../../shared/errors';
import { decodeUnicode, type DecodedText, type DecodeFailure } from './decode-unicode';

/**
 * decodeText (decode-text.ts) with the charset detector and the code-page tables loaded only for bytes that are
 * not Unicode: loading them is most of a command's start-up after Node's own, and most files are UTF-8.
 */
export async function decodeFileBytes(bytes: Uint8Array): Promise<DecodedText | DecodeFailure> {
  const unicode = decodeUnicode(bytes);
  if (unicode !== 'code page') return unicode;
  const { decodeCodePage } = await import('./decode-text');
  return decodeCodePage(bytes);
}

/** Files larger than this are refused (a whole book is a few megabytes). */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

/** A decoded text file. */
export interface TextFile {
  /** The text, without a byte-order mark, newlines as "\n". */
  readonly text: string;
  /** The encoding it was read in: "utf-8", "utf-16le", "utf-16be", "windows-1251", "koi8-r", "windows-1252"… */
  readonly encoding: string;
  /** Whether the file started with a byte-order mark. */
  readonly bom: boolean;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
}

function fileError(error: unknown, path: string): SverkaError {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new SverkaError('file.notFound', { path }, { cause: error });
    case 'EISDIR':
      return new SverkaError('file.isDirectory', { path }, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new SverkaError('file.unreadable', { path }, { cause: error });
    default:
      return new SverkaError('file.unreadable', { path }, { cause: error });
  }
}

/**
 * Reads and decodes a text file. Throws SverkaError with key file.notFound, file.isDirectory, file.unreadable,
 * file.tooLarge, file.empty, file.binary or file.undecodable (params: {path}, plus {limitMb} for tooLarge).
 */
export async function readTextFile(path: string): Promise<TextFile> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new SverkaError('file.isDirectory', { path });
    size = info.size;
  } catch (error) {
    throw error instanceof SverkaError ? error : fileError(error, path);
  }
  if (size > MAX_TEXT_FILE_BYTES) throw new SverkaError('file.tooLarge', { path, limitMb: MAX_TEXT_FILE_BYTES / 1024 / 1024 });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileError(error, path);
  }
  const decoded = await decodeFileBytes(bytes);
  if (decoded === 'binary') throw new SverkaError('file.binary', { path });
  if (decoded === 'undecodable') throw new SverkaError('file.undecodable', { path });
  if (decoded.text.trim() === '') throw new SverkaError('file.empty', { path });
  return decoded;
}
