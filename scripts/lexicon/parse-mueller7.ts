// Parses articles of Müller's English-Russian dictionary (7th edition, Debian's mueller7-dict). An article is the
// headword line, then an indented body: transcriptions in [..], part-of-speech and usage labels as `_n.`, `_биол.`,
// homonym numbers `_I`, senses numbered `1.`, `1)`, `а)`, translations separated by `,` and `;`, and examples
// ("civil war гражданская война") mixed in with them. Examples contain English words, so a segment with Latin
// letters is an example and skipped; what remains are the Russian translations.

/** A dictionary article reduced to its headwords and translation phrases, in article order. */
export interface ParsedArticle {
  readonly headwords: readonly string[];
  readonly translations: readonly string[];
  /** Words the headword is an inflected form of ("told" → "tell"), where the dictionary says so. */
  readonly formOf?: readonly string[];
}

// "_p. и _p-p. от tell", "_pl. от child", "(_comp. от good 1)": irregular forms point at their base word.
const FORM_OF = /_(?:p|p-p|pl|comp|superl|pres-p)\.\)?(?:\s+и\s+_(?:p|p-p)\.)?\s+от\s+([a-z][a-z'-]*)(?:\s+(?:\d+|[IV]+\b))?(?:,\s*\d+)?/g;

const TRANSCRIPTION = /\[[^\]]*\]/g;
const LABEL = /(?:^|\s)_[^\s();,]+/g;
const SENSE_NUMBER = /(?:^|\s)(?:\d+[.)]|[а-яё]\))(?=\s|$)/g;
const PARENTHETICAL = /\([^()]*\)/g;
const LATIN = /[A-Za-z]/;
const ABBREVIATIONS = /(?:и т\. ?п\.|и т\. ?д\.|т\. ?е\.|и пр\.|и др\.|напр\.|см\.|тж\.|обыкн\.|букв\.|[а-яё]+-л\.)/g;

function removeParentheticals(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(PARENTHETICAL, ' ');
  } while (current !== previous);
  return current;
}

/** Extracts headwords and Russian translation phrases from one mueller7 article. */
export function parseMueller7Article(body: string): ParsedArticle {
  const formOf = [...new Set([...body.matchAll(FORM_OF)].map((match) => match[1]))];
  const newline = body.indexOf('\n');
  const headLine = (newline < 0 ? body : body.slice(0, newline)).trim();
  const headwords = headLine.split(/,\s*/).filter((word) => word.length > 0);
  let text = (newline < 0 ? '' : body.slice(newline + 1)).replace(FORM_OF, ' ').replace(/\s+/g, ' ');
  text = removeParentheticals(text.replace(TRANSCRIPTION, ' '));
  text = text.replace(LABEL, ' ;').replace(SENSE_NUMBER, ' ;').replace(ABBREVIATIONS, ' ');
  const translations: string[] = [];
  for (const segment of text.split(/[;:!?]/)) {
    const trimmed = segment.trim();
    if (trimmed.length === 0 || LATIN.test(trimmed) || trimmed.startsWith('=')) continue;
    for (const item of trimmed.split(',')) {
      const phrase = item.replace(/[."«»„“”]/g, ' ').replace(/\s+/g, ' ').trim();
      if (phrase.length > 0) translations.push(phrase);
    }
  }
  return { headwords, translations, formOf };
}
