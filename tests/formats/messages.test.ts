import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/create-i18n';
import { FLAG_KINDS } from '../../shared/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = [
  ...['xml-safety', 'bilingual', 'export-rows', 'tmx', 'xliff', 'csv', 'html-report', 'imported-document', 'markdown', 'html-import'].map((name) => join('shared/formats', `${name}.ts`)),
  ...readdirSync(join(ROOT, 'electron/main/import')).map((name) => join('electron/main/import', name)),
  ...readdirSync(join(ROOT, 'electron/main/export')).map((name) => join('electron/main/export', name)),
];

describe('messages of the import and export code', () => {
  it('every error key thrown has English and Russian text', () => {
    const keys = new Set(SOURCES.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/new SverkaError\(\s*'([\w.]+)'/g)].map((match) => match[1])));
    expect(keys.size).toBeGreaterThan(10);
    for (const language of ['en', 'ru'] as const) {
      const i18n = createI18n(language);
      for (const key of keys) {
        expect(i18n.exists(`errors:${key}`, { lng: language, fallbackLng: false }), `${language} errors:${key}`).toBe(true);
      }
    }
  });

  it('every report label has English and Russian text', () => {
    const keys = [
      ...FLAG_KINDS.map((kind) => `kinds.${kind}`),
      ...['info', 'warning', 'error'].map((severity) => `severity.${severity}`),
      ...['open', 'accepted', 'dismissed', 'resolved'].map((status) => `flagStatus.${status}`),
      ...['auto', 'edited', 'confirmed'].map((origin) => `origin.${origin}`),
      ...['number', 'source', 'target', 'score', 'status', 'flags', 'notes', 'flagsAndNotes'].map((column) => `columns.${column}`),
      'title', 'generated', 'languages', 'summary', 'noFlags', 'pair', 'score', 'notes', 'changedSinceReview', 'flagLine', 'side.src', 'side.tgt',
    ];
    for (const language of ['en', 'ru'] as const) {
      const i18n = createI18n(language);
      for (const key of keys) expect(i18n.exists(`app:report.${key}`, { lng: language, fallbackLng: false }), `${language} ${key}`).toBe(true);
    }
  });
});
