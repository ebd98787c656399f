/**
 * An open project plus a copy of the pair list as the renderer has it, so that a local edit (merge, split,
 * move, notes, flag review, confirm) answers with only the pairs it changed instead of the whole project.
 * After the edit the changed run is read back from the store (one page) and checked against its neighbours;
 * anything unexpected falls back to the whole snapshot.
 */
import type { EditResult, PairsPatch } from '../../../shared/ipc/edit-result';
import { patchSnapshot } from '../../../shared/ipc/edit-result';
import type { ProjectView } from '../../../shared/ipc/results';
import type { PairRecord, ProjectSnapshot } from '../../../shared/project';
import { SverkaError } from '../../../shared/errors';
import type { Project } from '../store/index';

/** Old pairs [start, end) that an edit may replace. */
export interface Region {
  readonly start: number;
  readonly end: number;
}

/** How many more pairs than the old run a local edit can leave (a split or an empty counterpart adds one). */
const GROWTH = 2;

/** The open project and the renderer's view of it. */
export class ProjectSession {
  private mirror: ProjectSnapshot | undefined;

  constructor(
    private current: Project,
    private readonly reopen: (path: string) => Promise<Project>,
  ) {}

  /** The open project. */
  get project(): Project {
    return this.current;
  }

  get path(): string {
    return this.project.path;
  }

  /** The whole project (and a fresh copy of its pairs). */
  async view(): Promise<ProjectView> {
    const snapshot = await this.project.snapshot();
    this.mirror = snapshot;
    const history = await this.project.history();
    return { path: this.project.path, snapshot, canUndo: history.canUndo, canRedo: history.canRedo };
  }

  /** The index of a pair in the current list. */
  indexOfPair(pairId: number): number {
    const index = this.pairs().findIndex((pair) => pair.id === pairId);
    if (index < 0) throw new SverkaError('project.pairNotFound', { id: pairId });
    return index;
  }

  /** The indices of pairs in the current list (one pass, however many). */
  indicesOfPairs(pairIds: readonly number[]): number[] {
    const wanted = new Set(pairIds);
    const found = new Map<number, number>();
    this.pairs().forEach((pair, index) => {
      if (wanted.has(pair.id)) found.set(pair.id, index);
    });
    return pairIds.map((id) => {
      const index = found.get(id);
      if (index === undefined) throw new SverkaError('project.pairNotFound', { id });
      return index;
    });
  }

  /** The index of the pair that holds a flag. */
  indexOfFlag(flagId: number): number {
    const index = this.pairs().findIndex((pair) => pair.flags.some((flag) => flag.id === flagId));
    if (index < 0) throw new SverkaError('project.flagNotFound', { id: flagId });
    return index;
  }

  /** The index of the pair that holds a note (on itself or on one of its flags). */
  indexOfNote(noteId: number): number {
    const index = this.pairs().findIndex(
      (pair) => pair.notes.some((note) => note.id === noteId) || pair.flags.some((flag) => flag.notes.some((note) => note.id === noteId)),
    );
    if (index < 0) throw new SverkaError('project.noteNotFound', { id: noteId });
    return index;
  }

  /** Runs an edit that touches only `region` and returns the patch. */
  async local(region: Region, change: () => Promise<unknown>): Promise<EditResult> {
    const old = this.pairs();
    const start = Math.max(0, Math.min(old.length, region.start));
    const end = Math.max(start, Math.min(old.length, region.end));
    await change();
    // One pair more on each side of the run, to check that the edit stayed inside it.
    const before = start > 0 ? 1 : 0;
    let page = await this.project.pairsPage(start - before, before + (end - start) + GROWTH + 1);
    let count = end - start + (page.total - old.length);
    // An undo can bring back more pairs than an edit makes (a realignment's): read them all.
    if (count > end - start + GROWTH) page = await this.project.pairsPage(start - before, before + count + 1);
    count = end - start + (page.total - old.length);
    const fresh = page.pairs.slice(before, before + count);
    const after = page.pairs[before + count];
    const consistent =
      count >= 0 &&
      fresh.length === count &&
      (before === 0 || page.pairs[0]?.id === old[start - 1]?.id) &&
      (end === old.length ? after === undefined : after?.id === old[end]?.id);
    if (!consistent) return { kind: 'full', view: await this.view() };
    const patch = { start, deleteCount: end - start, pairs: fresh, total: page.total };
    this.mirror = patchSnapshot(this.mirror as ProjectSnapshot, patch);
    const history = await this.project.history();
    return { kind: 'patch', patch, canUndo: history.canUndo, canRedo: history.canRedo };
  }

