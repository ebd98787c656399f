/**
 * English irregular forms ("told", "went", "children") and their base words, which Snowball cannot conflate;
 * `wordKey` looks English words up here before stemming. The table is extracted from Müller's dictionary by
 * `npm run build:lexicons` and keeps only forms that cannot be another word too ("leaves", "left" are not in it).
 */
import table from './data/english-forms.json';

const FORMS: ReadonlyMap<string, string> = new Map(Object.entries(table.forms as Record<string, string>));

/** The base word of an irregular English form (lower case), or the word itself. */
export function englishBaseForm(word: string): string {
  return FORMS.get(word) ?? word;
}
