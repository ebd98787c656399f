/**
 * Applies an edit plan to the stored pairs: rewrites the region, hands the notes and flags of pairs that
 * disappear to the pairs that now hold their sentences, and recomputes the flags of the pairs that changed.
 */
import type { Database } from 'better-sqlite3';
import type { DivergenceSettingsOverride } from '../../../shared/divergence/settings';
import type { Glossary } from '../../../shared/glossary/glossary';
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import type { Flag, SegmentedDocument } from '../../../shared/types';
import { checkDivergences } from './engine';
import { allFlags, containsSentence, flagKey, flagsOfPairs, replaceFlags, toFlag, type PreviousFlag } from './flags';
import { movePairNotes } from './notes';
import type { EditPlan, PlannedPair } from './pair-edits';
import { allPairs, deletePair, findPair, insertPair, pairsAround, toAlignedPair, updatePair, type PairRow } from './pairs';
import { sql } from './statements';

/**
 * Pairs on each side of an edited region that the checks also see (document statistics such as the usual length
 * ratio). Checking costs about 1 ms per pair seen, and an edit must answer within 100 ms: on 60 edits spread over a
 * 20,000-pair project, 20 pairs each side agree with the whole-document flags as often as 50 or 100 do
 * (scripts/bench/app-latency.ts times the edits).
 */
const CHECK_CONTEXT_PAIRS = 20;

/** What the divergence checks read: the current documents and the lexicon of the language pair. */
export interface CheckContext {
  readonly source: SegmentedDocument;
  readonly target: SegmentedDocument;
  readonly lexicon?: Lexicon;
  readonly glossary?: Glossary;
  readonly settings?: DivergenceSettingsOverride;
}

function sameRange(row: PairRow, planned: PlannedPair): boolean {
  const { src, tgt } = planned.range;
  return row.src_start === src.start && row.src_end === src.end && row.tgt_start === tgt.start && row.tgt_end === tgt.end;
}

/** The pair among `rows` that holds a removed pair's first sentence. */
function homeOf(old: PairRow, rows: readonly PairRow[]): PairRow {
  const found =
    old.src_end > old.src_start
      ? rows.find((row) => containsSentence(row, 'src', old.src_start))
      : rows.find((row) => containsSentence(row, 'tgt', old.tgt_start));
  return found ?? rows[0];
}

/**
 * Runs the divergence checks on some pairs (Flag.pair indexes `rows`). The checks see up to fifty pairs on each side
 * around them too, so statistics over the document (the usual length ratio) stay meaningful; only the flags of
 * `rows` are kept.
 */
export function checkPairs(db: Database, context: CheckContext, rows: readonly PairRow[]): Flag[] {
  if (rows.length === 0) return [];
  const window = pairsAround(db, rows, CHECK_CONTEXT_PAIRS);
  const wanted = new Map(rows.map((row, index) => [row.id, index]));
  const flags = checkDivergences({
    source: context.source,
    target: context.target,
    pairs: window.map(toAlignedPair),
    ...(context.lexicon === undefined ? {} : { lexicon: context.lexicon }),
    ...(context.glossary === undefined ? {} : { glossary: context.glossary }),
    ...(context.settings === undefined ? {} : { settings: context.settings }),
  });
  const result: Flag[] = [];
  for (const flag of flags) {
    const index = wanted.get(window[flag.pair].id);
    if (index !== undefined) result.push({ ...flag, pair: index });
  }
  return result;
}

/**
 * Runs the divergence checks over the whole alignment again (after the glossary or the settings changed): flags
 * found again keep their review status and notes, new ones are open, vanished ones hand their notes to their pair.
 */
export function recheckAll(db: Database, context: CheckContext): void {
  const rows = allPairs(db);
  if (rows.length === 0) return;
  const fresh = checkDivergences({
    source: context.source,
    target: context.target,
    pairs: rows.map(toAlignedPair),
    ...(context.lexicon === undefined ? {} : { lexicon: context.lexicon }),
    ...(context.glossary === undefined ? {} : { glossary: context.glossary }),
    ...(context.settings === undefined ? {} : { settings: context.settings }),
  });
  const keyOf = (flag: Flag): string => flagKey(flag, sentenceText(context, flag));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const previous = allFlags(db).map((row): PreviousFlag => {
    const pair = byId.get(row.pair_id) as PairRow;
    return { row, key: keyOf(toFlag(row, pair, 0)), home: pair.id };
  });
  replaceFlags(db, rows, fresh, previous, keyOf);
}

/** The text of the sentence a flag points at ('' when the index is out of range). */
export function sentenceText(context: CheckContext, flag: Flag): string {
  const document = flag.side === 'src' ? context.source : context.target;
  return document.sentences[flag.sentence]?.text ?? '';
}

/** Writes an edit plan; returns the region's pairs after the edit, in order. */
export function applyPlan(db: Database, context: CheckContext, plan: EditPlan): PairRow[] {
  const oldById = new Map(plan.old.map((row) => [row.id, row]));
  const previousFlags: { row: PreviousFlag['row']; flag: Flag }[] = [];
  const changedIds = new Set<number>();
  const ids: number[] = [];
  for (const planned of plan.next) {
    const before = planned.id === undefined ? undefined : oldById.get(planned.id);
    if (planned.id === undefined || before === undefined) {
      const id = insertPair(db, planned.range, planned.score, planned.origin, planned.changedSinceReview);
      ids.push(id);
      changedIds.add(id);
      continue;
    }
    ids.push(planned.id);
    const rangeChanged = !sameRange(before, planned);
    if (rangeChanged || before.origin !== planned.origin || before.score !== planned.score || (before.changed_since_review === 1) !== planned.changedSinceReview) {
      updatePair(db, planned.id, planned.range, planned.score, planned.origin, planned.changedSinceReview);
    }
    if (rangeChanged) changedIds.add(planned.id);
  }
  const rows = ids.map((id) => findPair(db, id));
  const kept = new Set(ids);
  for (const old of plan.old) {
    if (kept.has(old.id) && !changedIds.has(old.id)) continue;
    for (const row of flagsOfPairs(db, [old.id])) previousFlags.push({ row, flag: toFlag(row, old, 0) });
  }
  for (const old of plan.old) {
    if (kept.has(old.id)) continue;
    const home = homeOf(old, rows);
    movePairNotes(db, old.id, home.id);
    sql(db, 'UPDATE flags SET pair_id = ? WHERE pair_id = ?').run(home.id, old.id);
    deletePair(db, old.id);
  }
  const changed = rows.filter((row) => changedIds.has(row.id));
  if (changed.length > 0 || previousFlags.length > 0) {
    const target = changed.length > 0 ? changed : rows;
    const keyOf = (flag: Flag): string => flagKey(flag, sentenceText(context, flag));
    const previous = previousFlags.map(({ row, flag }): PreviousFlag => ({
      row,
      key: keyOf(flag),
      home: (target.find((pair) => containsSentence(pair, flag.side, flag.sentence)) ?? target[0]).id,
    }));
    replaceFlags(db, target, checkPairs(db, context, changed), previous, keyOf);
  }
  return rows;
}
