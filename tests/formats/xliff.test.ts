import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import xliff2js from 'xliff/xliff2js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bilingualToSnapshot } from '../../shared/formats/bilingual';
import { parseXliff, writeXliff } from '../../shared/formats/xliff';
import { isSverkaError } from '../../shared/errors';
import { run, tempDir } from './helpers';
import { GLOSS_TEXT, sampleSnapshot } from './sample-snapshot';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function errorKey(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return isSverkaError(error) ? error.key : `not a SverkaError: ${String(error)}`;
  }
  return undefined;
}

interface XliffUnit {
  source: string;
  target: string;
  note?: string | string[];
}

describe('XLIFF 2.1 export', () => {
  it('is read back by the xliff package: one unit per pair, texts and notes', async () => {
    const snapshot = sampleSnapshot();
    const read = (await xliff2js(writeXliff(snapshot))) as {
      xliffVersion: string;
      sourceLanguage: string;
      targetLanguage: string;
      resources: Record<string, Record<string, XliffUnit>>;
    };
    expect(read).toMatchObject({ xliffVersion: '2.1', sourceLanguage: 'ru', targetLanguage: 'en' });
    const units = Object.entries(read.resources.f1);
    expect(units.map(([id]) => id)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(units.map(([, unit]) => [unit.source, unit.target])).toEqual([
      ['Сергей Лавров: «Подняли бучу, извините за каламбур, вокруг этой деревни». Это было в 2007 г.',
        'Sergey Lavrov: "A bucha – which means \'frenzy\' in Russian – was stirred up, pardon the pun, over that village." It was in 2007.'],
      ['Цена — 130 & больше <процентов>.', 'The price is 130 & more <percent>.'],
      ['Фотография: пресс-служба МИД.', ''],
      ['Вопрос: что дальше?', 'Question: what next?'],
      ['', 'Thank you.'],
    ]);
    const notes = units.map(([, unit]) => (unit.note === undefined ? [] : [unit.note].flat()));
    expect(notes[0][0]).toBe('Pun «буча» glossed; see "frenzy" & co.');
    expect(notes[0]).toHaveLength(4); // the translator note and one note per flag
    expect(notes[0][1]).toContain(GLOSS_TEXT);
    expect(notes[0][1]).toContain('Keep the gloss: readers do not know the word.');
    expect(notes[2][0]).toContain('Caption, not translated <on purpose>.');
    expect(notes[3]).toEqual(['First line.\nSecond line, "quoted", tab\there.']);
    expect(notes[1]).toEqual([]);
  });

  it('sets each segment state from the review status (read with xmllint XPath)', () => {
    const path = join(dir, 'sample.xlf');
    writeFileSync(path, writeXliff(sampleSnapshot()));
    const states = run('xmllint', ['--xpath', "//*[local-name()='segment']/@state", path]).stdout;
    expect(states.trim().split(/\s+/)).toEqual(['state="final"', 'state="reviewed"', 'state="initial"', 'state="final"', 'state="translated"']);
    const categories = run('xmllint', ['--xpath', "count(//*[local-name()='note'][@category='translator'])", path]).stdout;
    expect(categories.trim()).toBe('2');
  });

  it('round-trips pairs, notes, statuses and flags', () => {
    const first = writeXliff(sampleSnapshot());
    const read = parseXliff(first);
    expect(read).toMatchObject({ format: 'xliff', srcLang: 'ru', tgtLang: 'en', name: 'Lavrov & OSCE <2026>' });
    expect(read.pairs.map((pair) => pair.status)).toEqual(['confirmed', 'edited', 'auto', 'confirmed', 'auto']);
    expect(read.pairs.map((pair) => pair.notes)).toEqual([['Pun «буча» glossed; see "frenzy" & co.'], [], [], ['First line.\nSecond line, "quoted", tab\there.'], []]);
    expect(read.pairs[0].flags.map((flag) => flag.status)).toEqual(['accepted', 'open', 'resolved']);
    expect(read.pairs[2].flags[0].notes).toEqual(['Caption, not translated <on purpose>.']);
    expect(read.pairs[0].score).toBe(0.8125);
    const project = bilingualToSnapshot(read, { name: 'Lavrov & OSCE <2026>', fileName: 'sample.ru.txt', importedAt: '2026-02-09T00:00:00.000Z', sha256: () => '0'.repeat(64) });
    // Unit names carry the pair ids, which a new project renumbers; everything else is the same.
    const withoutNames = (xml: string) => xml.replace(/ name="\d+"/g, '');
    expect(withoutNames(writeXliff(project, {}))).toBe(withoutNames(first));
  });
});

describe('XLIFF import', () => {
  it('reads XLIFF 1.2 with groups, inline codes, states and notes', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en-US" target-language="de-DE" datatype="plaintext" original="a.txt">
    <body>
      <group id="g1">
        <trans-unit id="1" approved="yes">
          <source>Click <g id="1">here</g><x id="2"/> &amp; go.</source>
          <target state="translated">Klicken Sie <g id="1">hier</g><x id="2"/> &amp; los.</target>
          <note>UI string</note>
        </trans-unit>
      </group>
      <trans-unit id="2">
        <source>Save <bpt id="1">&lt;b&gt;</bpt>now<ept id="1">&lt;/b&gt;</ept></source>
        <target state="needs-review-translation">Jetzt <bpt id="1">&lt;b&gt;</bpt>speichern<ept id="1">&lt;/b&gt;</ept></target>
      </trans-unit>
      <trans-unit id="3"><source>Untranslated.</source></trans-unit>
    </body>
  </file>
</xliff>`;
    const read = parseXliff(xml);
    expect(read).toMatchObject({ srcLang: 'en', tgtLang: 'de' });
    expect(read.pairs).toMatchObject([
      { src: 'Click here & go.', tgt: 'Klicken Sie hier & los.', notes: ['UI string'], status: 'confirmed', props: { id: '1', state: 'translated' } },
      { src: 'Save now', tgt: 'Jetzt speichern', notes: [], props: { state: 'needs-review-translation' } },
      { src: 'Untranslated.', tgt: '' },
    ]);
    expect(read.pairs[1].status).toBeUndefined();
  });

  it('reads XLIFF 2.0 from other tools: segments and ignorables joined, pc/ph/cp, notes', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f"><unit id="1">
    <notes><note category="comment">Check the name.</note></notes>
    <segment state="final"><source>Hello <pc id="1">world</pc>.</source><target>Bonjour <pc id="1">le monde</pc>.</target></segment>
    <ignorable><source> </source><target> </target></ignorable>
    <segment><source>Bell<cp hex="0007"/><ph id="2"/>!</source><target>Cloche!</target></segment>
  </unit></file>
</xliff>`;
    const read = parseXliff(xml);
    expect(read.pairs).toHaveLength(1);
    expect(read.pairs[0]).toMatchObject({ src: 'Hello world. Bell\u0007!', tgt: 'Bonjour le monde. Cloche!', notes: ['Check the name.'], status: 'confirmed' });
  });

  it('refuses XXE, entity expansion, malformed XML, other roots and versions', () => {
    expect(errorKey(() => parseXliff('<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/hostname">]><xliff version="2.1" srcLang="en" trgLang="ru"><file id="f"><unit id="u"><segment><source>&e;</source></segment></unit></file></xliff>'))).toBe('format.xmlEntities');
    expect(errorKey(() => parseXliff('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff version="2.1"/>'))).toBe('format.xmlEntities');
    expect(errorKey(() => parseXliff('<xliff version="2.1" srcLang="en" trgLang="ru"><file id="f"><unit id="u"><segment><source>a</segment></unit></file></xliff>'))).toBe('format.malformedXml');
    expect(errorKey(() => parseXliff('<tmx version="1.4"/>'))).toBe('format.notXliff');
    expect(errorKey(() => parseXliff('<xliff version="3.0" srcLang="en" trgLang="ru"/>'))).toBe('format.xliffVersion');
    expect(errorKey(() => parseXliff('<xliff version="2.1"><file id="f"/></xliff>'))).toBe('format.noLanguages');
  });
});
