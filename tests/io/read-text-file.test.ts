import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES, readTextFile } from '../../electron/main/io/read-text-file';

const dir = mkdtempSync(join(tmpdir(), 'sverka-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failureKey(path: string): Promise<unknown> {
  try {
    await readTextFile(path);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('readTextFile: bad input', () => {
  it('names a missing file', async () => {
    const path = join(dir, 'missing.txt');
    expect(await failureKey(path)).toMatchObject({ name: 'SverkaError', key: 'file.notFound', params: { path } });
  });

  it('names a directory', async () => {
    expect(await failureKey(dir)).toMatchObject({ key: 'file.isDirectory', params: { path: dir } });
  });

  it('names an empty file', async () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    expect(await failureKey(path)).toMatchObject({ key: 'file.empty', params: { path } });
  });

  it('reads UTF-8', async () => {
    const path = join(dir, 'utf8.txt');
    writeFileSync(path, 'Привет, мир.\r\nHello.');
    expect(await readTextFile(path)).toEqual({ text: 'Привет, мир.\nHello.', encoding: 'utf-8', bom: false });
  });
});

describe('readTextFile: size limit', () => {
  it('refuses a file over the limit before reading it', async () => {
    const path = join(dir, 'huge.txt');
    // A sparse file: takes no disk space.
    writeFileSync(path, '');
    truncateSync(path, MAX_TEXT_FILE_BYTES + 1);
    expect(await failureKey(path)).toMatchObject({ key: 'file.tooLarge', params: { path, limitMb: 200 } });
  });
});
