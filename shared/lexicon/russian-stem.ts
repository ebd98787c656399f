/**
 * Russian stemming: Snowball's Russian algorithm plus one repair. Snowball removes a verb ending such as -ть, -ет,
 * -л only when the vowel а/я before it lies inside the word's RV region (after the first vowel), so in short verbs
 * where that а/я is the first vowel it keeps the ending: знать → "знат", знает → "знает", знал → "знал", while
 * знаю → "зна". The repair removes those endings in exactly that position, so all forms of знать, дать, ждать,
 * стать, взять meet on one key. A second repair removes the present and past endings -ет, -ут, -ют, -ел that
 * Snowball keeps after consonant stems (хочет, могут, хотел, видел) from stems of five letters or more, so that
 * хотеть/хотел/хотят and видеть/видел/видит meet too. Keys are made the same way for the dictionaries and for the
 * texts, so this only merges; the price is a few unrelated words sharing a key (совет and сова).
 */
import type { SnowballStemmer } from 'snowball-stemmers';

const VOWELS = 'аеиоуыэюя';
// Snowball's first verb-ending group (those that need а/я before them), as they look after its final step
// removed a soft sign; participle endings (-н, -нн, -ны) are left out, they would merge nouns like "план".
const SHORT_VERB_ENDINGS = new Set(['т', 'ет', 'ют', 'ем', 'еш', 'ете', 'л', 'ла', 'ло', 'ли', 'йте', 'й']);

const CONSONANT_STEM_ENDING = /[бвгджзклмнпрстфхцчшщ](?:ет|ут|ют|ел)$/;
const MIN_CONSONANT_STEM = 5;

/** Stems a lower-case Russian word with Snowball and repairs short а/я-verbs. */
export function stemRussian(word: string, snowball: SnowballStemmer): string {
  const stem = snowball.stem(word);
  let first = -1;
  for (let i = 0; i < stem.length; i++) {
    if (VOWELS.includes(stem[i])) {
      first = i;
      break;
    }
  }
  if (first >= 1 && (stem[first] === 'а' || stem[first] === 'я') && SHORT_VERB_ENDINGS.has(stem.slice(first + 1))) {
    return stem.slice(0, first + 1);
  }
  return stem.length >= MIN_CONSONANT_STEM && CONSONANT_STEM_ENDING.test(stem) ? stem.slice(0, -2) : stem;
}
