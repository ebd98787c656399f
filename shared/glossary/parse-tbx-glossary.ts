/**
 * Glossaries in TBX (ISO 30042: TBX-Basic / TBX 2 `termEntry` › `langSet` › `tig|ntig` › `term`, and TBX 2019
 * `conceptEntry` › `langSec` › `termSec` › `term`). Parsed with entity processing off; a DTD internal subset is
 * refused, and only the predefined XML entities and character references are decoded, by hand, in term text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SverkaError } from '../errors';
import type { LangCode } from '../types';
import type { Glossary, GlossaryEntry } from './glossary';

type Node = Readonly<Record<string, unknown>>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: true,
});

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return PREDEFINED[name.toLowerCase()] ?? whole;
  });
}

function children(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as Node)[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (typeof node !== 'object' || node === null) return '';
  const own = (node as Node)['#text'];
  if (own !== undefined) return textOf(own);
  // Inline markup inside a term (<hi>, <ph>): take the text of every child element.
  return Object.entries(node as Node)
    .filter(([key]) => !key.startsWith('@'))
    .map(([, value]) => (Array.isArray(value) ? value.map(textOf).join('') : textOf(value)))
    .join('');
}

/** All `term` elements below a node, at any depth. */
function terms(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith('@')) continue;
    const list = Array.isArray(value) ? value : [value];
    if (key === 'term') found.push(...list.map((term) => decode(textOf(term)).trim()).filter((term) => term.length > 0));
    else for (const child of list) found.push(...terms(child));
  }
  return found;
}

/** All elements with one of the names, at any depth. */
function elements(node: unknown, names: ReadonlySet<string>): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: unknown[] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith('@')) continue;
    const list = Array.isArray(value) ? value : [value];
    if (names.has(key)) found.push(...list);
    else for (const child of list) found.push(...elements(child, names));
  }
  return found;
}

function primary(code: unknown): LangCode {
  return String(code ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
}

/** Parses a TBX file's text into the glossary between two of its languages. */
export function parseTbxGlossary(text: string, srcLang: LangCode, tgtLang: LangCode): Glossary {
  if (/<!ENTITY/iu.test(text) || /<!DOCTYPE\b[^>[]*\[/iu.test(text)) throw new SverkaError('glossary.entities', { format: 'TBX' });
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new SverkaError('glossary.malformed', { format: 'TBX', message: `line ${valid.err.line}: ${valid.err.msg}` });
  const root = parser.parse(text) as unknown;
  const entries: GlossaryEntry[] = [];
  const languages = new Set<LangCode>();
  for (const entry of elements(root, new Set(['termEntry', 'conceptEntry']))) {
    const byLang = new Map<LangCode, string[]>();
    for (const section of [...children(entry, 'langSet'), ...children(entry, 'langSec')]) {
      const lang = primary((section as Node)['@lang'] ?? (section as Node)['@xml:lang']);
      languages.add(lang);
      byLang.set(lang, [...(byLang.get(lang) ?? []), ...terms(section)]);
    }
    const note = [...children(entry, 'descrip'), ...children(entry, 'note')].map((item) => decode(textOf(item)).trim()).find((item) => item.length > 0);
    const targets = byLang.get(tgtLang) ?? [];
    for (const source of byLang.get(srcLang) ?? []) {
      if (targets.length > 0) entries.push({ source, targets, ...(note ? { note } : {}) });
    }
  }
  if (entries.length === 0) {
    if (languages.size > 0 && (!languages.has(srcLang) || !languages.has(tgtLang))) {
      throw new SverkaError('glossary.languages', { found: [...languages].join(', '), expected: `${srcLang}, ${tgtLang}` });
    }
    throw new SverkaError('glossary.empty', { format: 'TBX' });
  }
  return { srcLang, tgtLang, entries };
}
