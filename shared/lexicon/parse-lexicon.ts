/**
 * The text form of a shipped lexicon and its in-memory object. The text has one line per source key:
 * `sourceKey<TAB>targetKey<TAB>targetKey...`, keys as made by `wordKey`, target keys in dictionary order (first
 * senses first). Lines starting with `#` are comments; the first may be the header
 * `# sverka-lexicon 1 <srcLang> <tgtLang>`. One object serves both directions: `reversed()` inverts the map once,
 * on first use.
 */
import type { LangCode } from '../types';
import type { Lexicon } from './lexicon';

const HEADER = /^# sverka-lexicon 1 ([a-z]{2,3}) ([a-z]{2,3})\s*$/;

/**
 * Targets of one source key: the file's tab-separated text until first asked for, then a set (parsing a whole file
 * into sets up front costs more than loading it; most keys are never looked up).
 */
type Targets = string | readonly string[] | ReadonlySet<string>;

function targetList(targets: Targets): readonly string[] {
  if (typeof targets === 'string') return targets.split('\t').filter((target) => target.length > 0);
  return targets instanceof Set ? [...targets] : (targets as readonly string[]);
}

class MapLexicon implements Lexicon {
  private reverse: MapLexicon | undefined;

  constructor(
    readonly srcLang: LangCode,
    readonly tgtLang: LangCode,
    private readonly entries: Map<string, Targets>,
    reverse?: MapLexicon,
  ) {
    this.reverse = reverse;
  }

  get size(): number {
    return this.entries.size;
  }

  translationsOf(srcKey: string): ReadonlySet<string> | undefined {
    const targets = this.entries.get(srcKey);
    if (targets === undefined || targets instanceof Set) return targets as ReadonlySet<string> | undefined;
    const set = new Set(targetList(targets));
    this.entries.set(srcKey, set);
    return set;
  }

  reversed(): Lexicon {
    if (!this.reverse) {
      const inverse = new Map<string, string[]>();
      const add = (target: string, source: string): void => {
        const sources = inverse.get(target);
        if (sources === undefined) inverse.set(target, [source]);
        else if (sources[sources.length - 1] !== source) sources.push(source);
      };
      for (const [source, targets] of this.entries) {
        if (typeof targets !== 'string') {
          for (const target of targets) add(target, source);
          continue;
        }
        // Unparsed text: walk the tabs instead of splitting, this loop runs over every link of the file.
        let start = 0;
        while (start < targets.length) {
          let end = targets.indexOf('\t', start);
          if (end < 0) end = targets.length;
          if (end > start) add(targets.slice(start, end), source);
          start = end + 1;
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
  const map = new Map<string, Targets>();
  for (const [source, targets] of entries) {
    const set = new Set(map.has(source) ? targetList(map.get(source) as Targets) : []);
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
  const map = new Map<string, Targets>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (end > start && text.charCodeAt(start) !== 35 /* # */ && tab > start && tab < end - 1) {
      const source = text.slice(start, tab);
      const targets = text.slice(tab + 1, end);
      const existing = map.get(source);
      map.set(source, existing === undefined ? targets : `${targetList(existing).join('\t')}\t${targets}`);
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
