/** Re-running the checks after the glossary changed: new flags appear, reviewed ones keep their status and notes. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProjectFromFiles } from '../../electron/main/project/create-project-from-files';
import { openProject } from '../../electron/main/store/index';
import type { ProjectSnapshot } from '../../shared/project';
import { temporaryFolder } from './fixtures';

const SAMPLE = fileURLToPath(new URL('../../resources/samples/lavrov-osce-2026-02-06/', import.meta.url));

let folder: ReturnType<typeof temporaryFolder>;
let file: string;
beforeAll(async () => {
  folder = temporaryFolder();
  file = path.join(folder.dir, 'recheck.sverka');
  await (await createProjectFromFiles(file, { path: path.join(SAMPLE, 'ru.txt'), lang: 'ru' }, { path: path.join(SAMPLE, 'en.txt'), lang: 'en' })).close();
});
afterAll(() => folder.remove());

const terminology = (snapshot: ProjectSnapshot): number =>
  snapshot.pairs.reduce((n, pair) => n + pair.flags.filter((f) => f.kind === 'terminology' && f.messageKey.includes('glossary')).length, 0);

it('recheckFlags applies a new glossary entry, keeps flag reviews and notes, and is undone in one step', async () => {
  const project = await openProject(file);
  const before = await project.snapshot();
  const reviewed = before.pairs.flatMap((pair) => pair.flags).find((flag) => flag.kind !== 'terminology');
  expect(reviewed).toBeDefined();
  await project.setFlagStatus(reviewed!.id, 'accepted');
  await project.addNote({ flagId: reviewed!.id }, 'checked with the editor');
  const reviewedSnapshot = await project.snapshot();

  await project.addGlossaryEntries([{ source: 'ОБСЕ', targets: ['Organization for Security and Co-operation in Europe'] }]);
  expect((await project.glossary())?.entries).toHaveLength(1);
  await project.recheckFlags();
  const after = await project.snapshot();
  expect(terminology(after)).toBeGreaterThan(terminology(before));
  const kept = after.pairs.flatMap((pair) => pair.flags).find((flag) => flag.id === reviewed!.id);
  expect(kept?.status).toBe('accepted');
  expect(kept?.notes.map((n) => n.text)).toEqual(['checked with the editor']);
  // Flags that did not change were not rewritten: every other flag keeps its id.
  const ids = new Set(after.pairs.flatMap((pair) => pair.flags.map((f) => f.id)));
  expect(reviewedSnapshot.pairs.flatMap((pair) => pair.flags).every((f) => ids.has(f.id))).toBe(true);

  await project.undo();
  const undone = await project.snapshot();
  expect(undone.pairs).toEqual(reviewedSnapshot.pairs);
  await project.close();
});
