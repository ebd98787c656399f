// Glossaries in projects through the built CLI (bin/sverka.cjs), on the sample pair: `sverka new --glossary`,
// `sverka glossary --import` and `--list`. The project files are then read back through the store: the
// terminology flags sit on the pairs the gold divergence list names, and survive reopening.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../electron/main/store/index';
import type { FlagRecord, PairRecord, ProjectSnapshot } from '../../shared/project';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'sverka.cjs');
const SAMPLE = join(ROOT, 'resources', 'samples', 'lavrov-osce-2026-02-06');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'glossary');

function sverka(args: readonly string[], lang = 'en'): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: lang } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function lines(name: string): string[] {
  return readFileSync(join(SAMPLE, name), 'utf8').split('\n').filter((line) => line.length > 0);
}

/** The gold terminology rows: the English and Russian sentence (0-based lines of *.sentences.txt) and the span. */
const GOLD = lines('gold.divergences.tsv')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter((cells) => cells[2] === 'terminology')
  .map(([en = '', ru = '', , span = '']) => ({ en: lines('en.sentences.txt')[Number(en)] ?? '', ru: lines('ru.sentences.txt')[Number(ru)] ?? '', span }));

async function snapshotOf(file: string): Promise<ProjectSnapshot> {
  const project = await openProject(file, { lexicon: null });
  try {
    return await project.snapshot();
  } finally {
    await project.close();
  }
}

function text(snapshot: ProjectSnapshot, pair: PairRecord, side: 'src' | 'tgt'): string {
  const document = side === 'src' ? snapshot.source : snapshot.target;
  return pair[side].map((index) => document.sentences[index]?.text ?? '').join(' ');
}

/** The project's pair holding a gold row: its Russian sentence's opening (sentence breaks may differ a little). */
function pairOf(snapshot: ProjectSnapshot, row: (typeof GOLD)[number]): PairRecord {
  const opening = row.ru.slice(0, 40);
  const found = snapshot.pairs.find((pair) => text(snapshot, pair, 'src').includes(opening) && text(snapshot, pair, 'tgt').includes(row.span));
  if (!found) throw new Error(`no pair holds «${opening}» with "${row.span}"`);
  return found;
}

const glossaryFlags = (snapshot: ProjectSnapshot, term: string): { pair: PairRecord; flag: FlagRecord }[] =>
  snapshot.pairs.flatMap((pair) =>
    pair.flags.filter((flag) => flag.kind === 'terminology' && flag.messageKey === 'terminology.glossary' && flag.params.term === term).map((flag) => ({ pair, flag })),
  );

const terminology = (snapshot: ProjectSnapshot): number => snapshot.pairs.reduce((sum, pair) => sum + pair.flags.filter((flag) => flag.kind === 'terminology').length, 0);

let dir = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out', 'cli', 'sverka.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'sverka-glossary-'));
  expect(GOLD.length).toBeGreaterThanOrEqual(5);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Checks the flags a glossary with СВО, ДСНВ and корзина must give on the sample. */
function expectGlossaryFlags(snapshot: ProjectSnapshot): void {
  // «ДСНВ» rendered "Strategic Arms Reduction Treaty" instead of "New START": flagged there and only there.
  const dsnv = GOLD.find((row) => row.span === 'Strategic Arms Reduction Treaty');
  const start = glossaryFlags(snapshot, 'ДСНВ');
  expect(start.map((item) => item.pair.id)).toEqual([pairOf(snapshot, dsnv!).id]);
  expect(start[0]?.flag.params.expected).toBe('New START');
  expect(start[0]?.flag.side).toBe('src');
  // «корзина» rendered "framework" once (flagged), "baskets" elsewhere (not flagged).
  const basket = GOLD.find((row) => row.span === 'framework');
  expect(glossaryFlags(snapshot, 'корзина').map((item) => item.pair.id)).toEqual([pairOf(snapshot, basket!).id]);
  // Every gold terminology row has a terminology flag on its pair.
  for (const row of GOLD) expect(pairOf(snapshot, row).flags.some((flag) => flag.kind === 'terminology'), row.span).toBe(true);
}

