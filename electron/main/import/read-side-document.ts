/**
 * One side of a new project from any document file: read (text, Markdown, HTML, DOCX), language detected unless
 * given, split into sentences, paragraph kinds from the markup kept. Returns what the store's createProject takes.
 */
import { basename } from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { applyParagraphKinds } from '../../../shared/formats/imported-document';
import { detectLanguage } from '../../../shared/lang/detect-language';
import { segmentDocument } from '../../../shared/segment/segment-document';
import type { LangCode, SegmentedDocument } from '../../../shared/types';
import { importDocument, type ImportOptions } from './import-document';

/** Options for reading one side. */
export interface SideDocumentOptions extends ImportOptions {
  /** The language, already validated; detected from the text when absent. */
  readonly lang?: LangCode;
  /** One sentence per line (per block for Markdown, HTML and DOCX). */
  readonly presegmented?: boolean;
  /** The command-line option that names the language, for the "could not detect" message. */
  readonly langOption?: string;
}

/** A segmented document with its file name and encoding. */
export interface SideDocument {
  readonly document: SegmentedDocument;
  readonly fileName: string;
  readonly encoding?: string;
  /** The format the file was read as. */
  readonly format: 'text' | 'markdown' | 'html' | 'docx';
}

/** Reads and segments one side of a project. */
export async function readSideDocument(path: string, options: SideDocumentOptions = {}): Promise<SideDocument> {
  const imported = await importDocument(path, options);
  const lang = options.lang ?? detectLanguage(imported.text);
  if (lang === undefined) throw new SverkaError('align.langUndetected', { path, option: options.langOption ?? '--src-lang' });
  const segmented = segmentDocument(imported.text, lang, { presegmented: options.presegmented === true });
  const document = applyParagraphKinds(segmented, imported);
  return {
    document,
    fileName: basename(path),
    format: imported.format,
    ...(imported.encoding === undefined ? {} : { encoding: imported.encoding }),
  };
}
