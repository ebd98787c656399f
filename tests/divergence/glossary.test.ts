import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../electron/main/io/read-glossary';
import { isSverkaError } from '../../shared/errors';
import { orientGlossary } from '../../shared/glossary/glossary';
import { parseGlossary } from '../../shared/glossary/parse-glossary';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'divergence');

function errorKey(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isSverkaError(error) ? error.key : 'not a SverkaError';
  }
  return undefined;
}

describe('glossary import', () => {
  it('reads a CSV glossary with a language header, alternatives and notes', async () => {
    const glossary = await readGlossary(join(FIXTURES, 'osce-glossary.csv'), 'ru', 'en');
    expect(glossary.entries).toEqual([
      { source: 'корзина', targets: ['basket', 'baskets'], note: 'OSCE "basket" (dimension of security)' },
      { source: 'СВО', targets: ['special military operation'] },
      { source: 'ДСНВ', targets: ['New START'], note: 'the 2010 treaty on strategic offensive arms' },
    ]);
    // The same file read the other way round picks the columns by language.
    const reversed = await readGlossary(join(FIXTURES, 'osce-glossary.csv'), 'en', 'ru');
    expect(reversed.entries.slice(0, 2)).toMatchObject([{ source: 'basket', targets: ['корзина'] }, { source: 'baskets', targets: ['корзина'] }]);
  });

  it('reads headerless TSV and semicolon files', () => {
    expect(parseGlossary('корзина\tbasket\nСВО\tSMO', { srcLang: 'ru', tgtLang: 'en' }).entries.map((entry) => entry.targets)).toEqual([['basket'], ['SMO']]);
    expect(parseGlossary('корзина;basket', { fileName: 'g.csv', srcLang: 'ru', tgtLang: 'en' }).entries).toHaveLength(1);
  });

  it('reads TBX 2 and TBX 2019 files, decoding only predefined entities', async () => {
    const glossary = await readGlossary(join(FIXTURES, 'osce-glossary.tbx'), 'ru', 'en');
    expect(glossary.entries).toEqual([
      { source: 'корзина', targets: ['basket', 'dimension'], note: 'OSCE "basket": a dimension of security' },
      { source: 'Совет Безопасности ООН', targets: ['UN Security Council'] },
      { source: 'Р&Д', targets: ['R&D'] },
    ]);
    const v3 = parseGlossary(readFileSync(join(FIXTURES, 'osce-glossary-v3.tbx'), 'utf8'), { fileName: 'x.tbx', srcLang: 'en', tgtLang: 'ru' });
    expect(v3.entries).toEqual([{ source: 'basket', targets: ['корзина'] }]);
  });

  it('refuses DTD entities, malformed XML and glossaries without the languages', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif><text><body/></text></martif>';
    expect(errorKey(() => parseGlossary(bomb, { fileName: 'g.tbx', srcLang: 'ru', tgtLang: 'en' }))).toBe('glossary.entities');
    expect(errorKey(() => parseGlossary('<martif><text>', { fileName: 'g.tbx', srcLang: 'ru', tgtLang: 'en' }))).toBe('glossary.malformed');
    const tbx = readFileSync(join(FIXTURES, 'osce-glossary.tbx'), 'utf8');
    expect(errorKey(() => parseGlossary(tbx, { fileName: 'g.tbx', srcLang: 'de', tgtLang: 'fr' }))).toBe('glossary.languages');
    expect(errorKey(() => parseGlossary('de,fr\nHaus,maison', { srcLang: 'ru', tgtLang: 'en' }))).toBe('glossary.languages');
    expect(errorKey(() => parseGlossary('# nothing here\n', { srcLang: 'ru', tgtLang: 'en' }))).toBe('glossary.empty');
  });

  it('orients a glossary to the document languages', () => {
    const glossary = parseGlossary('корзина,basket', { srcLang: 'ru', tgtLang: 'en' });
    expect(orientGlossary(glossary, 'en', 'ru')?.entries).toEqual([{ source: 'basket', targets: ['корзина'] }]);
    expect(orientGlossary(glossary, 'de', 'en')).toBeUndefined();
  });
});
