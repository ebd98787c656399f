/**
 * Checks a ZIP archive (a DOCX) before anything inflates it: entry count, declared sizes and compression ratios
 * from the central directory, then every entry inflated as a stream and counted, so an archive that lies about
 * its sizes is caught too (yauzl stops a stream that yields more than the directory declared).
 */
import yauzl from 'yauzl';
import { SverkaError } from '../../../shared/errors';
import { looksLikeZip } from './zip-signature';

/** Limits for an archive to be opened. */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Sum of the uncompressed sizes of all entries. */
  readonly maxTotalBytes: number;
  /** Uncompressed size / compressed size above which a large entry is taken for a bomb. */
  readonly maxRatio: number;
  /** Entries smaller than this are not checked for their ratio (small XML parts compress very well). */
  readonly ratioFloorBytes: number;
}

/** Limits for DOCX files: generous for books with pictures, far below what would exhaust memory. */
export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error !== null || zip === undefined) reject(error ?? new Error('no zip'));
      else resolve(zip);
    });
  });
}

function countEntryBytes(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error !== null || stream === undefined) {
        reject(error ?? new Error('no stream'));
        return;
      }
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) stream.destroy(new Error('entry larger than allowed'));
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(total));
    });
  });
}

/**
 * Throws format.zipBomb when the archive would inflate beyond the limits, format.notZip when it is not an archive
 * at all; returns the entry names.
 */
export async function assertSafeZip(bytes: Buffer, file: string, limits: ZipLimits = DOCX_ZIP_LIMITS): Promise<string[]> {
  if (!looksLikeZip(bytes)) throw new SverkaError('format.notZip', { file });
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    throw new SverkaError('format.notZip', { file }, { cause: error });
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new SverkaError('format.zipBomb', { file });
  }
  const names: string[] = [];
  let declared = 0;
  let inflated = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        declared += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (declared > limits.maxTotalBytes || (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) {
          reject(new SverkaError('format.zipBomb', { file }));
          return;
        }
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        countEntryBytes(zip, entry, limits.maxTotalBytes - inflated).then((count) => {
          inflated += count;
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof SverkaError) throw error;
    // An entry that inflates beyond its declared size or the limit, or a damaged stream.
    throw new SverkaError('format.zipBomb', { file }, { cause: error });
  } finally {
    zip.close();
  }
  return names;
}
