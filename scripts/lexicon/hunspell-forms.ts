// Inflected forms of a word from a Hunspell dictionary (Debian's hunspell-ru, hunspell-fr-classical): the .dic
// file lists lemmas with affix flags (`день/O`), the .aff file says what each suffix flag does
// (`SFX O ь я ь`: strip "ь", add "я" where the word ends in "ь"). Only suffixes are applied, which covers
// inflection in both languages. The lexicon build uses the forms to give each translation all the keys its forms
// have where Snowball cannot conflate them (день, дня, дней → "ден", "дня", "дне").
import { readFileSync } from 'node:fs';

interface SuffixRule {
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp;
}

/** Generates the inflected forms of dictionary words. */
export interface HunspellForms {
  /** All forms of the word (itself included) for every dictionary entry spelled so; [] when it is unknown. */
  formsOf(word: string): string[];
}

function splitFlags(flags: string, longFlags: boolean): string[] {
  if (!longFlags) return [...flags];
  const parts: string[] = [];
  for (let i = 0; i + 1 < flags.length; i += 2) parts.push(flags.slice(i, i + 2));
  return parts;
}

function parseAffixes(text: string): { rules: Map<string, SuffixRule[]>; longFlags: boolean } {
  const rules = new Map<string, SuffixRule[]>();
  let longFlags = false;
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === 'FLAG' && fields[1] === 'long') longFlags = true;
    // A rule line has five fields or more: SFX flag strip add condition; the header has four (SFX flag Y count).
    if (fields[0] !== 'SFX' || fields.length < 5) continue;
    const [, flag, strip, addWithFlags, condition] = fields;
    const add = addWithFlags.split('/')[0];
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    });
    rules.set(flag, list);
  }
  return { rules, longFlags };
}

/** Reads a Hunspell dictionary (`base` without .dic/.aff). */
export function readHunspell(base: string): HunspellForms {
  const { rules, longFlags } = parseAffixes(readFileSync(`${base}.aff`, 'utf8'));
  const flagsByWord = new Map<string, string[]>();
  const lines = readFileSync(`${base}.dic`, 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    const entry = line.split(/\s/)[0];
    if (!entry) continue;
    const slash = entry.indexOf('/');
    const word = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? [] : splitFlags(entry.slice(slash + 1), longFlags);
    flagsByWord.set(word, [...(flagsByWord.get(word) ?? []), ...flags]);
  }
  return {
    formsOf(word: string): string[] {
      const flags = flagsByWord.get(word);
      if (!flags) return [];
      const forms = new Set([word]);
      for (const flag of flags) {
        for (const rule of rules.get(flag) ?? []) {
          if (word.endsWith(rule.strip) && rule.condition.test(word)) {
            forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
          }
        }
      }
      return [...forms];
    },
  };
}
