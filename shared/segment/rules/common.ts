/** Rules every language shares: Latin abbreviations that travel across languages. */
import type { LanguageSegmentRules } from '../segment-rules';

/** Shared by all languages, also the only table for languages without one of their own. */
export const COMMON_RULES: LanguageSegmentRules = {
  nonTerminal: ['e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'ca.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.'],
  terminalAfterNumber: [],
  beforeNumber: ['no.', 'nr.', 'vol.', 'fig.', 'pp.', 'p.', 'art.'],
  terminal: ['etc.'],
  speakerLabels: [],
};
