/** Several lexicons of one direction asked as one (the general dictionary, the names list, a glossary). */
import type { Lexicon } from '../lexicon/lexicon';

/** A lexicon answering from several lexicons of the same direction (translations are united). */
export function unitedLexicon(lexicons: readonly (Lexicon | undefined)[]): Lexicon | undefined {
  const present = lexicons.filter((lexicon): lexicon is Lexicon => lexicon !== undefined);
  if (present.length <= 1) return present[0];
  const first = present[0] as Lexicon;
  let reverse: Lexicon | undefined;
  const memo = new Map<string, ReadonlySet<string> | undefined>();
  const united: Lexicon = {
    srcLang: first.srcLang,
    tgtLang: first.tgtLang,
    size: present.reduce((sum, lexicon) => sum + lexicon.size, 0),
    translationsOf(srcKey) {
      if (memo.has(srcKey)) return memo.get(srcKey);
      let result: Set<string> | undefined;
      for (const lexicon of present) {
        const found = lexicon.translationsOf(srcKey);
        if (!found) continue;
        result ??= new Set();
        for (const key of found) result.add(key);
      }
      if (memo.size > 100_000) memo.clear();
      memo.set(srcKey, result);
      return result;
    },
    reversed() {
      reverse ??= unitedLexicon(present.map((lexicon) => lexicon.reversed())) as Lexicon;
      return reverse;
    },
  };
  return united;
}