describe('sverka glossary on a project', () => {
  it('imports a CSV glossary: counts printed, terminology flags on the gold pairs, kept after reopening', async () => {
    const file = join(dir, 'import.sverka');
    expect(sverka(['new', file, '--src', join(SAMPLE, 'ru.txt'), '--tgt', join(SAMPLE, 'en.txt')]).status).toBe(0);
    const before = await snapshotOf(file);
    expect(glossaryFlags(before, 'ДСНВ')).toHaveLength(0);

    const run = sverka(['glossary', file, '--import', join(FIXTURES, 'sample.csv')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const after = await snapshotOf(file);
    const flags = terminology(after);
    expect(flags).toBeGreaterThan(terminology(before));
    expect(run.stdout).toContain(`Added 3 glossary entries (glossary entries now: 3); ${flags} terminology flags.`);
    expectGlossaryFlags(after);
    // Reopened again (a fresh process reads the file): the flags and the glossary are stored.
    expectGlossaryFlags(await snapshotOf(file));
    const list = sverka(['glossary', file, '--list']);
    expect(list.stdout.split('\n').slice(0, 3)).toEqual([
      'СВО\tspecial military operation\t«специальная военная операция»',
      'ДСНВ\tNew START\tTreaty on Strategic Offensive Arms',
      'корзина\tbasket | baskets\tOSCE dimension',
    ]);
    expect(list.stdout).toContain('3 entries.');

    // The same terms again (from TBX this time): nothing new, nothing doubled.
    const again = sverka(['glossary', file, '--import', join(FIXTURES, 'sample.tbx')]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Added 0 glossary entries (glossary entries now: 3)');
    expect(again.stdout).toContain('3 entries were already in the glossary.');
    expect(terminology(await snapshotOf(file))).toBe(flags);
  });

  it('stores a TBX glossary given to sverka new, with the same flags', async () => {
    const file = join(dir, 'new-tbx.sverka');
    const run = sverka(['new', file, '--src', join(SAMPLE, 'ru.txt'), '--tgt', join(SAMPLE, 'en.txt'), '--glossary', join(FIXTURES, 'sample.tbx')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const snapshot = await snapshotOf(file);
    expectGlossaryFlags(snapshot);
    const list = sverka(['glossary', file, '--list']);
    expect(list.stdout).toContain('ДСНВ\tNew START\tTreaty on Strategic Offensive Arms');
    expect(list.stdout).toContain('корзина\tbasket | baskets');
    // The glossary is in the project: a re-check (after any later import) keeps using it.
    const project = await openProject(file);
    try {
      expect((await project.glossary())?.entries.length).toBe(3);
      await project.recheckFlags();
      expectGlossaryFlags(await project.snapshot());
    } finally {
      await project.close();
    }
  });

  it('refuses a malformed glossary with a translated message and changes nothing', async () => {
    const file = join(dir, 'malformed.sverka');
    expect(sverka(['new', file, '--src', join(SAMPLE, 'ru.txt'), '--tgt', join(SAMPLE, 'en.txt')]).status).toBe(0);
    const before = await snapshotOf(file);
    const english = sverka(['glossary', file, '--import', join(FIXTURES, 'malformed.tbx')]);
    expect(english.status).toBe(2);
    expect(english.stdout).toBe('');
    expect(english.stderr).toMatch(/^sverka: The TBX glossary cannot be read: line 7: .*closing tag 'term'/u);
    const russian = sverka(['glossary', file, '--import', join(FIXTURES, 'malformed.tbx')], 'ru');
    expect(russian.status).toBe(2);
    expect(russian.stderr).toContain('Глоссарий TBX не удаётся прочитать');
    const after = await snapshotOf(file);
    expect(after).toEqual(before);
    expect(sverka(['glossary', file, '--list']).stdout).toBe('0 entries.\n');
    // An empty glossary and one for other languages are refused too.
    const empty = sverka(['glossary', file, '--import', join(FIXTURES, 'other-languages.csv')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('The glossary has terms in de, fr, not in ru, en.');
    // sverka new with a malformed glossary creates no project.
    const fresh = join(dir, 'never.sverka');
    const create = sverka(['new', fresh, '--src', join(SAMPLE, 'ru.txt'), '--tgt', join(SAMPLE, 'en.txt'), '--glossary', join(FIXTURES, 'malformed.tbx')]);
    expect(create.status).toBe(2);
    expect(create.stderr).toContain('The TBX glossary cannot be read');
    expect(existsSync(fresh)).toBe(false);
  });

  it('adds a glossary to a project made from an aligned TMX file; a bad one leaves no project', async () => {
    const tmx = join(dir, 'sample.tmx');
    expect(sverka(['export', join(dir, 'malformed.sverka'), '--format', 'tmx', '-o', tmx]).status).toBe(0);
    const file = join(dir, 'from-tmx.sverka');
    const run = sverka(['new', file, '--from', tmx, '--glossary', join(FIXTURES, 'sample.csv')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const snapshot = await snapshotOf(file);
    expect(glossaryFlags(snapshot, 'ДСНВ')).toHaveLength(1);
    expect(sverka(['glossary', file, '--list']).stdout).toContain('3 entries.');
    const bad = join(dir, 'from-tmx-bad.sverka');
    const refused = sverka(['new', bad, '--from', tmx, '--glossary', join(FIXTURES, 'malformed.tbx')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('The TBX glossary cannot be read');
    expect(existsSync(bad)).toBe(false);
  });

  it('asks for exactly one of --import and --list', () => {
    const run = sverka(['glossary', join(dir, 'import.sverka')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Give either --import FILE or --list.');
  });
});
