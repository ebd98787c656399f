/** Reads a project out as plain data: the whole snapshot, one page of pairs, or the summary counts. */
import type { Database } from 'better-sqlite3';
import type { NoteRecord, PairRecord, PairsPage, ProjectSide, ProjectSnapshot, ProjectSummary } from '../../../shared/project';
import { FLAG_KINDS, type FlagKind, type FlagStatus, type PairOrigin, type SegmentedDocument, type Side } from '../../../shared/types';
import { currentDocumentId, documentInfo, loadSegmentedDocument, revisionsOf, sentencesInRange } from './documents';
import { allFlags, flagsOfPairs, toFlag, type FlagRow } from './flags';
import { allNotes, notesOf, toNoteRecord, type NoteRow } from './notes';
import { allPairs, countPairs, pairsSlice, type PairRow } from './pairs';
import { sql } from './statements';

/** Ids of the current document of each side. */
export interface CurrentDocuments {
  readonly src: number;
  readonly tgt: number;
}

/** The project's name. */
export function projectName(db: Database): string {
  return sql(db, 'SELECT name FROM project WHERE id = 1').pluck().get() as string;
}

function group<T, K>(items: readonly T[], key: (item: T) => K | null): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list === undefined) map.set(k, [item]);
    else list.push(item);
  }
  return map;
}

function records(rows: readonly PairRow[], firstIndex: number, flags: readonly FlagRow[], notes: readonly NoteRow[]): PairRecord[] {
  const flagsByPair = group(flags, (flag) => flag.pair_id);
  const notesByPair = group(notes, (note) => note.pair_id);
  const notesByFlag = group(notes, (note) => note.flag_id);
  const noteRecords = (list: readonly NoteRow[] | undefined): NoteRecord[] => (list === undefined ? [] : list.map(toNoteRecord));
  // A plain loop: this runs for every pair of a 20,000-pair project when it opens.
  const result = new Array<PairRecord>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    const flags = flagsByPair.get(row.id);
    result[i] = {
      id: row.id,
      src: range(row.src_start, row.src_end),
      tgt: range(row.tgt_start, row.tgt_end),
      score: row.score,
      origin: row.origin,
      changedSinceReview: row.changed_since_review === 1,
      notes: noteRecords(notesByPair.get(row.id)),
      flags:
        flags === undefined
          ? []
          : flags.map((flag) => ({
              ...toFlag(flag, row, firstIndex + i),
              id: flag.id,
              status: flag.status,
              notes: noteRecords(notesByFlag.get(flag.id)),
            })),
    };
  }
  return result;
}

/** start, start + 1, … end - 1. */
function range(start: number, end: number): number[] {
  const list: number[] = [];
  for (let k = start; k < end; k += 1) list.push(k);
  return list;
}

function side(db: Database, documentId: number, loaded: SegmentedDocument | undefined): ProjectSide {
  const document = loaded ?? loadSegmentedDocument(db, documentId);
  return { info: documentInfo(db, documentId), paragraphs: document.paragraphs, sentences: document.sentences };
}

/** The whole project as plain data; `loaded` are the current documents when the caller has them already. */
export function readSnapshot(
  db: Database,
  documents: CurrentDocuments,
  loaded?: { readonly source: SegmentedDocument; readonly target: SegmentedDocument },
): ProjectSnapshot {
  return {
    name: projectName(db),
    source: side(db, documents.src, loaded?.source),
    target: side(db, documents.tgt, loaded?.target),
    pairs: records(allPairs(db), 0, allFlags(db), allNotes(db)),
  };
}

/** `limit` pairs from the `offset`-th, with the sentences they refer to. */
export function readPairsPage(db: Database, documents: CurrentDocuments, offset: number, limit: number): PairsPage {
  const rows = pairsSlice(db, Math.max(0, offset), Math.max(0, limit));
  const flags = flagsOfPairs(db, rows.map((row) => row.id));
  const notes = notesOf(
    db,
    rows.map((row) => row.id),
    flags.map((flag) => flag.id),
  );
  const span = (start: keyof PairRow, end: keyof PairRow): [number, number] =>
    rows.length === 0 ? [0, 0] : [rows[0][start] as number, rows[rows.length - 1][end] as number];
  const [srcStart, srcEnd] = span('src_start', 'src_end');
  const [tgtStart, tgtEnd] = span('tgt_start', 'tgt_end');
  return {
    offset: Math.max(0, offset),
    total: countPairs(db),
    pairs: records(rows, Math.max(0, offset), flags, notes),
    source: sentencesInRange(db, documents.src, srcStart, srcEnd),
    target: sentencesInRange(db, documents.tgt, tgtStart, tgtEnd),
  };
}

const ORIGINS: readonly PairOrigin[] = ['auto', 'edited', 'confirmed'];

function zeroStatuses(): Record<FlagStatus, number> {
  return { open: 0, accepted: 0, dismissed: 0, resolved: 0 };
}

/** Counts for `sverka info`. */
export function readSummary(db: Database, documents: CurrentDocuments): ProjectSummary {
  const pairsByOrigin: Record<PairOrigin, number> = { auto: 0, edited: 0, confirmed: 0 };
  for (const row of sql(db, 'SELECT origin, count(*) AS n FROM pairs GROUP BY origin').all() as { origin: PairOrigin; n: number }[]) {
    if (ORIGINS.includes(row.origin)) pairsByOrigin[row.origin] = row.n;
  }
  const flagsByKind: Partial<Record<FlagKind, Record<FlagStatus, number>>> = {};
  const flagsByStatus = zeroStatuses();
  let flags = 0;
  const rows = sql(db, 'SELECT kind, status, count(*) AS n FROM flags GROUP BY kind, status').all() as { kind: FlagKind; status: FlagStatus; n: number }[];
  for (const kind of FLAG_KINDS) {
    for (const row of rows.filter((r) => r.kind === kind)) {
      const counts = flagsByKind[kind] ?? zeroStatuses();
      counts[row.status] = row.n;
      flagsByKind[kind] = counts;
      flagsByStatus[row.status] += row.n;
      flags += row.n;
    }
  }
  const count = (query: string): number => sql(db, query).pluck().get() as number;
  const revisions = (s: Side): number => revisionsOf(db, s).length;
  return {
    name: projectName(db),
    source: documentInfo(db, documents.src),
    target: documentInfo(db, documents.tgt),
    revisions: { src: revisions('src'), tgt: revisions('tgt') },
    pairs: countPairs(db),
    pairsByOrigin,
    changedSinceReview: count('SELECT count(*) FROM pairs WHERE changed_since_review = 1'),
    flags,
    flagsByKind,
    flagsByStatus,
    notes: count('SELECT count(*) FROM notes'),
    glossaryEntries: count('SELECT count(*) FROM glossary'),
  };
}

/** The current document of each side, or undefined when the project has no documents (an unfinished import). */
export function currentDocuments(db: Database): CurrentDocuments | undefined {
  const src = currentDocumentId(db, 'src');
  const tgt = currentDocumentId(db, 'tgt');
  return src === undefined || tgt === undefined ? undefined : { src, tgt };
}

