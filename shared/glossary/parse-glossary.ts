/** Reads a glossary from the text of a CSV, TSV or TBX file, choosing the parser by file name or content. */
import type { LangCode } from '../types';
import type { Glossary } from './glossary';
import { parseCsvGlossary } from './parse-csv-glossary';
import { parseTbxGlossary } from './parse-tbx-glossary';

export { orientGlossary, reverseGlossary, type Glossary, type GlossaryEntry } from './glossary';

/** The glossary in a file's text, between the given languages. */
export function parseGlossary(text: string, options: { readonly fileName?: string; readonly srcLang: LangCode; readonly tgtLang: LangCode }): Glossary {
  const xml = /\.(tbx|xml)$/iu.test(options.fileName ?? '') || /^\uFEFF?\s*</u.test(text);
  return xml ? parseTbxGlossary(text, options.srcLang, options.tgtLang) : parseCsvGlossary(text, options.srcLang, options.tgtLang);
}
