/** French sentence-boundary rules. */
import type { LanguageSegmentRules } from '../segment-rules';

/** French abbreviations ("M.", "MM.", "p. ex.", "av. J.-C."), speaker labels ("Question :"). */
export const FR_RULES: LanguageSegmentRules = {
  nonTerminal: [
    'mm.', 'mme.', 'mlle.', 'mgr.', 'dr.', 'pr.', 'prof.', 'me.', 'st.', 'ste.', 'p.ex.', 'ex.', 'env.', 'av.', 'apr.',
    'bd.', 'c.-à-d.', 'c.à.d.', 'gén.', 'col.', 'lt.', 'cap.', 'sgt.', 'cf.', 'resp.', 'dépt.', 'réf.', 'éd.', 'trad.',
    'coll.', 'cie.', 'id.', 'ibid.', 'op.', 'cit.', 'max.', 'min.', 'mrs.',
  ],
  terminalAfterNumber: ['km.', 'kg.', 'min.', 'h.', 'hab.'],
  beforeNumber: ['p.', 'pp.', 'vol.', 'chap.', 'art.', 't.', 'fig.', 'n.', 'no.', 'al.', 'éd.', 'tél.'],
  terminal: ['etc.', 'j.-c.', 'av. j.-c.', 'apr. j.-c.', 'cie.'],
  speakerLabels: ['Question', 'Réponse', 'Journaliste', 'Modérateur', 'Modératrice', 'Présentateur', 'Présentatrice'],
};
