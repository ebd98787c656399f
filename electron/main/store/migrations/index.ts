/** Every schema migration, in order. Add a new numbered file and one line here; never edit a released one. */
import type { Migration } from './migration';
import { migration001 } from './001-initial';
import { migration002 } from './002-history';
import { migration003 } from './003-alternate-translations';
import { migration004 } from './004-sentence-text-from-document';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
