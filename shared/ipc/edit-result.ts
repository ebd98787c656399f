/**
 * What an edit returns: a patch of the pair list (the pairs that replaced a run of old pairs) when the edit
 * was local, or the whole project view when it was not (undo, redo, realign). Sending a patch keeps an edit
 * on a 20,000-pair project as quick as on a small one. Sentences never change through an edit.
 */
import type { PairRecord, ProjectSnapshot } from '../project';
import type { ProjectView } from './results';

/** `pairs` replace `deleteCount` pairs from index `start`; `total` is the new pair count (a consistency check). */
export interface PairsPatch {
  readonly start: number;
  readonly deleteCount: number;
  readonly pairs: readonly PairRecord[];
  readonly total: number;
}

/** The result of an edit. */
export type EditResult =
  | { readonly kind: 'patch'; readonly patch: PairsPatch; readonly canUndo: boolean; readonly canRedo: boolean }
  | { readonly kind: 'full'; readonly view: ProjectView };

/**
 * Applies a patch to a snapshot. `Flag.pair` of the pairs after the patch is not renumbered (the UI keys pairs
 * by position and id; exports read a fresh snapshot from the store).
 */
export function patchSnapshot(snapshot: ProjectSnapshot, patch: PairsPatch): ProjectSnapshot {
  const pairs = snapshot.pairs.slice();
  pairs.splice(patch.start, patch.deleteCount, ...patch.pairs);
  return { ...snapshot, pairs };
}

/** The project view after an edit. */
export function applyEdit(view: ProjectView, result: EditResult): ProjectView {
  if (result.kind === 'full') return result.view;
  return { ...view, snapshot: patchSnapshot(view.snapshot, result.patch), canUndo: result.canUndo, canRedo: result.canRedo };
}
