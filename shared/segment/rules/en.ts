/** English sentence-boundary rules. */
import type { LanguageSegmentRules } from '../segment-rules';

/** English abbreviations, titles, speaker labels. */
export const EN_RULES: LanguageSegmentRules = {
  nonTerminal: [
    'mr.', 'mrs.', 'ms.', 'messrs.', 'mmes.', 'dr.', 'prof.', 'rev.', 'hon.', 'st.', 'mt.', 'ft.', 'gen.', 'lt.',
    'col.', 'maj.', 'capt.', 'cmdr.', 'sgt.', 'cpl.', 'adm.', 'gov.', 'sen.', 'rep.', 'pres.', 'amb.', 'supt.',
    'u.s.', 'u.k.', 'u.n.', 'e.u.', 'a.k.a.', 'approx.', 'incl.', 'esp.', 'dept.', 'univ.', 'est.', 'nos.', 'vols.',
    'figs.', 'eq.', 'ref.', 'refs.', 'ed.', 'eds.', 'trans.', 'op.', 'cit.',
  ],
  terminalAfterNumber: ['a.m.', 'p.m.', 'bn.', 'mln.', 'km.', 'kg.', 'lbs.', 'oz.', 'hrs.', 'min.', 'sec.'],
  beforeNumber: [
    'ch.', 'chap.', 'sec.', 'sect.', 'para.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.',
    'oct.', 'nov.', 'dec.', 'tel.', 'ext.', 'no.', 'nos.', 'pt.', 'ps.',
  ],
  terminal: ['inc.', 'ltd.', 'co.', 'corp.', 'jr.', 'sr.', 'u.s.a.', 'b.c.', 'a.d.'],
  sentenceFinalLetters: ['I'],
  speakerLabels: ['Question', 'Answer', 'Q', 'A', 'Moderator', 'Host', 'Interviewer', 'Reporter', 'Journalist', 'Remark'],
};
