/**
 * Many-row inserts on a real project file: every row lands once, in order, whatever the count against the rows per
 * statement; ids counted from `nextAutoincrementId` are the ids SQLite's AUTOINCREMENT would have given.
 */
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, createDatabase } from '../../electron/main/store/database';
import { insertRows, nextAutoincrementId } from '../../electron/main/store/statements';
import { temporaryFolder } from './fixtures';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

it('inserts every row once and in order, below, at and above the rows one statement takes', () => {
  const db = createDatabase(path.join(folder.dir, 'rows.sverka'));
  try {
    db.exec('CREATE TABLE numbers (position INTEGER NOT NULL, label TEXT, half REAL NOT NULL) STRICT');
    for (const count of [0, 1, 63, 64, 65, 129, 200]) {
      db.exec('DELETE FROM numbers');
      insertRows(db, 'numbers', ['position', 'label', 'half'], count, (row, into) => into.push(row, row % 3 === 0 ? null : `n${row}`, row / 2));
      const rows = db.prepare('SELECT position, label, half FROM numbers ORDER BY rowid').all();
      expect(rows).toEqual(Array.from({ length: count }, (_, row) => ({ position: row, label: row % 3 === 0 ? null : `n${row}`, half: row / 2 })));
    }
  } finally {
    closeDatabase(db);
  }
});

it('counts ids as AUTOINCREMENT does: past ids given out and deleted since, and past ids set by hand', () => {
  const db = createDatabase(path.join(folder.dir, 'ids.sverka'));
  try {
    const auto = db.prepare("INSERT INTO pairs (src_start, src_end, tgt_start, tgt_end, score, origin) VALUES (?, ?, ?, ?, 1, 'auto')");
    expect(nextAutoincrementId(db, 'pairs')).toBe(1);
    for (let k = 0; k < 5; k++) auto.run(k, k + 1, k, k + 1);
    db.exec('DELETE FROM pairs WHERE id >= 4');
    // SQLite never gives 4 and 5 again.
    const next = nextAutoincrementId(db, 'pairs');
    expect(next).toBe(6);
    insertRows(db, 'pairs', ['id', 'src_start', 'src_end', 'tgt_start', 'tgt_end', 'score', 'origin'], 70, (row, into) =>
      into.push(next + row, 10 + row, 11 + row, 10 + row, 11 + row, 1, 'auto'),
    );
    expect(db.prepare('SELECT max(id) FROM pairs').pluck().get()).toBe(next + 69);
    // The rows set by hand moved SQLite's own count past them.
    const after = nextAutoincrementId(db, 'pairs');
    expect(after).toBe(next + 70);
    expect(Number(auto.run(100, 101, 100, 101).lastInsertRowid)).toBe(after);
  } finally {
    closeDatabase(db);
  }
});