  /**
   * Undo or redo: the store tells which pairs the replay touches (by id, and by the sentences their rows cover
   * before and after), so only the run of pairs holding them is read back. The whole project only when the store
   * cannot tell.
   */
  async replay(direction: 'undo' | 'redo', change: () => Promise<unknown>): Promise<EditResult> {
    const reach = await this.project.historyReach(direction);
    if (reach === undefined) return this.whole(change);
    const pairs = this.pairs();
    const ids = new Set(reach.pairIds);
    let first = pairs.length;
    let last = -1;
    let position = 0;
    for (let index = 0; index < pairs.length; index += 1) {
      const pair = pairs[index];
      const end = position + pair.src.length + pair.tgt.length;
      if (ids.has(pair.id) || reach.spans.some((span) => span.start < end && position < span.end)) {
        if (index < first) first = index;
        last = index;
      }
      position = end;
    }
    // Nothing shown is touched (a glossary entry): an empty run; pairs past the end: at the end.
    if (last < 0) first = last = reach.spans.length > 0 ? pairs.length : 0;
    else last += 1;
    return this.local({ start: first, end: last }, change);
  }

  /**
   * Runs an edit whose reach is unknown (undo, redo, several pairs): reads the whole project, and answers with
   * the run of pairs that differs from the renderer's copy, or everything when the documents changed.
   */
  async whole(change: () => Promise<unknown>): Promise<EditResult> {
    const old = this.mirror;
    await change();
    const snapshot = await this.project.snapshot();
    const history = await this.project.history();
    this.mirror = snapshot;
    const sameDocuments =
      old !== undefined &&
      old.source.info.sha256 === snapshot.source.info.sha256 &&
      old.target.info.sha256 === snapshot.target.info.sha256 &&
      old.source.sentences.length === snapshot.source.sentences.length &&
      old.target.sentences.length === snapshot.target.sentences.length;
    if (!sameDocuments) return { kind: 'full', view: { path: this.path, snapshot, canUndo: history.canUndo, canRedo: history.canRedo } };
    return { kind: 'patch', patch: changedRun(old.pairs, snapshot.pairs), canUndo: history.canUndo, canRedo: history.canRedo };
  }

  /**
   * Closes the file for work done elsewhere (a job in a worker thread opens it itself), then reopens it and
   * returns the whole project, also when the work failed or was cancelled.
   */
  async elsewhere<T>(work: (path: string) => Promise<T>): Promise<{ readonly edit: EditResult; readonly value: T }> {
    await this.current.close();
    let value: T;
    try {
      value = await work(this.path);
    } finally {
      this.current = await this.reopen(this.path);
    }
    return { edit: { kind: 'full', view: await this.view() }, value };
  }

  close(): Promise<void> {
    return this.current.close();
  }

  private pairs(): readonly PairRecord[] {
    if (!this.mirror) throw new SverkaError('app.noProjectOpen');
    return this.mirror.pairs;
  }
}

/** A pair as a comparable string, without Flag.pair (which shifts with every pair before it). */
function pairKey(pair: PairRecord): string {
  return JSON.stringify([pair.id, pair.src, pair.tgt, pair.score, pair.origin, pair.changedSinceReview, pair.notes, pair.flags.map(({ pair: _pair, ...flag }) => flag)]);
}

/** The smallest patch that turns `old` into `fresh`: the differing run between their common head and tail. */
export function changedRun(old: readonly PairRecord[], fresh: readonly PairRecord[]): PairsPatch {
  let head = 0;
  while (head < old.length && head < fresh.length && pairKey(old[head]) === pairKey(fresh[head])) head += 1;
  let tail = 0;
  while (tail < old.length - head && tail < fresh.length - head && pairKey(old[old.length - 1 - tail]) === pairKey(fresh[fresh.length - 1 - tail])) tail += 1;
  return { start: head, deleteCount: old.length - head - tail, pairs: fresh.slice(head, fresh.length - tail), total: fresh.length };
}
