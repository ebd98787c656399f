// The project's glossary guides the aligner: its terms are lexicon entries next to the general lexicon, at
// creation (createProjectFromFiles with a glossary file) and when realigning (the stored glossary). Real project
// files; no general lexicon, so only the glossary knows that «ведро» is "bucket".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectFromFiles } from '../../electron/main/project/create-project-from-files';
import { readGlossary } from '../../electron/main/io/read-glossary';
import type { Project } from '../../electron/main/store/index';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'glossary');
const SOURCE = { path: join(FIXTURES, 'animals.ru.txt'), lang: 'ru', presegmented: true } as const;
const TARGET = { path: join(FIXTURES, 'animals.en.txt'), lang: 'en', presegmented: true } as const;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-glossary-align-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The pairs as "src-tgt" bead strings ("0,1-0"). */
async function beads(project: Project): Promise<string[]> {
  return (await project.snapshot()).pairs.map((pair) => `${pair.src.join(',')}-${pair.tgt.join(',')}`);
}

describe('the glossary as aligner lexicon', () => {
  it('without a glossary, «Ведро стоит у двери» is paired with the rat sentence (length only)', async () => {
    const project = await createProjectFromFiles(join(dir, 'plain.sverka'), SOURCE, TARGET, { lexicon: null });
    try {
      expect(await beads(project)).toEqual(['0,1-0', '2-1']);
    } finally {
      await project.close();
    }
  });

  it('with a glossary at creation, «ведро» goes with "bucket"; the glossary is stored', async () => {
    const project = await createProjectFromFiles(join(dir, 'glossary.sverka'), SOURCE, TARGET, { lexicon: null, glossaryFile: join(FIXTURES, 'animals.tsv') });
    try {
      expect(await beads(project)).toEqual(['0-0', '1,2-1']);
      expect((await project.glossary())?.entries).toEqual([{ source: 'ведро', targets: ['bucket'] }]);
    } finally {
      await project.close();
    }
  });

  it('realigning uses the glossary added to the project later', async () => {
    const project = await createProjectFromFiles(join(dir, 'later.sverka'), SOURCE, TARGET, { lexicon: null });
    try {
      const glossary = await readGlossary(join(FIXTURES, 'animals.tsv'), 'ru', 'en');
      await project.addGlossaryEntries(glossary.entries);
      const first = (await project.snapshot()).pairs[0];
      await project.realignFrom(first!.id);
      expect(await beads(project)).toEqual(['0-0', '1,2-1']);
    } finally {
      await project.close();
    }
  });
});
