import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bilingualToSnapshot } from '../../shared/formats/bilingual';
import { parseTmx, writeTmx } from '../../shared/formats/tmx';
import { isSverkaError } from '../../shared/errors';
import { FIXTURES, run, tempDir } from './helpers';
import { GLOSS_TEXT, sampleSnapshot } from './sample-snapshot';

const DATE = new Date('2026-02-08T09:30:00Z');
const DTD = join(FIXTURES, 'tmx14.dtd');
const TMX_TO_PO = join(FIXTURES, '..', 'formats', 'tmx-to-po.py');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function save(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function errorKey(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return isSverkaError(error) ? error.key : `not a SverkaError: ${String(error)}`;
  }
  return undefined;
}

describe('TMX export', () => {
  it('is valid against the TMX 1.4 DTD (xmllint) with a complete header', () => {
    const xml = writeTmx(sampleSnapshot(), { date: DATE, toolVersion: '0.1.0' });
    const path = save('sample.tmx', xml);
    run('xmllint', ['--noout', '--dtdvalid', DTD, path]);
    const header = /<header [^>]*>/.exec(xml)?.[0] ?? '';
    for (const attribute of ['creationtool="Sverka"', 'creationtoolversion="0.1.0"', 'segtype="sentence"', 'o-tmf="Sverka"', 'adminlang="en"', 'srclang="ru"', 'datatype="plaintext"', 'creationdate="20260208T093000Z"']) {
      expect(header).toContain(attribute);
    }
  });

  it('is read by translate-toolkit (TMX to PO, then po2csv) with every pair, text and note', () => {
    const path = save('sample.tmx', writeTmx(sampleSnapshot(), { date: DATE }));
    const po = join(dir, 'sample.po');
    run('/usr/bin/python3', [TMX_TO_PO, path, po]);
    const poText = readFileSync(po, 'utf8');
    expect(poText).toContain('# Pun «буча» glossed; see "frenzy" & co.');
    expect(poText).toContain('Keep the gloss: readers do not know the word.');
    expect(poText).toContain('# Second line, "quoted", tab\there.');
    run('po2csv', ['--progress=none', po, join(dir, 'sample.csv')]);
    const rows = parse(readFileSync(join(dir, 'sample.csv'), 'utf8'), { columns: true }) as { source: string; target: string }[];
    expect(rows.map((row) => [row.source, row.target])).toEqual([
      ['Сергей Лавров: «Подняли бучу, извините за каламбур, вокруг этой деревни». Это было в 2007 г.',
        'Sergey Lavrov: "A bucha – which means \'frenzy\' in Russian – was stirred up, pardon the pun, over that village." It was in 2007.'],
      ['Цена — 130 & больше <процентов>.', 'The price is 130 & more <percent>.'],
      ['Фотография: пресс-служба МИД.', ''],
      ['Вопрос: что дальше?', 'Question: what next?'],
    ]);
    // pocount: 3 translated units, 1 untranslated (the 1-0 pair), 4 in all (the unit with no source is not counted).
    const counts = run('pocount', ['--csv', path]).stdout.trim().split('\n')[1].split(',').map((field) => field.trim());
    expect([counts[1], counts[6], counts[8]]).toEqual(['3', '1', '4']);
  });

  it('is counted by XML::TMX (tmxwc)', () => {
    const path = save('sample.tmx', writeTmx(sampleSnapshot(), { date: DATE }));
    expect(run('tmxwc', [path]).stdout).toContain('5 tu');
  });

  it('writes one tu per pair with xml:lang per tuv, notes, status and confidence props', () => {
    const xml = writeTmx(sampleSnapshot(), { date: DATE });
    expect(xml.match(/<tu /g)).toHaveLength(5);
    expect(xml.match(/<tuv xml:lang="ru">/g)).toHaveLength(5);
    expect(xml.match(/<tuv xml:lang="en">/g)).toHaveLength(5);
    expect(xml).toContain('<prop type="x-sverka-status">confirmed</prop>');
    expect(xml).toContain('<prop type="x-sverka-confidence">0.8125</prop>');
    expect(xml).toContain('<note>Pun «буча» glossed; see "frenzy" &amp; co.</note>');
    expect(xml).toContain(`«${GLOSS_TEXT}»`);
    expect(xml).toContain('&lt;процентов&gt;');
  });

  it('localises the flag notes (adminlang ru)', () => {
    const xml = writeTmx(sampleSnapshot(), { date: DATE, language: 'ru' });
    expect(xml).toContain('adminlang="ru"');
    expect(xml).toContain('<note>Пояснение (предупреждение, перевод, принята)');
  });

  it('can keep only confirmed pairs and skip pairs with an empty side', () => {
    const confirmed = parseTmx(writeTmx(sampleSnapshot(), { confirmedOnly: true }));
    expect(confirmed.pairs.map((pair) => pair.status)).toEqual(['confirmed', 'confirmed']);
    const nonEmpty = parseTmx(writeTmx(sampleSnapshot(), { skipEmpty: true }));
    expect(nonEmpty.pairs).toHaveLength(3);
    expect(nonEmpty.pairs.every((pair) => pair.src !== '' && pair.tgt !== '')).toBe(true);
  });

  it('keeps well-formed XML when the text holds control characters', () => {
    const snapshot = sampleSnapshot();
    const broken = { ...snapshot, source: { ...snapshot.source, sentences: snapshot.source.sentences.map((s, i) => (i === 2 ? { ...s, text: 'Bell\u0007 and \uD800 lone' } : s)) } };
    const path = save('control.tmx', writeTmx(broken, { date: DATE }));
    run('xmllint', ['--noout', '--dtdvalid', DTD, path]);
  });
});

