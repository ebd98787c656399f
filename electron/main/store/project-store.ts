/**
 * The project store's façade: an open `.sverka` file with a small, typed, async API used by the IPC handlers and
 * the CLI. better-sqlite3 is synchronous; the methods stay async so that moving the store into a worker later
 * changes no caller. Each method that changes something is one transaction and one undoable action.
 */
import type { Database } from 'better-sqlite3';
import { SverkaError } from '../../../shared/errors';
import type { DivergenceSettingsOverride } from '../../../shared/divergence/settings';
import type { Glossary, GlossaryEntry } from '../../../shared/glossary/glossary';
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import type {
  AlternateTranslationInfo,
  DocumentInfo,
  NoteRecord,
  PairFilter,
  PairsPage,
  ProjectSnapshot,
  ProjectSummary,
  TranslationComparison,
} from '../../../shared/project';
import type { RevisionComparison } from '../../../shared/revisions/compare-revisions';
import type { Alignment, FlagStatus, SegmentedDocument, Side } from '../../../shared/types';
import { closeDatabase } from './database';
import { loadSegmentedDocument, revisionDocumentId, revisionsOf, type ImportedDocument } from './documents';
import { alignDocuments, loadLexicon } from './engine';
import { findPairPositions } from './filter';
import { setFlagStatus as writeFlagStatus } from './flags';
import { historyReach, historyState, redoAction, runAction, undoAction, type HistoryReach } from './history';
import type { CreateProjectInput } from './import-project';
import { deleteNote as removeNote, insertNote, toNoteRecord, updateNoteText, type NoteTarget } from './notes';
import { planInsertEmpty, planMerge, planMoveSentence, planSplit } from './pair-edits';
import {
  alternatePairs,
  deleteAlternate,
  findAlternate,
  insertAlternate,
  listAlternates,
  loadAlternateDocument,
  writeAlternatePairs,
} from './alternates';
import {
  alignmentRanges,
  allPairs,
  clearChangedSinceReview,
  findPair,
  nextPair,
  pairsSlice,
  pairsUntilConfirmed,
  previousPair,
  setPairOrigin,
  toAlignedPair,
  type PairRange,
} from './pairs';
import { planRealign } from './realign';
import { applyPlan, checkPairs, recheckAll, type CheckContext } from './region';
import { insertGlossaryEntries, readDivergenceSettings, readGlossary, writeDivergenceSettings } from './settings';
import { readPairsPage, readSnapshot, readSummary, type CurrentDocuments } from './snapshot';
import type { SideUpdateResult } from './update-side';

/** How a project finds its lexicon: given (or null for none), or loaded for its language pair when absent. */
export interface ProjectOptions {
  readonly lexicon?: Lexicon | null;
  /**
   * Open a file the user may not write (read-only attribute, medium or folder) for reading only instead of refusing
   * it: for viewing and exporting. Edits on such a project fail with project.readOnly.
   */
  readonly allowReadOnly?: boolean;
  /** Called when an operation takes longer than SLOW_OPERATION_MS (the app logs these). */
  readonly onSlowOperation?: (operation: string, milliseconds: number) => void;
}

/** Operations slower than this are reported to `onSlowOperation`. */
export const SLOW_OPERATION_MS = 100;

/** Undo and redo availability. */
export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

function now(): string {
  return new Date().toISOString();
}

/** An open project. Close it when done: closing makes the file self-contained again. */
export class Project {
  readonly path: string;
  #db: Database | undefined;
  #documents: CurrentDocuments;
  #context: CheckContext | undefined;
  /** The current documents once read (documents never change once stored), for snapshots and the checks. */
  #loaded: { readonly src: number; readonly tgt: number; readonly source: SegmentedDocument; readonly target: SegmentedDocument } | undefined;
  readonly #options: ProjectOptions;
  /** Opened for reading only (see ProjectOptions.allowReadOnly): every method that writes refuses. */
  readonly readOnly: boolean;

