/** Smaller rule tables for further languages: the most frequent abbreviations and speaker labels. */
import type { LanguageSegmentRules } from '../segment-rules';

const NONE: Pick<LanguageSegmentRules, 'terminalAfterNumber' | 'beforeNumber' | 'terminal'> = {
  terminalAfterNumber: [],
  beforeNumber: [],
  terminal: [],
};

/** Spanish. */
export const ES_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['sr.', 'sra.', 'srta.', 'sres.', 'dr.', 'dra.', 'd.', 'dña.', 'ud.', 'uds.', 'p.ej.', 'prof.', 'gral.', 'av.', 'avda.', 'admón.'],
  beforeNumber: ['núm.', 'pág.', 'págs.', 'cap.', 'art.'],
  terminal: ['etc.', 'a.c.', 'd.c.'],
  speakerLabels: ['Pregunta', 'Respuesta', 'Periodista', 'Moderador', 'Moderadora'],
};

/** Italian. */
export const IT_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['sig.', 'sig.ra', 'sigg.', 'dott.', 'dott.ssa', 'prof.', 'avv.', 'ing.', 'on.', 'p.es.', 'ecc.', 'cfr.', 'gen.', 'sen.'],
  beforeNumber: ['n.', 'pag.', 'pagg.', 'cap.', 'art.'],
  terminal: ['ecc.', 'a.c.', 'd.c.'],
  speakerLabels: ['Domanda', 'Risposta', 'Giornalista', 'Moderatore'],
};

/** Portuguese. */
export const PT_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['sr.', 'sra.', 'srta.', 'dr.', 'dra.', 'prof.', 'profa.', 'p.ex.', 'av.', 'gen.', 'exmo.', 'exma.', 'v.exa.'],
  beforeNumber: ['n.', 'nº.', 'pág.', 'cap.', 'art.'],
  terminal: ['etc.', 'a.c.', 'd.c.'],
  speakerLabels: ['Pergunta', 'Resposta', 'Jornalista', 'Moderador', 'Moderadora'],
};

/** Dutch. */
export const NL_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['dhr.', 'mevr.', 'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'bijv.', 'bv.', 'd.w.z.', 'o.a.', 'm.b.t.', 'i.p.v.', 'z.g.a.n.', 'ca.', 'resp.', 'jl.', 'st.'],
  beforeNumber: ['nr.', 'blz.', 'art.', 'hfdst.'],
  terminal: ['enz.', 'e.d.', 'v.chr.', 'n.chr.'],
  speakerLabels: ['Vraag', 'Antwoord', 'Journalist', 'Moderator'],
};

const SLAVIC_MONTHS_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const SLAVIC_MONTHS_CS = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'];

/** Polish (ordinal numbers are written with a dot). */
export const PL_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['np.', 'tzw.', 'm.in.', 'tj.', 'prof.', 'dr.', 'inż.', 'mgr.', 'ul.', 'al.', 'pl.', 'ks.', 'gen.', 'płk.', 'św.', 'zob.', 'por.', 'ok.', 'wg.', 'im.'],
  terminalAfterNumber: ['r.', 'w.', 'tys.', 'mln.', 'mld.', 'zł.', 'gr.', 'km.', 'kg.'],
  beforeNumber: ['nr.', 's.', 'str.', 'art.', 'ust.', 'pkt.', 'rozdz.'],
  terminal: ['itd.', 'itp.', 'etc.', 'p.n.e.', 'n.e.'],
  speakerLabels: ['Pytanie', 'Odpowiedź', 'Dziennikarz', 'Moderator'],
  ordinalMonths: SLAVIC_MONTHS_PL,
  ordinalPrecedingWords: ['w', 'we', 'na', 'do', 'od', 'po', 'z', 'ze', 'i'],
};

/** Czech (ordinal numbers are written with a dot). */
export const CS_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['např.', 'tzv.', 'tj.', 'resp.', 'prof.', 'dr.', 'ing.', 'mgr.', 'ul.', 'nám.', 'sv.', 'gen.', 'viz.', 'cca.', 'popř.', 'příp.', 'mj.'],
  terminalAfterNumber: ['r.', 'stol.', 'tis.', 'mil.', 'mld.', 'kč.', 'km.', 'kg.'],
  beforeNumber: ['č.', 's.', 'str.', 'odst.', 'písm.', 'kap.'],
  terminal: ['atd.', 'apod.', 'aj.', 'etc.', 'př.n.l.', 'n.l.'],
  speakerLabels: ['Otázka', 'Odpověď', 'Novinář', 'Moderátor'],
  ordinalMonths: SLAVIC_MONTHS_CS,
  ordinalPrecedingWords: ['v', 've', 'na', 'do', 'od', 'po', 'k', 'ke', 'z', 'ze', 'a'],
};

/** Bulgarian. */
export const BG_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['т.е.', 'т.нар.', 'напр.', 'проф.', 'акад.', 'доц.', 'ул.', 'бул.', 'гр.', 'св.', 'ген.', 'вж.', 'срв.', 'с.'],
  terminalAfterNumber: ['г.', 'гг.', 'в.', 'вв.', 'хил.', 'млн.', 'млрд.', 'лв.', 'ст.', 'км.', 'кг.'],
  beforeNumber: ['стр.', 'т.', 'чл.', 'ал.', 'гл.'],
  terminal: ['т.н.', 'и др.', 'пр.н.е.', 'сл.н.е.'],
  speakerLabels: ['Въпрос', 'Отговор', 'Водещ', 'Водеща', 'Журналист'],
};

/** Belarusian. */
export const BE_RULES: LanguageSegmentRules = {
  ...NONE,
  nonTerminal: ['г.зн.', 'напр.', 'вул.', 'пр.', 'акад.', 'праф.', 'св.', 'ген.', 'гл.'],
  terminalAfterNumber: ['г.', 'гг.', 'ст.', 'тыс.', 'млн.', 'млрд.', 'руб.', 'км.', 'кг.'],
  beforeNumber: ['с.', 'стар.', 'п.', 'арт.'],
  terminal: ['і г.д.', 'і інш.', 'інш.'],
  speakerLabels: ['Пытанне', 'Адказ', 'Вядучы', 'Журналіст'],
};
