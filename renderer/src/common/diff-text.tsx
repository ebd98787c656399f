/** A word diff shown like tracked changes: insertions underlined, deletions struck through (text nodes only). */
import type { DiffSegment } from '../../../shared/revisions/word-diff';

export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((segment, position) => {
        switch (segment.kind) {
          case 'insert':
            return <ins key={position}>{segment.text}</ins>;
          case 'delete':
            return <del key={position}>{segment.text}</del>;
          default:
            return <span key={position}>{segment.text}</span>;
        }
      })}
    </>
  );
}