  /** Use `openProject` or `createProject`. */
  constructor(db: Database, file: string, documents: CurrentDocuments, options: ProjectOptions, readOnly = false) {
    this.#db = db;
    this.path = file;
    this.#documents = documents;
    this.#options = options;
    this.readOnly = readOnly;
  }

  get #open(): Database {
    if (this.#db === undefined) throw new SverkaError('project.closed', { path: this.path });
    return this.#db;
  }

  /** The connection, for a method that writes: project.readOnly on a project opened for reading only. */
  get #writable(): Database {
    const db = this.#open;
    if (this.readOnly) throw new SverkaError('project.readOnly', { path: this.path });
    return db;
  }

  /** What the divergence checks and the aligner read; loaded once, when an edit first needs it. */
  #checkContext(): CheckContext {
    if (this.#context === undefined) {
      const db = this.#open;
      const { source, target } = this.#loadedDocuments();
      const lexicon = this.#options.lexicon === undefined ? loadLexicon(source.lang, target.lang) : (this.#options.lexicon ?? undefined);
      const glossary = readGlossary(db, source.lang, target.lang);
      const settings = readDivergenceSettings(db);
      this.#context = {
        source,
        target,
        ...(lexicon === undefined ? {} : { lexicon }),
        ...(glossary === undefined ? {} : { glossary }),
        ...(settings === undefined ? {} : { settings }),
      };
    }
    return this.#context;
  }

  /** Both current documents, read once. */
  #loadedDocuments(): { readonly source: SegmentedDocument; readonly target: SegmentedDocument } {
    const { src, tgt } = this.#documents;
    if (this.#loaded === undefined || this.#loaded.src !== src || this.#loaded.tgt !== tgt) {
      const db = this.#open;
      this.#loaded = { src, tgt, source: loadSegmentedDocument(db, src), target: loadSegmentedDocument(db, tgt) };
    }
    return this.#loaded;
  }

  #action<T>(kind: string, body: (db: Database, time: string) => T): T {
    const db = this.#writable;
    const time = now();
    return this.#timed(kind, () => runAction(db, kind, time, () => body(db, time)));
  }

  /** Runs `body`, reporting it when it is slow. */
  #timed<T>(operation: string, body: () => T): T {
    const started = performance.now();
    try {
      return body();
    } finally {
      const elapsed = performance.now() - started;
      if (elapsed > SLOW_OPERATION_MS) this.#options.onSlowOperation?.(operation, elapsed);
    }
  }

  /** The whole project as plain data. */
  async snapshot(): Promise<ProjectSnapshot> {
    return this.#timed('snapshot', () => readSnapshot(this.#open, this.#documents, this.#loadedDocuments()));
  }

  /** Counts by origin, flag kind and status, notes. */
  async summary(): Promise<ProjectSummary> {
    return readSummary(this.#open, this.#documents);
  }

  /** `limit` pairs from the `offset`-th, with their sentences, flags and notes. */
  async pairsPage(offset: number, limit: number): Promise<PairsPage> {
    return this.#timed('pairsPage', () => readPairsPage(this.#open, this.#documents, offset, limit));
  }

  /** Positions (alignment order) of the pairs matching a filter: changed since review, flag kinds, notes… */
  async findPairs(filter: PairFilter): Promise<number[]> {
    return this.#timed('findPairs', () => findPairPositions(this.#open, filter));
  }

  /** Every stored revision of a side, oldest first. */
  async revisions(side: Side): Promise<DocumentInfo[]> {
    return revisionsOf(this.#open, side);
  }

  /** Whether undo and redo have something to do. */
  async history(): Promise<HistoryState> {
    return historyState(this.#open);
  }

  /**
   * What the next undo (or redo) would change: the pairs it touches, so that a caller holding the pair list can
   * refresh only those. Undefined when there is nothing to replay or the change reaches beyond pairs, flags and notes.
   */
  async historyReach(direction: 'undo' | 'redo'): Promise<HistoryReach | undefined> {
    return historyReach(this.#open, direction);
  }

  /**
   * Loads what edits need (both documents, the lexicon, the glossary and settings), which the first edit would
   * otherwise load: the app calls it once the first screen is shown.
   */
  async prepareEdits(): Promise<void> {
    this.#timed('prepareEdits', () => {
      const context = this.#checkContext();
      // One check of the first pair, thrown away: builds what the checks keep between calls (the reversed lexicon).
      checkPairs(this.#open, context, pairsSlice(this.#open, 0, 1));
    });
  }

  /** Adds a note to a pair or a flag. */
  async addNote(target: NoteTarget, text: string): Promise<NoteRecord> {
    return toNoteRecord(this.#action('note.add', (db, time) => insertNote(db, target, text, time)));
  }

  /** Replaces a note's text (its `updated` time changes). */
  async updateNote(noteId: number, text: string): Promise<NoteRecord> {
    return toNoteRecord(this.#action('note.update', (db, time) => updateNoteText(db, noteId, text, time)));
  }

  /** Removes a note. */
  async deleteNote(noteId: number): Promise<void> {
    this.#action('note.delete', (db) => removeNote(db, noteId));
  }

  /** Sets a flag's review status; reviewing clears the pair's "changed since review". */
  async setFlagStatus(flagId: number, status: FlagStatus): Promise<void> {
    this.#action('flag.status', (db) => {
      const flag = writeFlagStatus(db, flagId, status);
      clearChangedSinceReview(db, flag.pair_id);
    });
  }

  /** Confirms one pair. */
  async confirmPair(pairId: number): Promise<void> {
    await this.confirmPairs([pairId], true);
  }

  /** Confirms pairs, or takes the confirmation back (the pair then counts as edited), in one action. */
  async confirmPairs(pairIds: readonly number[], confirmed = true): Promise<void> {
    this.#action(confirmed ? 'pair.confirm' : 'pair.unconfirm', (db) => {
      for (const id of pairIds) {
        const pair = findPair(db, id);
        if (confirmed) setPairOrigin(db, id, 'confirmed');
        else if (pair.origin === 'confirmed') setPairOrigin(db, id, 'edited');
      }
    });
  }

  /** Merges a pair with the next or the previous one; returns the id of the merged pair (the earlier one's). */
  async merge(pairId: number, direction: 'next' | 'previous'): Promise<number> {
    return this.#action(`pair.merge.${direction}`, (db) => {
      const pair = findPair(db, pairId);
      const plan = direction === 'next' ? planMerge(pair, nextPair(db, pair)) : planMerge(previousPair(db, pair), pair);
      return applyPlan(db, this.#checkContext(), plan)[0].id;
    });
  }

  /** Merges a pair with the next one. */
  async mergeWithNext(pairId: number): Promise<number> {
    return this.merge(pairId, 'next');
  }

  /** Merges a pair with the previous one. */
  async mergeWithPrevious(pairId: number): Promise<number> {
    return this.merge(pairId, 'previous');
  }

  /** Splits a pair: `srcCount` / `tgtCount` sentences stay in the first part (same id). Returns both ids. */
  async splitPair(pairId: number, srcCount: number, tgtCount: number): Promise<[number, number]> {
    return this.#action('pair.split', (db) => {
      const rows = applyPlan(db, this.#checkContext(), planSplit(findPair(db, pairId), srcCount, tgtCount));
      return [rows[0].id, rows[1].id];
    });
  }

  /** Moves the first sentence of a side to the previous pair, or the last one to the next pair. */
  async moveSentence(pairId: number, side: Side, which: 'first' | 'last'): Promise<void> {
    this.#action('pair.move', (db) => {
      const pair = findPair(db, pairId);
      const plan = planMoveSentence(which === 'first' ? previousPair(db, pair) : undefined, pair, which === 'last' ? nextPair(db, pair) : undefined, side, which);
      applyPlan(db, this.#checkContext(), plan);
    });
  }

  /** The pair keeps its `side` sentences with an empty counterpart; the other side becomes a pair of its own. */
  async insertEmptyCounterpart(pairId: number, side: Side): Promise<void> {
    this.#action('pair.insertEmpty', (db) => {
      applyPlan(db, this.#checkContext(), planInsertEmpty(findPair(db, pairId), side));
    });
  }

  /**
   * Realigns from a pair up to the next confirmed pair (to the end when none follows); confirmed pairs are anchors
   * and stay as they are. One undoable action.
   */
  async realignFrom(pairId: number, options: { readonly onProgress?: (fraction: number) => void } = {}): Promise<void> {
    this.#action('pair.realign', (db) => {
      const context = this.#checkContext();
      const plan = planRealign(pairsUntilConfirmed(db, findPair(db, pairId)), context.source, context.target, {
        ...(context.lexicon === undefined ? {} : { lexicon: context.lexicon }),
        ...(context.glossary === undefined ? {} : { glossary: context.glossary }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      });
      applyPlan(db, context, plan);
    });
  }

  /** The project's glossary (used by the terminology check), or undefined when it has none. */
  async glossary(): Promise<Glossary | undefined> {
    const context = this.#checkContext();
    return readGlossary(this.#open, context.source.lang, context.target.lang);
  }

  /** Adds glossary entries (one undoable action); later checks use them. Returns how many were added. */
  async addGlossaryEntries(entries: readonly GlossaryEntry[]): Promise<number> {
    const added = this.#action('glossary.add', (db, time) => insertGlossaryEntries(db, entries, time));
    this.#context = undefined;
    return added;
  }

  /** Stores overrides of the divergence-check settings; later checks use them. */
  async setDivergenceSettings(settings: DivergenceSettingsOverride): Promise<void> {
    const db = this.#writable;
    db.transaction(() => writeDivergenceSettings(db, settings)).immediate();
    this.#context = undefined;
  }

  /**
   * Imports a new revision of one side and carries the alignment over (see update-side.ts). One transaction; the
   * undo history is cleared, since older actions refer to the previous revision's sentences.
   */
  async updateSide(side: Side, imported: ImportedDocument): Promise<SideUpdateResult> {
    // The revision code (and jsdiff under it) is loaded on first use, not with every project opened or created.
    const { updateSide } = await import('./update-side');
    const db = this.#writable;
    const context = this.#checkContext();
    const lexicon = context.lexicon;
    const align = (src: SegmentedDocument, tgt: SegmentedDocument): Alignment => alignDocuments(src, tgt, lexicon === undefined ? {} : { lexicon });
    const updated = this.#timed('updateSide', () => updateSide(db, context, side, imported, align, now()));
    this.#documents = side === 'src' ? { ...this.#documents, src: updated.documentId } : { ...this.#documents, tgt: updated.documentId };
    this.#context = updated.context;
    return updated.result;
  }

  /** Every change between two stored revisions of a side, with word-level differences. */
  async compareRevisions(side: Side, fromRevision: number, toRevision: number): Promise<RevisionComparison> {
    const { compareRevisions } = await import('../../../shared/revisions/compare-revisions');
    const db = this.#open;
    const load = (revision: number): SegmentedDocument => {
      const id = revisionDocumentId(db, side, revision);
      if (id === undefined) throw new SverkaError('project.revisionNotFound', { side, revision });
      return loadSegmentedDocument(db, id);
    };
    return compareRevisions(load(fromRevision), load(toRevision));
  }

  /**
   * Adds a further translation of the original (a third column), aligned to the current original. Not part of
   * the undo history; `removeAlternateTranslation` takes it out again.
   */
  async addAlternateTranslation(imported: ImportedDocument, name?: string): Promise<AlternateTranslationInfo> {
    const db = this.#writable;
    const alignment = this.#alignAlternate(imported.document);
    const id = db
      .transaction(() => insertAlternate(db, name ?? imported.fileName, imported, this.#documents.src, alignment.ranges, alignment.scores, now()))
      .immediate();
    return findAlternate(db, id).info;
  }

  /** The alternate translations stored in the project. */
  async alternateTranslations(): Promise<AlternateTranslationInfo[]> {
    return listAlternates(this.#open);
  }

  /** Removes an alternate translation. */
  async removeAlternateTranslation(id: number): Promise<void> {
    const db = this.#writable;
    db.transaction(() => deleteAlternate(db, id)).immediate();
  }

  /**
   * The current translation and an alternate one, row by row against the original, with the word-level difference
   * of each row. An alternate aligned to an older revision of the original is realigned first.
   */
  async compareTranslations(alternateId: number): Promise<TranslationComparison> {
    const { diffTranslations } = await import('../../../shared/revisions/diff-translations');
    const db = this.#open;
    const { sourceDocumentId } = findAlternate(db, alternateId);
    const alternate = loadAlternateDocument(db, alternateId);
    if (sourceDocumentId !== this.#documents.src) {
      const alignment = this.#alignAlternate(alternate);
      // Realigned to the current original and stored, which a read-only project cannot do.
      if (this.readOnly) throw new SverkaError('project.readOnly', { path: this.path });
      db.transaction(() => writeAlternatePairs(db, alternateId, this.#documents.src, alignment.ranges, alignment.scores)).immediate();
    }
    const context = this.#checkContext();
    const pairs = allPairs(db).map(toAlignedPair);
    const rows = diffTranslations(
      context.source.sentences.length,
      { document: context.target, pairs },
      { document: alternate, pairs: alternatePairs(db, alternateId) },
    );
    return { alternate: findAlternate(db, alternateId).info, sentences: alternate.sentences, rows };
  }

  /** Aligns the current original with an alternate translation. */
  #alignAlternate(document: SegmentedDocument): { readonly ranges: PairRange[]; readonly scores: number[] } {
    const context = this.#checkContext();
    const lexicon =
      document.lang === context.target.lang || this.#options.lexicon !== undefined
        ? context.lexicon
        : loadLexicon(context.source.lang, document.lang);
    const alignment = alignDocuments(context.source, document, lexicon === undefined ? {} : { lexicon });
    return {
      ranges: alignmentRanges(alignment.pairs, context.source.sentences.length, document.sentences.length),
      scores: alignment.pairs.map((pair) => pair.score),
    };
  }

  /**
   * Runs the divergence checks over the whole project again, e.g. after the glossary or the settings changed
   * (one undoable action; reviews and notes of flags found again are kept). Slow on large projects: run it as a job.
   */
  async recheckFlags(): Promise<void> {
    this.#action('flags.recheck', (db) => recheckAll(db, this.#checkContext()));
  }

  /** Undoes the last action; false when there was nothing to undo. */
  async undo(): Promise<boolean> {
    const kind = this.#timed('undo', () => undoAction(this.#writable));
    if (kind === 'glossary.add') this.#context = undefined;
    return kind !== false;
  }

  /** Redoes the last undone action; false when there was nothing to redo. */
  async redo(): Promise<boolean> {
    const kind = this.#timed('redo', () => redoAction(this.#writable));
    if (kind === 'glossary.add') this.#context = undefined;
    return kind !== false;
  }

  /** Closes the project; the file is then self-contained (WAL checkpointed). Closing twice is harmless. */
  async close(): Promise<void> {
    const db = this.#db;
    this.#db = undefined;
    if (db !== undefined) closeDatabase(db);
  }
}

export type { CreateProjectInput, HistoryReach, NoteTarget };
