/** Opening and creating project files: schema, pragmas, and every file that must be refused untouched. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, openProject, SVERKA_APPLICATION_ID } from '../../electron/main/store/index';
import { LATEST_VERSION } from '../../electron/main/store/migrations/index';
import { isSverkaError } from '../../shared/errors';
import { numberedInput, temporaryFolder } from './fixtures';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

async function errorKey(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isSverkaError(error)) return error.key;
    throw error;
  }
  throw new Error('expected a SverkaError');
}

async function newProject(name = 'p.sverka', sentences = 20): Promise<string> {
  const file = path.join(folder.dir, name);
  const project = await createProject(file, numberedInput(sentences), { lexicon: null });
  await project.close();
  return file;
}

/** The file's bytes and the folder listing, to prove a refused file was left exactly as it was. */
function state(file: string): { bytes: Buffer; listing: string[] } {
  return { bytes: fs.readFileSync(file), listing: fs.readdirSync(path.dirname(file)).sort() };
}

describe('a new project file', () => {
  it('is marked as Sverka, has the latest schema, strict tables and no leftovers after close', async () => {
    const file = await newProject();
    expect(fs.readdirSync(folder.dir)).toEqual(['p.sverka']);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(SVERKA_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      ['alternate_pairs', 'alternate_paragraphs', 'alternate_sentences', 'alternates', 'documents', 'flags', 'glossary', 'history_actions', 'history_changes', 'history_state', 'notes', 'pairs', 'paragraphs', 'project', 'sentences', 'settings'].sort(),
    );
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM pairs').pluck().get()).toBe(20);
    expect(db.prepare('SELECT count(*) FROM sentences').pluck().get()).toBe(40);
    db.close();
  });

  it('keeps every edit in the file alone once closed (WAL checkpointed), so a copy opens with the last edit', async () => {
    const file = await newProject();
    const project = await openProject(file, { lexicon: null });
    await project.addNote({ pairId: 5 }, 'last edit before copying');
    await project.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const copy = path.join(folder.dir, 'copy.sverka');
    fs.copyFileSync(file, copy);
    const reopened = await openProject(copy, { lexicon: null });
    const page = await reopened.pairsPage(0, 10);
    expect(page.pairs.find((p) => p.id === 5)?.notes.map((n) => n.text)).toEqual(['last edit before copying']);
    await reopened.close();
  });

  it('stores each sentence text once (in its document), except a sentence that is not the slice it claims', async () => {
    const file = path.join(folder.dir, 'texts.sverka');
    const input = numberedInput(6);
    const odd = { ...input.target.document.sentences[2], text: 'Normalised  text,  not the slice.' };
    const target = { ...input.target.document, sentences: input.target.document.sentences.map((s) => (s.index === 2 ? odd : s)) };
    await (await createProject(file, { ...input, target: { ...input.target, document: target } }, { lexicon: null })).close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM sentences WHERE text IS NOT NULL').pluck().get()).toBe(1);
    db.close();
    const project = await openProject(file, { lexicon: null });
    const snapshot = await project.snapshot();
    expect(snapshot.source.sentences.map((s) => s.text)).toEqual(input.source.document.sentences.map((s) => s.text));
    expect(snapshot.target.sentences.map((s) => s.text)).toEqual(target.sentences.map((s) => s.text));
    expect((await project.pairsPage(1, 3)).target.map((s) => s.text)).toEqual(target.sentences.slice(1, 4).map((s) => s.text));
    await project.close();
  });

  it('is never overwritten by createProject', async () => {
    const file = await newProject();
    const before = state(file);
    expect(await errorKey(createProject(file, numberedInput(3), { lexicon: null }))).toBe('project.exists');
    expect(state(file)).toEqual(before);
  });

  it('is not created in a folder that does not exist', async () => {
    expect(await errorKey(createProject(path.join(folder.dir, 'missing', 'p.sverka'), numberedInput(3), { lexicon: null }))).toBe('project.folderNotFound');
  });

  it('opens while open elsewhere in this process only after the other connection closes', async () => {
    const file = await newProject();
    const first = await openProject(file, { lexicon: null });
    expect(await errorKey(openProject(file, { lexicon: null }))).toBe('project.alreadyOpen');
    await first.close();
    const second = await openProject(file, { lexicon: null });
    await second.close();
  });
});

