/**
 * A terminology glossary: source terms and the target renderings a translation should use. Imported from CSV or
 * TBX; used by the terminology check and offered to the aligner as anchors.
 */
import type { LangCode } from '../types';

/** One concept of a glossary: a source term and its accepted target terms (the first is preferred). */
export interface GlossaryEntry {
  readonly source: string;
  readonly targets: readonly string[];
  /** A definition or usage note from the file, when it has one. */
  readonly note?: string;
}

/** A glossary for one language pair. */
export interface Glossary {
  readonly srcLang: LangCode;
  readonly tgtLang: LangCode;
  readonly entries: readonly GlossaryEntry[];
}

/** The same glossary looked up from the other side: each target term becomes a source term. */
export function reverseGlossary(glossary: Glossary): Glossary {
  const entries: GlossaryEntry[] = [];
  for (const entry of glossary.entries) {
    for (const target of entry.targets) entries.push({ source: target, targets: [entry.source], ...(entry.note ? { note: entry.note } : {}) });
  }
  return { srcLang: glossary.tgtLang, tgtLang: glossary.srcLang, entries };
}

/** Orients a glossary from the source language to the target language (undefined when it serves another pair). */
export function orientGlossary(glossary: Glossary | undefined, srcLang: LangCode, tgtLang: LangCode): Glossary | undefined {
  if (!glossary) return undefined;
  if (glossary.srcLang === srcLang && glossary.tgtLang === tgtLang) return glossary;
  if (glossary.srcLang === tgtLang && glossary.tgtLang === srcLang) return reverseGlossary(glossary);
  return undefined;
}
