/** Data functions for the project's glossary and settings. */
import type { Database } from 'better-sqlite3';
import type { DivergenceSettingsOverride } from '../../../shared/divergence/settings';
import type { Glossary, GlossaryEntry } from '../../../shared/glossary/glossary';
import type { LangCode } from '../../../shared/types';
import { sql } from './statements';

/** Settings key of the divergence-check overrides. */
const DIVERGENCE_SETTINGS = 'divergence';

/** The project's glossary (source language to target language), or undefined when it is empty. */
export function readGlossary(db: Database, srcLang: LangCode, tgtLang: LangCode): Glossary | undefined {
  const rows = sql(db, 'SELECT source, targets, note FROM glossary ORDER BY id').all() as { source: string; targets: string; note: string }[];
  if (rows.length === 0) return undefined;
  const entries = rows.map((row): GlossaryEntry => ({
    source: row.source,
    targets: JSON.parse(row.targets) as string[],
    ...(row.note === '' ? {} : { note: row.note }),
  }));
  return { srcLang, tgtLang, entries };
}

/** Adds glossary entries; returns how many were added. */
export function insertGlossaryEntries(db: Database, entries: readonly GlossaryEntry[], now: string): number {
  const statement = sql(db, 'INSERT INTO glossary (source, targets, note, created) VALUES (?, ?, ?, ?)');
  for (const entry of entries) statement.run(entry.source, JSON.stringify(entry.targets), entry.note ?? '', now);
  return entries.length;
}

/** A stored setting (JSON), or undefined. */
export function readSetting(db: Database, key: string): unknown {
  const value = sql(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as unknown);
}

/** Stores a setting as JSON. */
export function writeSetting(db: Database, key: string, value: unknown): void {
  sql(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

/** The project's divergence-check overrides, if any. */
export function readDivergenceSettings(db: Database): DivergenceSettingsOverride | undefined {
  return readSetting(db, DIVERGENCE_SETTINGS) as DivergenceSettingsOverride | undefined;
}

/** Stores the project's divergence-check overrides. */
export function writeDivergenceSettings(db: Database, settings: DivergenceSettingsOverride): void {
  writeSetting(db, DIVERGENCE_SETTINGS, settings);
}