describe('TMX round trip', () => {
  it('project -> TMX -> project -> TMX gives the same pairs, notes and statuses', () => {
    const first = writeTmx(sampleSnapshot(), { date: DATE });
    const read = parseTmx(first);
    expect(read).toMatchObject({ srcLang: 'ru', tgtLang: 'en', name: 'Lavrov & OSCE <2026>' });
    expect(read.pairs.map((pair) => pair.status)).toEqual(['confirmed', 'edited', 'auto', 'confirmed', 'auto']);
    expect(read.pairs[0].notes).toEqual(['Pun «буча» glossed; see "frenzy" & co.']);
    expect(read.pairs[3].notes).toEqual(['First line.\nSecond line, "quoted", tab\there.']);
    expect(read.pairs[1].changedSinceReview).toBe(true);
    expect(read.pairs[0].flags.map((flag) => [flag.kind, flag.status])).toEqual([
      ['gloss', 'accepted'], ['wordplay', 'open'], ['number', 'resolved'],
    ]);
    const gloss = read.pairs[0].flags[0];
    expect(read.pairs[0].tgt.slice(gloss.start, gloss.end)).toBe(GLOSS_TEXT);
    expect(read.pairs[0].src.slice(read.pairs[0].flags[2].start, read.pairs[0].flags[2].end)).toBe('2007');

    const project = bilingualToSnapshot(read, { name: 'Lavrov & OSCE <2026>', fileName: 'sample.tmx', importedAt: '2026-02-09T00:00:00.000Z', sha256: () => 'f'.repeat(64) });
    const second = writeTmx(project, { date: DATE });
    expect(second).toBe(first);
  });
});

describe('TMX import', () => {
  it('reads TMX from other tools: DOCTYPE, regional languages, inline codes, *all* source language', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="*all*" datatype="html"/>
  <body>
    <tu tuid="a"><note>Checked.</note><prop type="x-domain">politics</prop>
      <tuv xml:lang="en-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept><ph>&lt;br/&gt;</ph> &amp; <hi type="x">now</hi> &#x41;&#66;.</seg></tuv>
      <tuv xml:lang="ru-RU"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>здесь<ept i="1">&lt;/b&gt;</ept> сейчас.</seg></tuv>
    </tu>
    <tu><tuv xml:lang="en-GB"><seg>Only English.</seg></tuv></tu>
  </body>
</tmx>`;
    const read = parseTmx(xml);
    expect(read).toMatchObject({ srcLang: 'en', tgtLang: 'ru' });
    expect(read.pairs[0]).toMatchObject({ src: 'Press here & now AB.', tgt: 'Нажмите здесь сейчас.', notes: ['Checked.'], props: { 'x-domain': 'politics' } });
    expect(read.pairs[0].status).toBeUndefined();
    expect(read.pairs[1]).toMatchObject({ src: 'Only English.', tgt: '' });
  });

  it('refuses external entities (XXE) without reading the file they name', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv><tuv xml:lang="ru"><seg>x</seg></tuv></tu></body></tmx>`;
    expect(errorKey(() => parseTmx(xxe))).toBe('format.xmlEntities');
  });

  it('refuses entity expansion (billion laughs)', () => {
    const lol = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n${lol}\n]>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv><tuv xml:lang="ru"><seg>x</seg></tuv></tu></body></tmx>`;
    expect(errorKey(() => parseTmx(bomb))).toBe('format.xmlEntities');
    // An internal subset with no ENTITY keyword in sight is refused too.
    expect(errorKey(() => parseTmx('<!DOCTYPE tmx [ <!ELEMENT tmx ANY> ]><tmx/>'))).toBe('format.xmlEntities');
  });

  it('reports malformed XML and files that are not TMX', () => {
    expect(errorKey(() => parseTmx('<tmx version="1.4"><body><tu></body></tmx>'))).toBe('format.malformedXml');
    expect(errorKey(() => parseTmx('<?xml version="1.0"?><xliff version="2.1"/>'))).toBe('format.notTmx');
    expect(errorKey(() => parseTmx('<tmx version="1.4"><header srclang="en"/><body/></tmx>'))).toBe('format.noLanguages');
    const deep = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${'<hi>'.repeat(50_000)}x${'</hi>'.repeat(50_000)}</seg></tuv></tu></body></tmx>`;
    expect(errorKey(() => parseTmx(deep))).toBe('format.unreadableXml');
  });
});
