/**
 * Bilingual files written by a tool nobody here wrote: translate-toolkit's po2xliff (XLIFF 1.1, no target
 * language named) and po2tmx (TMX 1.4 with a DOCTYPE), made from a PO file at test time, read back into pairs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBilingual } from '../../electron/main/import/import-document';
import { isSverkaError } from '../../shared/errors';
import { parseTmx } from '../../shared/formats/tmx';
import { run, tempDir } from './helpers';

const PO = `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ru\\n"

#. Speaker label
msgid "Question: what next?"
msgstr "Вопрос: что дальше?"

msgid "The price is 130 & more <percent>."
msgstr "Цена — 130 и больше <процентов>."

#, fuzzy
msgid "A fuzzy one."
msgstr "Неточный."
`;

let dir: string;
let cleanup: () => void;
let po: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  po = join(dir, 'messages.po');
  writeFileSync(po, PO);
});
afterEach(() => cleanup());

describe('files from translate-toolkit', () => {
  it('reads po2xliff output (XLIFF 1.1), the target language given where the file has none', async () => {
    const xliff = join(dir, 'messages.xlf');
    run('po2xliff', ['--progress=none', po, xliff]);
    try {
      await importBilingual(xliff);
      expect.unreachable();
    } catch (error) {
      expect(isSverkaError(error) && error.key).toBe('format.noLanguages');
    }
    const read = await importBilingual(xliff, { tgtLang: 'ru' });
    expect(read).toMatchObject({ srcLang: 'en', tgtLang: 'ru' });
    expect(read.pairs.map((pair) => [pair.src, pair.tgt, pair.status])).toEqual([
      ['Question: what next?', 'Вопрос: что дальше?', 'confirmed'],
      ['The price is 130 & more <percent>.', 'Цена — 130 и больше <процентов>.', 'confirmed'],
      ['A fuzzy one.', 'Неточный.', undefined],
    ]);
    expect(read.pairs[0].notes).toEqual(['Speaker label']);
  });

  it('reads po2tmx output (TMX 1.4 with a DOCTYPE)', async () => {
    const tmx = join(dir, 'messages.tmx');
    run('po2tmx', ['--progress=none', '-l', 'ru', po, tmx]);
    expect(readFileSync(tmx, 'utf8')).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    const read = parseTmx(readFileSync(tmx, 'utf8'));
    expect(read).toMatchObject({ srcLang: 'en', tgtLang: 'ru' });
    expect(read.pairs.map((pair) => [pair.src.trim(), pair.tgt.trim()])).toEqual([
      ['Question: what next?', 'Вопрос: что дальше?'],
      ['The price is 130 & more <percent>.', 'Цена — 130 и больше <процентов>.'],
    ]);
  });
});
