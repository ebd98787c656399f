/** Prepared statements cached per connection: preparing costs far more than running a small statement. */
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement>>();

/** The prepared statement for `sql` on `db`, prepared once per connection. */
export function sql(db: Database, text: string): Statement {
  let cache = caches.get(db);
  if (cache === undefined) caches.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (statement === undefined) cache.set(text, (statement = db.prepare(text)));
  return statement;
}

/** Rows per statement in `insertRows`: one statement of many rows costs SQLite far less than one per row. */
const ROWS_PER_STATEMENT = 64;

/**
 * Inserts `count` rows into `table`: one INSERT of ROWS_PER_STATEMENT rows at a time, then one per row left over
 * (two statements per table and connection, whatever the count). `values(row, into)` pushes the values of row
 * `row` onto `into`, one per column, in the order of `columns`.
 */
export function insertRows(db: Database, table: string, columns: readonly string[], count: number, values: (row: number, into: unknown[]) => void): void {
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const args: unknown[] = [];
  let row = 0;
  if (count >= ROWS_PER_STATEMENT) {
    const many = sql(db, head + new Array<string>(ROWS_PER_STATEMENT).fill(tuple).join(', '));
    while (row + ROWS_PER_STATEMENT <= count) {
      args.length = 0;
      for (const end = row + ROWS_PER_STATEMENT; row < end; row++) values(row, args);
      many.run(args);
    }
  }
  const single = sql(db, head + tuple);
  for (; row < count; row++) {
    args.length = 0;
    values(row, args);
    single.run(args);
  }
}

/**
 * The id an AUTOINCREMENT table (`pairs`, `flags`, `notes`) gives its next row: above every id it ever gave out
 * (`sqlite_sequence`) and every id it holds. Rows inserted with ids counted from here are the rows SQLite would
 * have numbered so (it moves `sqlite_sequence` past them), which `insertRows` needs to know the ids it wrote.
 */
export function nextAutoincrementId(db: Database, table: 'pairs' | 'flags' | 'notes'): number {
  const given = (sql(db, 'SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(table) as number | undefined) ?? 0;
  const held = sql(db, `SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  return Math.max(given, held) + 1;
}
