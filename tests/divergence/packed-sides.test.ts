import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { correspond, orientLexicon, wordPassOf } from '../../shared/divergence/correspondence';
import { DEFAULT_DIVERGENCE_SETTINGS } from '../../shared/divergence/settings';
import { packInts, reserveInts } from '../../shared/divergence/text/int-pool';
import { buildSideText, type SideText, type Token } from '../../shared/divergence/text/side-text';
import { tokenizeWords, wordKey } from '../../shared/lexicon/word-key';
import type { LangCode } from '../../shared/types';
import { documentFromLines, parseGoldAlignment } from './documents';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'samples', 'lavrov-osce-2026-02-06');

function lines(name: string): string[] {
  return readFileSync(join(SAMPLE, name), 'utf8').replace(/\n$/u, '').split('\n');
}

/** Everything a check can read of a token, as plain data. */
function described(tokens: readonly Token[]): string[] {
  return tokens.map((t) => [t.index, t.start, t.end, t.kind, t.initial, t.text, t.key, t.script, t.stop, t.capitalized, t.acronym].join('|'));
}

/** The real document's sides, one per aligned pair and language. */
function sampleSides(): { readonly src: SideText[]; readonly tgt: SideText[] } {
  const ru = documentFromLines(lines('ru.sentences.txt'), 'ru');
  const en = documentFromLines(lines('en.sentences.txt'), 'en');
  const pairs = parseGoldAlignment(readFileSync(join(SAMPLE, 'gold.align'), 'utf8'));
  return { src: pairs.map((pair) => buildSideText(ru, pair.src, 'src')), tgt: pairs.map((pair) => buildSideText(en, pair.tgt, 'tgt')) };
}

describe('sides with packed tokens', () => {
  it('give the words of tokenizeWords with their keys, on a real document', () => {
    for (const side of [...sampleSides().src, ...sampleSides().tgt]) {
      const words = tokenizeWords(side.text, side.lang);
      expect(side.tokens.map((t) => [t.start, t.end, t.kind, t.text, t.key])).toEqual(
        words.map((word) => [word.start, word.end, word.kind, word.text, wordKey(word.text, side.lang)]),
      );
    }
  });

  it('give the same tokens when made again after many other sides (their token objects forgotten meanwhile)', () => {
    const { src, tgt } = sampleSides();
    const sides = [...src, ...tgt];
    const first = sides.map((side) => described(side.tokens));
    // Every side has been asked since, so the early ones are made again from their packed numbers.
    expect(sides.map((side) => described(side.tokens))).toEqual(first);
    expect(first.flat().length).toBeGreaterThan(1000);
  });

  it('mark sentence starts and words after an opening quote as initial, and keep the fallback tokenizer for elisions', () => {
    const document = documentFromLines(['He said it. Then «Yes» came', 'Next one'], 'en');
    const side = buildSideText(document, [0, 1], 'src');
    expect(side.tokens.filter((t) => t.initial).map((t) => t.text)).toEqual(['He', 'Then', 'Yes', 'Next']);
    const french = buildSideText(documentFromLines(["l'homme a 2 chats"], 'fr' as LangCode), [0], 'tgt');
    expect(french.tokens.map((t) => [t.text, t.kind])).toEqual(tokenizeWords("l'homme a 2 chats", 'fr').map((word) => [word.text, word.kind]));
  });

  it('never take a word after a letter, digit or comma for initial, and always after a sentence break (every character)', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `Hi${char} Then`;
      const side = buildSideText(documentFromLines([text], 'en'), [0], 'src');
      const then = side.tokens.find((token) => token.text === 'Then');
      if (!then) continue;
      if (/^[\p{L}\p{N},]$/u.test(char) && then.initial) wrong.push(char);
      if (/^[!?…;:>→]$/u.test(char) && !then.initial) wrong.push(char);
    }
    expect(wrong).toEqual([]);
  });

  it('keep the word comparison of a pair: the correspondence made again from it is the one first found', () => {
    const { src, tgt } = sampleSides();
    const lexicon = orientLexicon(loadLexicon('ru', 'en'), 'ru', 'en');
    const first = src.map((side, k) => correspond(side, tgt[k] as SideText, lexicon, DEFAULT_DIVERGENCE_SETTINGS));
    const again = src.map((side, k) => correspond(side, tgt[k] as SideText, lexicon, DEFAULT_DIVERGENCE_SETTINGS, undefined, wordPassOf(first[k] as (typeof first)[number])));
    const plain = (match: (typeof first)[number]) => [match.src, match.tgt, match.srcLinks, match.tgtLinks, match.srcNumbers, match.tgtNumbers];
    expect(again.map(plain)).toEqual(first.map(plain));
    expect(first.some((match) => match.srcLinks.some((links) => links.length > 1))).toBe(true);
  });
});

describe('integer lists from shared blocks', () => {
  it('keep every list apart, across the end of a block and for long lists', () => {
    const lists: Int32Array[] = [];
    const lengths = [0, 1, 3, 7000, 20000, 5, 9000, 40000, 2];
    for (let round = 0; round < 20; round++) {
      for (const [k, length] of lengths.entries()) {
        const list = reserveInts(length);
        expect(list.length).toBe(length);
        expect(list.every((value) => value === 0)).toBe(true);
        list.fill(round * 100 + k);
        lists.push(list);
      }
    }
    let at = 0;
    for (let round = 0; round < 20; round++) {
      for (const k of lengths.keys()) expect((lists[at++] as Int32Array).every((value) => value === round * 100 + k)).toBe(true);
    }
    expect([...packInts([4, -2, 2_000_000_000])]).toEqual([4, -2, 2_000_000_000]);
  });
});
