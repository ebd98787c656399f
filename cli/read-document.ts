import { readTextFile } from '../electron/main/io/read-text-file';
import { SverkaError } from '../shared/errors';
import { detectLanguage } from '../shared/lang/detect-language';
import { validateLangCode } from '../shared/lang/languages';
import { segmentDocument } from '../shared/segment/segment-document';
import type { LangCode, SegmentedDocument } from '../shared/types';

/**
 * Reads a plain-text file given to `sverka align` or `sverka check` and segments it, in the language named on the
 * command line (`option` names that option for the error when detection fails) or detected from the text.
 * Plain text only, on purpose: these commands sit on the alignment speed budget, and the document importers
 * (DOCX, HTML) are for `sverka new`.
 */
export async function readCliDocument(path: string, lang: string | undefined, option: string, presegmented: boolean): Promise<SegmentedDocument> {
  const explicit = lang === undefined ? undefined : validateLangCode(lang);
  const { text } = await readTextFile(path);
  const resolved: LangCode | undefined = explicit ?? detectLanguage(text);
  if (resolved === undefined) throw new SverkaError('align.langUndetected', { path, option });
  return segmentDocument(text, resolved, { presegmented });
}
