/**
 * A small but complete project snapshot for the format tests: Russian original, English translation, 1-1, 2-1,
 * 1-0 and 0-1 pairs, every review status, flags with spans and notes, and text that needs escaping.
 */
import type { FlagRecord, NoteRecord, PairRecord, ProjectSide, ProjectSnapshot } from '../../shared/project';
import type { LangCode, Paragraph, Sentence, Side } from '../../shared/types';

const SOURCE = [
  ['Сергей Лавров: «Подняли бучу, извините за каламбур, вокруг этой деревни».', 'Это было в 2007 г.'],
  ['Цена — 130 & больше <процентов>.'],
  ['Фотография: пресс-служба МИД.'],
  ['Вопрос: что дальше?'],
];
const TARGET = [
  ['Sergey Lavrov: "A bucha – which means \'frenzy\' in Russian – was stirred up, pardon the pun, over that village." It was in 2007.'],
  ['The price is 130 & more <percent>.'],
  ['Question: what next?'],
  ['Thank you.'],
];

function side(paragraphs: string[][], lang: LangCode, which: Side): ProjectSide {
  let text = '';
  const paras: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const para of paragraphs) {
    if (text !== '') text += '\n\n';
    const pStart = text.length;
    para.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      sentences.push({ index: sentences.length, text: sentence, paragraph: paras.length, start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
    paras.push({ index: paras.length, kind: paras.length === 0 ? 'heading' : 'paragraph', start: pStart, end: text.length });
  }
  return {
    info: { side: which, lang, fileName: `sample.${lang}.txt`, sha256: '0'.repeat(64), importedAt: '2026-02-06T10:00:00.000Z', revision: 1, encoding: 'utf-8' },
    paragraphs: paras,
    sentences,
  };
}

const TIME = '2026-02-07T12:00:00.000Z';
const note = (id: number, text: string): NoteRecord => ({ id, text, created: TIME, updated: TIME });

/** The gloss span in target sentence 0. */
export const GLOSS_TEXT = "– which means 'frenzy' in Russian –";

/** Builds the sample snapshot (fresh objects each call). */
export function sampleSnapshot(): ProjectSnapshot {
  const source = side(SOURCE, 'ru', 'src');
  const target = side(TARGET, 'en', 'tgt');
  const glossStart = TARGET[0][0].indexOf(GLOSS_TEXT);
  const gloss: FlagRecord = {
    id: 1, kind: 'gloss', severity: 'warning', pair: 0, side: 'tgt', sentence: 0,
    start: glossStart, end: glossStart + GLOSS_TEXT.length,
    messageKey: 'gloss.insertion', params: { words: 4 }, status: 'accepted',
    notes: [note(10, 'Keep the gloss: readers do not know the word.')],
  };
  const pun: FlagRecord = {
    id: 2, kind: 'wordplay', severity: 'info', pair: 0, side: 'src', sentence: 0,
    start: SOURCE[0][0].indexOf('извините за каламбур'), end: SOURCE[0][0].indexOf('извините за каламбур') + 'извините за каламбур'.length,
    messageKey: 'wordplay.marker', params: { marker: 'извините за каламбур' }, status: 'open', notes: [],
  };
  const yearMark: FlagRecord = {
    id: 3, kind: 'number', severity: 'error', pair: 0, side: 'src', sentence: 1, start: 11, end: 15,
    messageKey: 'number.mismatch', params: { value: '2007' }, status: 'resolved', notes: [],
  };
  const caption: FlagRecord = {
    id: 4, kind: 'unaligned', severity: 'warning', pair: 2, side: 'src', sentence: 3,
    messageKey: 'unaligned.sentence', params: {}, status: 'dismissed', notes: [note(11, 'Caption, not translated <on purpose>.')],
  };
  const pairs: PairRecord[] = [
    { id: 7, src: [0, 1], tgt: [0], score: 0.8125, origin: 'confirmed', changedSinceReview: false, notes: [note(1, 'Pun «буча» glossed; see "frenzy" & co.')], flags: [gloss, pun, yearMark] },
    { id: 8, src: [2], tgt: [1], score: 0.95, origin: 'edited', changedSinceReview: true, notes: [], flags: [] },
    { id: 9, src: [3], tgt: [], score: 0.1, origin: 'auto', changedSinceReview: false, notes: [], flags: [caption] },
    { id: 12, src: [4], tgt: [2], score: 0.9, origin: 'confirmed', changedSinceReview: false, notes: [note(2, 'First line.\nSecond line, "quoted", tab\there.')], flags: [] },
    { id: 13, src: [], tgt: [3], score: 0.05, origin: 'auto', changedSinceReview: false, notes: [], flags: [] },
  ];
  return { name: 'Lavrov & OSCE <2026>', source, target, pairs };
}
