/**
 * What every exporter writes: the pairs of a snapshot in order, each with its text on both sides and its flags
 * placed in that text. The pair text is its sentences joined by a space (no space for Chinese, Japanese, Thai).
 */
import type { i18n } from 'i18next';
import type { FlagRecord, PairRecord, ProjectSide, ProjectSnapshot } from '../project';
import type { Sentence, Side } from '../types';
import type { PairFlag } from './bilingual';
import { sentenceSeparator } from './sentence-separator';

/** Which pairs an export includes. */
export interface PairSelection {
  /** Only pairs the translator confirmed. */
  readonly confirmedOnly?: boolean;
  /** Leave out pairs with an empty side (0-1 and 1-0 pairs). */
  readonly skipEmpty?: boolean;
}

/** A flag placed in its pair's text. */
export interface RowFlag {
  readonly record: FlagRecord;
  /** Offsets in the row's source or target text (by `record.side`), when the flag marks a span there. */
  readonly start?: number;
  readonly end?: number;
}

/** One exported pair. */
export interface ExportRow {
  /** 1-based position of the pair in the whole alignment (stable when pairs are filtered out). */
  readonly number: number;
  readonly pair: PairRecord;
  readonly source: string;
  readonly target: string;
  readonly flags: readonly RowFlag[];
}

function sentenceMap(side: ProjectSide): ReadonlyMap<number, Sentence> {
  return new Map(side.sentences.map((sentence) => [sentence.index, sentence]));
}

interface JoinedSide {
  readonly text: string;
  /** Offset of each sentence (by index) in the joined text. */
  readonly offsets: ReadonlyMap<number, number>;
}

function joinSentences(indexes: readonly number[], sentences: ReadonlyMap<number, Sentence>, separator: string): JoinedSide {
  let text = '';
  const offsets = new Map<number, number>();
  for (const index of indexes) {
    const sentence = sentences.get(index);
    if (sentence === undefined) continue;
    if (text !== '') text += separator;
    offsets.set(index, text.length);
    text += sentence.text;
  }
  return { text, offsets };
}

function placeFlag(record: FlagRecord, side: JoinedSide): RowFlag {
  const offset = side.offsets.get(record.sentence);
  if (offset === undefined || record.start === undefined || record.end === undefined) return { record };
  const start = Math.min(offset + record.start, side.text.length);
  const end = Math.min(offset + record.end, side.text.length);
  return end > start ? { record, start, end } : { record };
}

/** The rows of a snapshot an export writes, in alignment order. */
export function exportRows(snapshot: ProjectSnapshot, selection: PairSelection = {}): ExportRow[] {
  const sources = sentenceMap(snapshot.source);
  const targets = sentenceMap(snapshot.target);
  const srcSeparator = sentenceSeparator(snapshot.source.info.lang);
  const tgtSeparator = sentenceSeparator(snapshot.target.info.lang);
  const rows: ExportRow[] = [];
  snapshot.pairs.forEach((pair, index) => {
    if (selection.confirmedOnly === true && pair.origin !== 'confirmed') return;
    const source = joinSentences(pair.src, sources, srcSeparator);
    const target = joinSentences(pair.tgt, targets, tgtSeparator);
    if (selection.skipEmpty === true && (source.text.trim() === '' || target.text.trim() === '')) return;
    const flags = pair.flags.map((record) => placeFlag(record, record.side === 'src' ? source : target));
    rows.push({ number: index + 1, pair, source: source.text, target: target.text, flags });
  });
  return rows;
}

/** A row flag as carried in a bilingual file (offsets relative to the pair text). */
export function toPairFlag(flag: RowFlag): PairFlag {
  const { record } = flag;
  return {
    kind: record.kind,
    severity: record.severity,
    side: record.side,
    ...(flag.start === undefined ? {} : { start: flag.start, end: flag.end }),
    messageKey: record.messageKey,
    params: record.params,
    status: record.status,
    notes: record.notes.map((note) => note.text),
  };
}

/** The localised name of a side ("source" / "target"). */
export function sideName(side: Side, t: i18n['t']): string {
  return t(side === 'src' ? 'app:report.side.src' : 'app:report.side.tgt');
}

/** One line describing a flag: kind, severity, side, review status, message, and the flag's notes. */
export function describeFlag(flag: RowFlag, row: ExportRow, t: i18n['t']): string {
  const { record } = flag;
  const text = record.side === 'src' ? row.source : row.target;
  const span = flag.start === undefined ? '' : ` «${text.slice(flag.start, flag.end)}»`;
  const message = t(`flags:${record.messageKey}`, { ...record.params, defaultValue: record.messageKey });
  const head = t('app:report.flagLine', {
    kind: t(`app:report.kinds.${record.kind}`),
    severity: t(`app:report.severity.${record.severity}`),
    side: sideName(record.side, t),
    status: t(`app:report.flagStatus.${record.status}`),
  });
  const notes = record.notes.map((note) => ` — ${note.text}`).join('');
  return `${head}${span}: ${message}${notes}`;
}
