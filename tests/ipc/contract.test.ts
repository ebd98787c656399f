// The IPC contract: every argument is validated before a handler runs, results never throw across the
// boundary, and the handlers edit a real project file (the bundled sample, imported, aligned and flagged).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { ARGUMENT_SCHEMAS } from '../../shared/ipc/schemas';
import type { ProjectView } from '../../shared/ipc/results';
import { applyEdit, type EditResult } from '../../shared/ipc/edit-result';
import { createHandlers, type HandlerSet } from '../../electron/main/handlers/create-handlers';
import { dispatch } from '../../electron/main/handlers/dispatch';
import { InProcessJobRunner } from '../../electron/main/jobs/job-runner';
import { executeJob } from '../../electron/main/jobs/job-tasks';
import type { AppEvent } from '../../shared/ipc/events';

const SAMPLE = 'resources/samples/lavrov-osce-2026-02-06';

let dataDir: string;
let set: HandlerSet;
const events: AppEvent[] = [];

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sverka-ipc-'));
  set = createHandlers({
    host: 'web',
    version: 'test',
    dataDir,
    sampleDir: SAMPLE,
    jobs: new InProcessJobRunner(executeJob),
    emit: (event) => events.push(event),
  });
});

afterAll(async () => {
  await set.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (channel: string, args: unknown) => dispatch(set.handlers, channel, args, () => undefined);

async function value<T>(channel: string, args: unknown): Promise<T> {
  const result = await call(channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.key} ${JSON.stringify(result.error.params)}`);
  return result.value as T;
}

describe('the contract', () => {
  it('has a schema for every channel and a channel for every schema', () => {
    expect(Object.keys(ARGUMENT_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+\.[A-Za-z]+$/u);
  });

  it('rejects unknown channels', async () => {
    expect(await call('project.deleteEverything', {})).toEqual({ ok: false, error: { key: 'ipc.unknownChannel', params: { channel: 'project.deleteEverything' } } });
    expect((await call('__proto__', {})).ok).toBe(false);
  });

  it.each([
    ['app.setUiLanguage', { language: 'de' }],
    ['app.setUiLanguage', { language: 'en', extra: 1 }],
    ['app.state', null],
    ['app.state', 'x'],
    ['project.open', {}],
    ['project.open', { path: '' }],
    ['project.open', { path: 42 }],
    ['project.open', { path: '/tmp/a\u0000b.sverka' }],
    ['project.create', { jobId: 'x', source: { path: '/a', lang: 'ru' }, target: { path: '/b', lang: 'english' } }],
    ['project.create', { jobId: '../../etc', source: { path: '/a', lang: 'ru' }, target: { path: '/b', lang: 'en' } }],
    ['pairs.merge', { pairId: 1, direction: 'sideways' }],
    ['pairs.merge', { pairId: -1, direction: 'next' }],
    ['pairs.merge', { pairId: 1.5, direction: 'next' }],
    ['pairs.split', { pairId: 1, srcCount: -1, tgtCount: 0 }],
    ['pairs.confirm', { pairIds: [], confirmed: true }],
    ['notes.add', { target: { pairId: 1 }, text: '   ' }],
    ['notes.add', { target: { pairId: 1, flagId: 2 }, text: 'x' }],
    ['notes.add', { target: {}, text: 'x' }],
    ['flags.setStatus', { flagId: 1, status: 'deleted' }],
    ['export.run', { jobId: 'a', format: 'exe' }],
    ['dialog.openFile', { purpose: 'anything' }],
  ])('rejects invalid arguments: %s %j', async (channel, args) => {
    const result = await call(channel, args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe('ipc.invalidArgument');
  });

  it('answers an edit without an open project with a user-facing error, not a throw', async () => {
    expect(await call('pairs.merge', { pairId: 1, direction: 'next' })).toEqual({ ok: false, error: { key: 'app.noProjectOpen', params: {} } });
  });

  it('remembers the UI language', async () => {
    await value('app.setUiLanguage', { language: 'ru' });
    expect((await value<{ uiLanguage: string }>('app.state', {})).uiLanguage).toBe('ru');
  });
});

describe('handlers on a real project', () => {
  let view: ProjectView;

  beforeAll(async () => {
    view = await value<ProjectView>('project.openSample', { jobId: 'sample-1' });
  });

  it('imports, aligns and flags the sample, reporting progress', () => {
    expect(view.snapshot.pairs.length).toBeGreaterThan(150);
    const gloss = view.snapshot.pairs.flatMap((pair) => pair.flags).find((flag) => flag.kind === 'gloss' && flag.params.marker === 'which means');
    expect(gloss).toBeDefined();
    expect(events.some((event) => event.type === 'job.progress' && event.jobId === 'sample-1' && event.stage === 'aligning')).toBe(true);
  });

  it('merges, undoes, adds a note and keeps it across reopening', async () => {
    const first = view.snapshot.pairs[10];
    const merge = await value<EditResult>('pairs.merge', { pairId: first.id, direction: 'next' });
    // A local edit answers with a patch: the two old pairs replaced by one.
    expect(merge).toMatchObject({ kind: 'patch', canUndo: true, patch: { start: 10, deleteCount: 2, total: view.snapshot.pairs.length - 1 } });
    const merged = applyEdit(view, merge);
    expect(merged.snapshot.pairs.length).toBe(view.snapshot.pairs.length - 1);
    expect(merged.snapshot.pairs[10].src).toEqual([...first.src, ...view.snapshot.pairs[11].src]);
    // The patched copy equals what the store now holds.
    expect(merged.snapshot.pairs.map((pair) => pair.id)).toEqual((await value<ProjectView>('project.current', {})).snapshot.pairs.map((pair) => pair.id));
    const undone = applyEdit(merged, await value<EditResult>('history.undo', {}));
    expect(undone.snapshot.pairs.length).toBe(view.snapshot.pairs.length);
    const noted = applyEdit(undone, await value<EditResult>('notes.add', { target: { pairId: first.id }, text: 'Проверить термин' }));
    expect(noted.snapshot.pairs[10].notes.map((note) => note.text)).toEqual(['Проверить термин']);
    expect(JSON.stringify(noted.snapshot.pairs.map((pair) => [pair.id, pair.notes.length, pair.flags.length]))).toBe(
      JSON.stringify((await value<ProjectView>('project.current', {})).snapshot.pairs.map((pair) => [pair.id, pair.notes.length, pair.flags.length])),
    );
    await value('project.close', {});
    const reopened = await value<ProjectView>('project.open', { path: view.path });
    expect(reopened.snapshot.pairs[10].notes.map((note) => note.text)).toEqual(['Проверить термин']);
    const state = await value<{ recent: { path: string }[] }>('app.state', {});
    expect(state.recent[0].path).toBe(view.path);
  });

  it('answers every local edit with a patch that matches the store', async () => {
    let mirror = await value<ProjectView>('project.current', {});
    /** The pairs without Flag.pair (which a patch does not renumber). */
    const shape = (project: ProjectView) => JSON.stringify(project.snapshot.pairs.map((pair) => ({ ...pair, flags: pair.flags.map(({ pair: _pair, ...flag }) => flag) })));
    const check = async (channel: string, args: unknown) => {
      const result = await value<EditResult>(channel, args);
      mirror = applyEdit(mirror, result);
      expect(shape(mirror)).toBe(shape(await value<ProjectView>('project.current', {})));
      return result;
    };
    const pairs = () => mirror.snapshot.pairs;
    const twoByTwo = pairs().findIndex((pair, index) => index > 20 && pair.src.length === 1 && pair.tgt.length === 1 && pairs()[index + 1]?.src.length === 1 && pairs()[index + 1]?.tgt.length === 1);
    const id = pairs()[twoByTwo].id;
    expect((await check('pairs.merge', { pairId: id, direction: 'next' })).kind).toBe('patch');
    expect((await check('pairs.split', { pairId: id, srcCount: 1, tgtCount: 1 })).kind).toBe('patch');
    expect((await check('pairs.merge', { pairId: pairs()[twoByTwo + 1].id, direction: 'previous' })).kind).toBe('patch');
    await check('pairs.moveSentence', { pairId: id, side: 'tgt', which: 'last' });
    await check('pairs.insertEmpty', { pairId: pairs()[twoByTwo + 5].id, side: 'src' });
    await check('pairs.confirm', { pairIds: [pairs()[twoByTwo + 7].id], confirmed: true });
    const flagged = pairs().find((pair) => pair.flags.length > 0);
    await check('flags.setStatus', { flagId: flagged!.flags[0].id, status: 'dismissed' });
    await check('notes.add', { target: { flagId: flagged!.flags[0].id }, text: 'on a flag' });
    const note = pairs().flatMap((pair) => pair.flags).flatMap((flag) => flag.notes).find((item) => item.text === 'on a flag');
    await check('notes.update', { noteId: note!.id, text: 'on a flag, edited' });
    await check('notes.remove', { noteId: note!.id });
    // Undo reads back only the pairs the undone action touched, and sends them as a patch.
    expect((await check('history.undo', {})).kind).toBe('patch');
    await check('history.redo', {});
    expect((await check('pairs.confirm', { pairIds: [pairs()[1].id, pairs()[2].id], confirmed: true })).kind).toBe('patch');
    // Every action above undone one by one, then redone: each a patch that matches the store.
    for (let step = 0; step < 12; step += 1) expect((await check('history.undo', {})).kind).toBe('patch');
    for (let step = 0; step < 12; step += 1) expect((await check('history.redo', {})).kind).toBe('patch');
  });

  it('realigns from a pair down, keeping confirmed pairs, with progress', async () => {
    // A few merges below the starting pair, so that the realignment has something to undo.
    for (const at of [104, 110, 118, 126]) {
      const pairs = (await value<ProjectView>('project.current', {})).snapshot.pairs;
      if (pairs[at].origin !== 'confirmed' && pairs[at + 1].origin !== 'confirmed') await value('pairs.merge', { pairId: pairs[at].id, direction: 'next' });
    }
    const before = await value<ProjectView>('project.current', {});
    const from = before.snapshot.pairs[100];
    const confirmed = before.snapshot.pairs.slice(100).filter((pair) => pair.origin === 'confirmed').map((pair) => [pair.src, pair.tgt]);
    const result = await value<EditResult>('pairs.realignFrom', { pairId: from.id, jobId: 'realign-1' });
    expect(result.kind).toBe('full');
    const after = applyEdit(before, result);
    expect(after.snapshot.pairs.slice(0, 100).map((pair) => pair.id)).toEqual(before.snapshot.pairs.slice(0, 100).map((pair) => pair.id));
    const kept = after.snapshot.pairs.filter((pair) => pair.origin === 'confirmed').map((pair) => [pair.src, pair.tgt]);
    for (const pair of confirmed) expect(kept).toContainEqual(pair);
    expect(after.canUndo).toBe(true);
    // Undoing and redoing the realignment patch the copy, which then matches the store each time.
    const ids = (project: ProjectView) => JSON.stringify(project.snapshot.pairs.map((pair) => [pair.id, pair.src, pair.tgt, pair.flags.length, pair.notes.length]));
    const undone = applyEdit(after, await value<EditResult>('history.undo', {}));
    expect(ids(undone)).toBe(ids(await value<ProjectView>('project.current', {})));
    const redone = applyEdit(undone, await value<EditResult>('history.redo', {}));
    expect(ids(redone)).toBe(ids(await value<ProjectView>('project.current', {})));
  });

  it('cancels a realignment and leaves the project as it was, still open', async () => {
    const before = await value<ProjectView>('project.current', {});
    const running = call('pairs.realignFrom', { pairId: before.snapshot.pairs[3].id, jobId: 'realign-cancel' });
    expect(await value('job.cancel', { jobId: 'realign-cancel' })).toBe(true);
    expect(await running).toEqual({ ok: false, error: { key: 'job.cancelled', params: {} } });
    const after = await value<ProjectView>('project.current', {});
    expect(after.snapshot.pairs.map((pair) => pair.id)).toEqual(before.snapshot.pairs.map((pair) => pair.id));
    expect((await value<EditResult>('notes.add', { target: { pairId: after.snapshot.pairs[3].id }, text: 'still editable' })).kind).toBe('patch');
  });

  it('exports TMX to the exports folder', async () => {
    const result = await value<{ path: string; bytes: number }>('export.run', { jobId: 'export-1', format: 'tmx' });
    expect(result.path.startsWith(join(dataDir, 'exports'))).toBe(true);
    expect(result.bytes).toBeGreaterThan(1000);
  });

  it('exports the project JSON with the notes', async () => {
    const result = await value<{ path: string }>('export.run', { jobId: 'export-2', format: 'json' });
    const exported = JSON.parse(readFileSync(result.path, 'utf8')) as { pairs: { notes: { text: string }[] }[] };
    const current = await value<ProjectView>('project.current', {});
    expect(exported.pairs.length).toBe(current.snapshot.pairs.length);
    expect(exported.pairs.flatMap((pair) => pair.notes.map((note) => note.text))).toContain('Проверить термин');
  });

  it('imports a new revision of the translation and compares the revisions word by word', async () => {
    const revised = join(dataDir, 'en-v2.txt');
    writeFileSync(revised, readFileSync(join(SAMPLE, 'en.txt'), 'utf8').replace('pardon the pun', 'if you will forgive the pun'));
    const before = await value<ProjectView>('project.current', {});
    const { edit, update } = await value<{ edit: EditResult; update: { revision: number; kept: number } }>('project.updateSide', { jobId: 'revision-1', side: 'tgt', path: revised });
    expect(update.revision).toBe(2);
    expect(update.kept).toBeGreaterThan(before.snapshot.pairs.length - 5);
    expect(applyEdit(before, edit).snapshot.target.info.revision).toBe(2);
    expect((await value<{ revision: number }[]>('revisions.list', { side: 'tgt' })).map((info) => info.revision)).toEqual([1, 2]);
    const { changes } = await value<{ changes: { kind: string; segments: { kind: string; text: string }[] }[] }>('revisions.compare', { side: 'tgt', from: 1, to: 2 });
    expect(changes).toHaveLength(1);
    expect(changes[0].kind).toBe('modified');
    expect(changes[0].segments.filter((segment) => segment.kind === 'insert').map((segment) => segment.text).join('')).toContain('if you will forgive');
    expect(await call('revisions.compare', { side: 'tgt', from: 1, to: 7 })).toMatchObject({ ok: false, error: { key: 'project.revisionNotFound' } });
  });

  it('adds a second translation, compares it row by row, and removes it', async () => {
    expect(await value('translations.list', {})).toEqual([]);
    const [added] = await value<{ id: number; lang: string }[]>('translations.add', { jobId: 'alternate-1', path: join(SAMPLE, 'en.txt'), name: 'Published' });
    expect(added.lang).toBe('en');
    const comparison = await value<{ rows: { identical: boolean; segments: { kind: string; text: string }[] }[] }>('translations.compare', { alternateId: added.id });
    expect(comparison.rows.length).toBeGreaterThan(100);
    // The published text against revision 2 of the translation: nearly every row identical (the edits above
    // moved a few sentences between pairs), and the revised words differ.
    const different = comparison.rows.filter((row) => !row.identical);
    expect(different.length).toBeGreaterThanOrEqual(1);
    expect(different.length).toBeLessThan(6);
    const inserted = different.flatMap((row) => row.segments.filter((segment) => segment.kind === 'insert').map((segment) => segment.text)).join('|');
    expect(inserted).toContain('pardon');
    expect(await value('translations.remove', { alternateId: added.id })).toEqual([]);
  });

  it('cancels a running job', async () => {
    const running = call('project.create', {
      jobId: 'cancel-me',
      source: { path: join(SAMPLE, 'ru.txt'), lang: 'ru' },
      target: { path: join(SAMPLE, 'en.txt'), lang: 'en' },
    });
    expect(await value('job.cancel', { jobId: 'cancel-me' })).toBe(true);
    const result = await running;
    expect(result).toEqual({ ok: false, error: { key: 'job.cancelled', params: {} } });
  });
});