describe('files that are refused, unchanged', () => {
  it('a missing file', async () => {
    expect(await errorKey(openProject(path.join(folder.dir, 'none.sverka')))).toBe('project.notFound');
  });

  it('a folder', async () => {
    expect(await errorKey(openProject(folder.dir))).toBe('project.notAFile');
  });

  it('a text file', async () => {
    const file = path.join(folder.dir, 'notes.sverka');
    fs.writeFileSync(file, 'Это просто текст, а не база данных.\n'.repeat(200));
    const before = state(file);
    expect(await errorKey(openProject(file))).toBe('project.notSverka');
    expect(state(file)).toEqual(before);
  });

  it('an empty file', async () => {
    const file = path.join(folder.dir, 'empty.sverka');
    fs.writeFileSync(file, '');
    expect(await errorKey(openProject(file))).toBe('project.notSverka');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('another application’s SQLite database', async () => {
    const file = path.join(folder.dir, 'other.sverka');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);');
    db.close();
    const before = state(file);
    expect(await errorKey(openProject(file))).toBe('project.notSverka');
    expect(state(file)).toEqual(before);
  });

  it('a project from a newer Sverka', async () => {
    const file = await newProject();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 7}`);
    db.close();
    const before = state(file);
    expect(await errorKey(openProject(file))).toBe('project.newerVersion');
    expect(state(file)).toEqual(before);
  });

  it('a corrupt project', async () => {
    const file = await newProject('big.sverka', 400);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    expect(bytes.length / pageSize).toBeGreaterThan(10);
    // Scribble over every b-tree page but the first (the schema stays readable, the tables do not).
    for (let offset = pageSize; offset < bytes.length; offset += pageSize) bytes.fill(0xa5, offset, offset + 64);
    fs.writeFileSync(file, bytes);
    const before = state(file);
    expect(await errorKey(openProject(file))).toBe('project.corrupt');
    expect(state(file)).toEqual(before);
  });

  it('a read-only project', async () => {
    const file = await newProject();
    fs.chmodSync(file, 0o444);
    const before = state(file);
    expect(await errorKey(openProject(file))).toBe('project.readOnly');
    expect(state(file)).toEqual(before);
    fs.chmodSync(file, 0o644);
  });

  it('a project with a trigger Sverka did not create', async () => {
    const file = await newProject();
    const db = new Database(file);
    db.exec("CREATE TRIGGER sneaky AFTER INSERT ON notes BEGIN DELETE FROM pairs; END;");
    db.close();
    const before = state(file);
    expect(await errorKey(openProject(file))).toBe('project.unexpectedSchema');
    expect(state(file)).toEqual(before);
  });

  it('a project whose import never finished (no documents)', async () => {
    const file = await newProject();
    const db = new Database(file);
    db.pragma('foreign_keys = OFF');
    db.exec('DELETE FROM flags; DELETE FROM pairs; DELETE FROM sentences; DELETE FROM paragraphs; DELETE FROM documents;');
    db.close();
    expect(await errorKey(openProject(file))).toBe('project.incomplete');
  });
});

describe('read-only files that are not projects', () => {
  it('are reported as not Sverka projects, not as read-only', async () => {
    const file = path.join(folder.dir, 'text.sverka');
    fs.writeFileSync(file, 'plain text\n');
    fs.chmodSync(file, 0o444);
    expect(await errorKey(openProject(file))).toBe('project.notSverka');
    fs.chmodSync(file, 0o644);
  });
});
