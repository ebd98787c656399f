/** Rule tables by language, compiled on first use. */
import { compileSegmentRules, mergeSegmentRules, primaryLanguage, type CompiledSegmentRules, type LanguageSegmentRules } from '../segment-rules';
import type { LangCode } from '../../types';
import { COMMON_RULES } from './common';
import { DE_RULES } from './de';
import { EN_RULES } from './en';
import { FR_RULES } from './fr';
import { BE_RULES, BG_RULES, CS_RULES, ES_RULES, IT_RULES, NL_RULES, PL_RULES, PT_RULES } from './others';
import { RU_RULES } from './ru';
import { UK_RULES } from './uk';

/** The per-language tables (each is merged with COMMON_RULES). */
export const SEGMENT_RULES: Readonly<Record<string, LanguageSegmentRules>> = {
  en: EN_RULES,
  ru: RU_RULES,
  uk: UK_RULES,
  de: DE_RULES,
  fr: FR_RULES,
  es: ES_RULES,
  it: IT_RULES,
  pt: PT_RULES,
  nl: NL_RULES,
  pl: PL_RULES,
  cs: CS_RULES,
  sk: CS_RULES,
  bg: BG_RULES,
  be: BE_RULES,
};

/** Languages with rules of their own (others get the shared table and Intl.Segmenter alone). */
export const SEGMENT_RULE_LANGUAGES: readonly LangCode[] = Object.keys(SEGMENT_RULES);

const compiled = new Map<string, CompiledSegmentRules>();

/** Compiled rules for a language (the shared table when the language has none of its own). */
export function segmentRulesFor(lang: LangCode): CompiledSegmentRules {
  const key = primaryLanguage(lang);
  let rules = compiled.get(key);
  if (rules === undefined) {
    const table = SEGMENT_RULES[key];
    rules = compileSegmentRules(table === undefined ? COMMON_RULES : mergeSegmentRules(COMMON_RULES, table));
    compiled.set(key, rules);
  }
  return rules;
}
