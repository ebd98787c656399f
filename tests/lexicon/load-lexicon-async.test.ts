// The lexicon read while the documents are (loadLexiconAsync, prefetchLexicon): the same lexicon as loadLexicon's,
// in the same cache, and a bad file still fails where loadLexicon is called.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lexiconFileBytes, lexiconFileText, lexiconFileTextAsync } from '../../electron/main/lexicon/lexicon-file';
import { lexiconDirectory, loadLexicon, loadLexiconAsync, prefetchLexicon } from '../../electron/main/lexicon/load-lexicon';

const folder = mkdtempSync(join(tmpdir(), 'sverka-lexicon-async-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const TEXT = '# sverka-lexicon 1 en ru\npeac\tмир\nwar\tвойн\tсражен\n';

describe('loading a lexicon off the calling thread', () => {
  it('decodes a shipped file as the synchronous reader does', async () => {
    const bytes = readFileSync(join(lexiconDirectory() as string, 'en-ru.tsv.gz'));
    expect(await lexiconFileTextAsync(bytes)).toBe(lexiconFileText(bytes));
  });

  it('gives the lexicon loadLexicon then finds in its cache, both directions', async () => {
    const dir = join(folder, 'good');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(join(dir, 'en-ru.tsv.gz'), lexiconFileBytes(TEXT));
    const early = await loadLexiconAsync('en', 'ru', dir);
    expect([...(early?.translationsOf('war') ?? [])]).toEqual(['войн', 'сражен']);
    expect(loadLexicon('en', 'ru', dir)).toBe(early);
    // The other direction comes from the same file, reversed.
    const reversed = await loadLexiconAsync('ru', 'en', dir);
    expect(reversed).toBe(loadLexicon('ru', 'en', dir));
    expect([...(reversed?.translationsOf('мир') ?? [])]).toEqual(['peac']);
  });

  it('prefetches for named languages only, and leaves a broken file to fail in loadLexicon', async () => {
    const dir = join(folder, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'de-fr.tsv.gz'), 'not gzip at all');
    writeFileSync(join(dir, 'en-ru.tsv.gz'), lexiconFileBytes(TEXT));
    await expect(prefetchLexicon('de', 'fr', dir)).resolves.toBeUndefined();
    expect(() => loadLexicon('de', 'fr', dir)).toThrow();
    await prefetchLexicon(undefined, 'ru', dir);
    await prefetchLexicon('xx-nowhere', 'ru', dir);
    await prefetchLexicon('EN', 'ru', dir);
    expect([...(loadLexicon('en', 'ru', dir)?.translationsOf('peac') ?? [])]).toEqual(['мир']);
  });
});
