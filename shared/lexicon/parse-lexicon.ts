/**
 * The text form of a shipped lexicon and its in-memory object. The file is UTF-8, one line per source key:
 * `sourceKey<TAB>targetKey<TAB>targetKey...`, keys as made by `wordKey`, target keys in dictionary order (first
 * senses first). Lines starting with `#` are comments; the first may be the header
 * `# sverka-lexicon 1 <srcLang> <tgtLang>`. One object serves both directions: `reversed()` inverts the map once,
 * on first use.
 */
import type { LangCode } from '../types';
import type { Lexicon } from './lexicon';

const HEADER = /^# sverka-lexicon 1 ([a-z]{2,3}) ([a-z]{2,3})\s*$/;

class MapLexicon implements Lexicon {
  private reverse: MapLexicon | undefined;

  constructor(
    readonly srcLang: LangCode,
    readonly tgtLang: LangCode,
    private readonly entries: ReadonlyMap<string, ReadonlySet<string>>,
    reverse?: MapLexicon,
  ) {
    this.reverse = reverse;
  }

  get size(): number {
    return this.entries.size;
  }

  translationsOf(srcKey: string): ReadonlySet<string> | undefined {
    return this.entries.get(srcKey);
  }

  reversed(): Lexicon {
    if (!this.reverse) {
      const inverse = new Map<string, Set<string>>();
      for (const [source, targets] of this.entries) {
        for (const target of targets) {
          let sources = inverse.get(target);
          if (!sources) {
            sources = new Set();
            inverse.set(target, sources);
          }
          sources.add(source);
        }
      }
      this.reverse = new MapLexicon(this.tgtLang, this.srcLang, inverse, this);
    }
    return this.reverse;
  }
}

/** Makes a lexicon from source keys and their target keys (empty target lists are dropped). */
export function createLexicon(
  srcLang: LangCode,
  tgtLang: LangCode,
  entries: Iterable<readonly [string, Iterable<string>]>,
): Lexicon {
  const map = new Map<string, Set<string>>();
  for (const [source, targets] of entries) {
    const set = map.get(source) ?? new Set<string>();
    for (const target of targets) set.add(target);
    if (set.size > 0) map.set(source, set);
  }
  return new MapLexicon(srcLang, tgtLang, map);
}

/**
 * Parses the text of a lexicon file. The languages come from the header, or from the arguments when the file has
 * none; asking for the header's pair the other way round returns the reversed lexicon.
 */
export function parseLexicon(text: string, srcLang?: LangCode, tgtLang?: LangCode): Lexicon {
  const newline = text.indexOf('\n');
  const header = HEADER.exec(newline < 0 ? text : text.slice(0, newline));
  const fileSrc = header?.[1] ?? srcLang;
  const fileTgt = header?.[2] ?? tgtLang;
  if (!fileSrc || !fileTgt) throw new Error('parseLexicon: the text has no header and no languages were given');
  const map = new Map<string, Set<string>>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && text.charCodeAt(start) !== 35 /* # */) {
      const fields = text.slice(start, end).split('\t');
      let targets = map.get(fields[0]);
      for (let i = 1; i < fields.length; i++) {
        if (fields[i].length === 0) continue;
        if (!targets) {
          targets = new Set();
          map.set(fields[0], targets);
        }
        targets.add(fields[i]);
      }
    }
    start = end + 1;
  }
  const lexicon = new MapLexicon(fileSrc, fileTgt, map);
  const wantsReverse = srcLang !== undefined && srcLang === fileTgt && tgtLang === fileSrc && srcLang !== tgtLang;
  return wantsReverse ? lexicon.reversed() : lexicon;
}

/** Writes entries in the file format `parseLexicon` reads: header, comment lines, then keys in sorted order. */
export function serializeLexicon(
  srcLang: LangCode,
  tgtLang: LangCode,
  entries: ReadonlyMap<string, Iterable<string>>,
  comments: readonly string[] = [],
): string {
  const lines = [`# sverka-lexicon 1 ${srcLang} ${tgtLang}`, ...comments.map((comment) => `# ${comment}`)];
  for (const source of [...entries.keys()].sort()) {
    const targets = [...new Set(entries.get(source))];
    if (targets.length > 0) lines.push([source, ...targets].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
