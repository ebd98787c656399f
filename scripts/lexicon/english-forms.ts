// Irregular English word forms and their base words ("told" → "tell", "children" → "child"), read from Müller's
// dictionary, whose articles for such forms say only "_p. и _p-p. от tell". Snowball cannot conflate these, so
// `wordKey` looks them up before stemming (shared/lexicon/data/english-forms.json).
import { readDictd } from './dictd-reader';
import { parseMueller7Article } from './parse-mueller7';

/**
 * Forms whose article is nothing but a pointer to one base word. A form that is also an inflection of another
 * headword ("leaves" of leave as well as of leaf, "lives", "bases") is left out, as is a form with senses of its
 * own ("left", "ground", "found"), so that the table never merges two different words.
 */
export function extractEnglishForms(mueller7Path: string): Map<string, string> {
  const headwords = new Set<string>();
  const candidates = new Map<string, string>();
  for (const entry of readDictd(mueller7Path)) {
    const article = parseMueller7Article(entry.body);
    for (const headword of article.headwords) headwords.add(headword.toLowerCase());
    const [headword] = article.headwords;
    const bases = article.formOf ?? [];
    if (article.headwords.length !== 1 || bases.length !== 1 || article.translations.length > 0) continue;
    if (!/^[a-z]+$/.test(headword) || !/^[a-z]+$/.test(bases[0]) || headword === bases[0]) continue;
    candidates.set(headword, bases[0]);
  }
  const forms = new Map<string, string>();
  for (const [form, base] of [...candidates].sort(([a], [b]) => a.localeCompare(b))) {
    const regularBases = [form.replace(/s$/, ''), form.replace(/es$/, ''), form.replace(/ed$/, ''), form.replace(/d$/, '')];
    if (regularBases.some((other) => other !== form && other !== base && headwords.has(other))) continue;
    forms.set(form, base);
  }
  return forms;
}
