/** German sentence-boundary rules. */
import type { LanguageSegmentRules } from '../segment-rules';

/** German abbreviations ("z.B.", "usw."), ordinal numbers ("am 3. Oktober"), speaker labels ("Frage:"). */
export const DE_RULES: LanguageSegmentRules = {
  nonTerminal: [
    'z.b.', 'z.t.', 'z.z.', 'zz.', 'zzt.', 'd.h.', 'bzw.', 'vgl.', 'evtl.', 'ggf.', 'inkl.', 'exkl.', 'zzgl.', 'sog.',
    'bspw.', 'insb.', 'i.d.r.', 'u.u.', 'dr.', 'prof.', 'hr.', 'hrn.', 'fr.', 'st.', 'hl.', 'gebr.', 'dipl.', 'ing.',
    'mag.', 'ca.', 'allg.', 'bes.', 'eigtl.', 'einschl.', 'gegr.', 'geb.', 'gest.', 'u.a.m.', 'v.a.', 'o.g.', 'sen.',
    'jun.', 'str.', 'tel.', 's.', 'abt.', 'verf.', 'hrsg.', 'ggü.', 'lt.', 'gem.', 'max.', 'min.', 'rd.',
  ],
  terminalAfterNumber: ['jh.', 'jhd.', 'jhs.', 'mio.', 'mrd.', 'tsd.', 'std.', 'sek.', 'km.', 'kg.'],
  beforeNumber: ['nr.', 'abs.', 'art.', 'bd.', 's.', 'kap.', 'ziff.', 'abb.', 'tab.', 'anm.', 'bl.', 'jan.', 'feb.', 'aug.', 'sept.', 'okt.', 'nov.', 'dez.'],
  terminal: ['usw.', 'etc.', 'u.a.', 'o.ä.', 'u.ä.', 'v.chr.', 'n.chr.'],
  speakerLabels: ['Frage', 'Antwort', 'Moderator', 'Moderatorin', 'Sprecher', 'Sprecherin', 'Journalist', 'Journalistin'],
  ordinalMonths: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'dezember', 'jan.', 'feb.', 'mär.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dez.',
  ],
  ordinalPrecedingWords: [
    'am', 'im', 'vom', 'zum', 'zur', 'beim', 'bis', 'ab', 'seit', 'dem', 'der', 'die', 'das', 'den', 'des', 'ihr',
    'ihre', 'ihrem', 'ihren', 'sein', 'seine', 'seinem', 'seinen', 'jeden', 'jedes', 'jeder', 'ein', 'eine', 'einem',
    'einen', 'einer', 'diese', 'dieser', 'diesem', 'diesen', 'vor', 'nach', 'zwischen', 'und', 'oder', 'bzw.',
  ],
};
