// The checks' shared empty lists must be the same kind of array to V8 as the lists they stand in for (same "map"):
// otherwise code optimised for one is thrown away when the other comes. Checked in V8 itself, through its test-only
// %HaveSameMap, in a child Node started with --allow-natives-syntax on the module bundled by esbuild.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sverka-empty-lists-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `body` (with `lists`, the module's exports) in a Node allowing V8's natives syntax; returns what it prints. */
function inV8(body: string): string {
  buildSync({
    entryPoints: [resolve(import.meta.dirname, '..', '..', 'shared', 'divergence', 'empty-lists.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: join(dir, 'empty-lists.cjs'),
    logLevel: 'warning',
  });
  const script = join(dir, 'check.js');
  writeFileSync(script, `const lists = require('./empty-lists.cjs');\n${body}\n`);
  return execFileSync(process.execPath, ['--allow-natives-syntax', script], { encoding: 'utf8' }).trim();
}

describe('empty lists of the kind of the lists they stand for', () => {
  it('an empty packed list has the map of a list pushed with objects or strings, unlike []', () => {
    const out = inV8(`
      const pushed = (values) => { const list = []; for (const value of values) list.push(value); return list; };
      const objects = pushed([{}, {}]);
      const strings = pushed(['a', 'b']);
      console.log(JSON.stringify([
        %HaveSameMap(lists.emptyPackedList(), objects),
        %HaveSameMap(lists.emptyPackedList(), strings),
        %HaveSameMap(lists.pushedList(0), objects),
        %HaveSameMap([], objects),
        lists.emptyPackedList().length,
      ]));
    `);
    expect(JSON.parse(out)).toEqual([true, true, true, false, 0]);
  });

  it('a list pushed into from pushedList(n > 0) is packed like the rest', () => {
    const out = inV8(`
      const list = lists.pushedList(2); list.push({}); list.push({});
      const other = []; other.push({});
      console.log(JSON.stringify([%HaveSameMap(list, other), %HaveSameMap(list, lists.pushedList(0))]));
    `);
    expect(JSON.parse(out)).toEqual([true, true]);
  });
});
