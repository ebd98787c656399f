import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHunspell } from '../../scripts/lexicon/hunspell-forms';

// A few real rules of Debian's ru_RU.aff and fr.aff (FLAG long), written to a temporary dictionary.
const RU_AFF = ['SET UTF-8', '', 'SFX O Y 3', 'SFX O   ень  ня     день', 'SFX O   ень  ней    день', 'SFX O   ень  ню     день', ''].join('\n');
const RU_DIC = ['2', 'день/O', 'заказ', ''].join('\n');
const FR_AFF = ['SET UTF-8', 'FLAG long', '', 'SFX S. Y 1', 'SFX S. 0 s .', ''].join('\n');
const FR_DIC = ['1', 'montagne/S.() po:nom is:fem', ''].join('\n');

const folder = mkdtempSync(join(tmpdir(), 'sverka-hunspell-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readHunspell', () => {
  it('applies suffix rules whose strip and condition match', () => {
    writeFileSync(join(folder, 'ru.aff'), RU_AFF);
    writeFileSync(join(folder, 'ru.dic'), RU_DIC);
    const ru = readHunspell(join(folder, 'ru'));
    expect(ru.formsOf('день').sort()).toEqual(['день', 'дней', 'дню', 'дня']);
    expect(ru.formsOf('заказ')).toEqual(['заказ']);
    expect(ru.formsOf('стол')).toEqual([]);
  });

  it('reads two-character flags', () => {
    writeFileSync(join(folder, 'fr.aff'), FR_AFF);
    writeFileSync(join(folder, 'fr.dic'), FR_DIC);
    expect(readHunspell(join(folder, 'fr')).formsOf('montagne').sort()).toEqual(['montagne', 'montagnes']);
  });
});
