/** Split a pair in two: choose how many sentences of each side stay in the first pair. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairRecord, ProjectSnapshot } from '../../../shared/project';
import type { Side } from '../../../shared/types';

/** The default split: the first sentence of each side that has more than one stays in the first pair. */
export function defaultSplit(pair: PairRecord): { srcCount: number; tgtCount: number } {
  const half = (count: number) => Math.ceil(count / 2);
  return { srcCount: half(pair.src.length), tgtCount: half(pair.tgt.length) };
}

export function SplitDialog({
  snapshot,
  pair,
  onSplit,
  onClose,
}: {
  snapshot: ProjectSnapshot;
  pair: PairRecord;
  onSplit: (srcCount: number, tgtCount: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('app');
  const [counts, setCounts] = useState(defaultSplit(pair));
  const valid =
    (counts.srcCount > 0 || counts.tgtCount > 0) && (counts.srcCount < pair.src.length || counts.tgtCount < pair.tgt.length);
  const column = (side: Side) => {
    const indices = side === 'src' ? pair.src : pair.tgt;
    const sentences = side === 'src' ? snapshot.source.sentences : snapshot.target.sentences;
    const key = side === 'src' ? 'srcCount' : 'tgtCount';
    return (
      <fieldset className="split-side">
        <legend>{t(side === 'src' ? 'split.source' : 'split.target')}</legend>
        {Array.from({ length: indices.length + 1 }, (_, cut) => (
          <div key={cut}>
            <label className="split-cut">
              <input type="radio" name={key} checked={counts[key] === cut} onChange={() => setCounts({ ...counts, [key]: cut })} />
              {t('split.cutHere')}
            </label>
            {cut < indices.length && <p className="split-sentence">{sentences[indices[cut]]?.text}</p>}
          </div>
        ))}
      </fieldset>
    );
  };
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal split-dialog" role="dialog" aria-modal="true" aria-labelledby="split-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="split-title">{t('split.title')}</h2>
        <p className="muted">{t('split.explain')}</p>
        <div className="split-columns">
          {column('src')}
          {column('tgt')}
        </div>
        <div className="modal-actions">
          <button type="button" className="primary" disabled={!valid} onClick={() => onSplit(counts.srcCount, counts.tgtCount)} data-testid="split-apply">
            {t('split.apply')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
