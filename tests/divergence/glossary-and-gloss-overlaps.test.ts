import { describe, expect, it } from 'vitest';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import { parseGlossary } from '../../shared/glossary/parse-glossary';
import { segmentDocument } from '../../shared/segment/segment-document';

const glossary = parseGlossary('ru,en\nСВО,special military operation\n', { srcLang: 'ru', tgtLang: 'en' });

function terminologyFlags(ru: string, en: string) {
  const source = segmentDocument(ru, 'ru');
  const target = segmentDocument(en, 'en');
  const pairs = [{ src: source.sentences.map((s) => s.index), tgt: target.sentences.map((s) => s.index), score: 1 }];
  return checkDivergences({ source, target, pairs, glossary }).filter((flag) => flag.messageKey === 'terminology.glossary');
}

describe('glossary acronyms', () => {
  it('flags the acronym where the glossary rendering is missing', () => {
    expect(terminologyFlags('Началась СВО.', 'The operation began.')).toHaveLength(1);
  });

  it('does not take inflected words that stem like the acronym for it', () => {
    expect(terminologyFlags('Мы защищаем свою страну и свои ценности.', 'We defend our country and our values.')).toEqual([]);
  });

  it('accepts the glossary rendering', () => {
    expect(terminologyFlags('Началась СВО.', 'The special military operation began.')).toEqual([]);
  });
});

describe('names inside a gloss', () => {
  it('leaves a language name that belongs to the gloss to the gloss flag', () => {
    const source = segmentDocument('Подняли бучу, извините за каламбур, вокруг этой деревни.', 'ru');
    const target = segmentDocument('A bucha – which means ‘frenzy’ in Russian – was stirred up, pardon the pun, over that village.', 'en');
    const flags = checkDivergences({ source, target, pairs: [{ src: [0], tgt: [0], score: 1 }] });
    expect(flags.some((flag) => flag.kind === 'gloss')).toBe(true);
    expect(flags.filter((flag) => flag.kind === 'name' && target.sentences[0]!.text.slice(flag.start, flag.end) === 'Russian')).toEqual([]);
  });
});
