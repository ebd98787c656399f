/**
 * The project JSON export: the align JSON of `sverka align --format json`, plus what the translator did, per pair:
 * `id`, `status` (auto, edited, confirmed), `changedSinceReview`, `notes` (text, created, updated), and for each
 * flag its `id`, review `status` and notes.
 */
import { alignJson, type AlignJson, type AlignJsonPair } from '../../../shared/formats/align-json';
import type { ProjectSnapshot } from '../../../shared/project';
import type { FlagStatus, PairOrigin } from '../../../shared/types';

/** A note as exported. */
export interface ProjectJsonNote {
  readonly text: string;
  readonly created: string;
  readonly updated: string;
}

/** A pair of the project JSON. */
export interface ProjectJsonPair extends Omit<AlignJsonPair, 'flags'> {
  readonly id: number;
  readonly status: PairOrigin;
  readonly changedSinceReview: boolean;
  readonly notes: readonly ProjectJsonNote[];
  readonly flags: readonly (AlignJsonPair['flags'][number] & { readonly id: number; readonly status: FlagStatus; readonly notes: readonly ProjectJsonNote[] })[];
}

/** The whole project JSON. */
export interface ProjectJson extends Omit<AlignJson, 'pairs'> {
  readonly name: string;
  readonly pairs: readonly ProjectJsonPair[];
}

const note = (n: { text: string; created: string; updated: string }): ProjectJsonNote => ({ text: n.text, created: n.created, updated: n.updated });

/** Builds the project JSON value from a snapshot. */
export function projectJson(snapshot: ProjectSnapshot): ProjectJson {
  const base = alignJson(
    { lang: snapshot.source.info.lang, sentences: snapshot.source.sentences.map((s) => s.text) },
    { lang: snapshot.target.info.lang, sentences: snapshot.target.sentences.map((s) => s.text) },
    snapshot.pairs,
    snapshot.pairs.flatMap((pair) => pair.flags),
  );
  return {
    ...base,
    name: snapshot.name,
    pairs: base.pairs.map((pair, index) => {
      const record = snapshot.pairs[index];
      return {
        id: record.id,
        src: pair.src,
        tgt: pair.tgt,
        score: pair.score,
        status: record.origin,
        changedSinceReview: record.changedSinceReview,
        notes: record.notes.map(note),
        flags: pair.flags.map((flag, k) => {
          const stored = record.flags[k];
          const { id: _id, status: _status, notes: _notes, ...clean } = flag as typeof flag & Partial<typeof stored>;
          return { ...clean, id: stored.id, status: stored.status, notes: stored.notes.map(note) };
        }),
      };
    }),
  };
}

/** Serialises the project JSON (two-space indentation, final newline). */
export function writeProjectJson(snapshot: ProjectSnapshot): string {
  return `${JSON.stringify(projectJson(snapshot), null, 2)}\n`;
}
