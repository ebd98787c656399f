// Every namespace has the same keys in English and Russian (plural forms aside), Russian plurals have the
// one/few/many forms, and every literal key the renderer and the menus use exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../shared/i18n/resources';

const PLURAL = /_(zero|one|two|few|many|other)$/u;

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function baseKeys(keys: readonly string[]): Set<string> {
  return new Set(keys.map((key) => key.replace(PLURAL, '')));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/u.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  for (const namespace of NAMESPACES) {
    it(`en and ru have the same keys in "${namespace}"`, () => {
      const en = flatten(resources.en[namespace]);
      const ru = flatten(resources.ru[namespace]);
      expect([...baseKeys(ru)].sort()).toEqual([...baseKeys(en)].sort());
    });

    it(`Russian plurals in "${namespace}" have the one, few and many forms`, () => {
      const ru = new Set(flatten(resources.ru[namespace]));
      const plural = [...ru].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, ''));
      for (const key of new Set(plural)) {
        for (const form of ['one', 'few', 'many']) expect(ru.has(`${key}_${form}`), `${namespace}:${key}_${form}`).toBe(true);
      }
    });
  }

  it('every literal key used by the renderer and the menus exists in English', () => {
    const known = new Map(NAMESPACES.map((namespace) => [namespace as string, baseKeys(flatten(resources.en[namespace]))]));
    const has = (namespace: string, key: string) => known.get(namespace)?.has(key) ?? false;
    const missing: string[] = [];
    for (const file of sourceFiles('renderer/src').concat('electron/main/dialogs.ts')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.:]+)'/gu)) {
        const [namespace, key] = match[1].includes(':') ? match[1].split(':') : ['app', match[1]];
        if (!has(namespace, key)) missing.push(`${file}: ${match[1]}`);
      }
    }
    // The menu labels are keys under app:menu, passed to t() or command().
    for (const match of readFileSync('electron/main/menu.ts', 'utf8').matchAll(/\b(?:t|command)\(\s*'([A-Za-z]+)'/gu)) {
      if (!has('app', `menu.${match[1]}`)) missing.push(`menu.ts: ${match[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
