/**
 * The revision panel: pick a side and two of its stored revisions, see every change between them word by word
 * (like tracked changes), jump to the pair of a change, and show the changes in the rows.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionChanges } from '../../../shared/ipc/results';
import type { DocumentInfo, ProjectSnapshot } from '../../../shared/project';
import type { Side } from '../../../shared/types';
import { api, call } from '../api/api';
import type { AppActions } from '../app';
import { DiffText } from '../common/diff-text';
import { formatDate } from '../i18n';

export function RevisionsDialog({
  snapshot,
  actions,
  tracked,
  onTrack,
  onJump,
  onClose,
}: {
  snapshot: ProjectSnapshot;
  actions: AppActions;
  tracked: RevisionChanges | null;
  onTrack: (changes: RevisionChanges | null) => void;
  onJump: (side: Side, sentence: number) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('app');
  const initialSide: Side = snapshot.target.info.revision > 1 || snapshot.source.info.revision === 1 ? 'tgt' : 'src';
  const [side, setSide] = useState<Side>(tracked?.side ?? initialSide);
  const [revisions, setRevisions] = useState<readonly DocumentInfo[]>([]);
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const [changes, setChanges] = useState<RevisionChanges | null>(tracked);
  const current = (side === 'src' ? snapshot.source : snapshot.target).info.revision;

  useEffect(() => {
    let live = true;
    void actions.run(() => call(api.revisions.list({ side }))).then((list) => {
      if (!live || !list) return;
      setRevisions(list);
      const latest = list.reduce((max, item) => Math.max(max, item.revision), 1);
      setRange({ from: Math.max(1, latest - 1), to: latest });
    });
    return () => {
      live = false;
    };
  }, [side, actions]);

  const compare = async () => {
    if (!range) return;
    const result = await actions.run(() => call(api.revisions.compare({ side, from: range.from, to: range.to })));
    if (result) {
      setChanges(result);
      if (tracked) onTrack(result.to === current ? result : null);
    }
  };
  const label = (info: DocumentInfo) => t('revisions.label', { revision: info.revision, file: info.fileName, date: formatDate(info.importedAt, i18n.language) });
  const select = (key: 'from' | 'to') => (
    <select
      value={range?.[key] ?? ''}
      aria-label={t(`revisions.${key}`)}
      data-testid={`revisions-${key}`}
      onChange={(event) => range && setRange({ ...range, [key]: Number(event.target.value) })}
    >
      {revisions.map((info) => (
        <option key={info.revision} value={info.revision}>
          {label(info)}
        </option>
      ))}
    </select>
  );
  const canJump = changes !== null && changes.to === current && changes.side === side;
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal revisions-dialog" role="dialog" aria-modal="true" aria-labelledby="revisions-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="revisions-title">{t('revisions.title')}</h2>
        <div className="revisions-controls">
          <label>
            {t('revisions.side')}{' '}
            <select value={side} onChange={(event) => setSide(event.target.value as Side)} data-testid="revisions-side">
              <option value="src">{t('columns.source', { lang: snapshot.source.info.lang })}</option>
              <option value="tgt">{t('columns.target', { lang: snapshot.target.info.lang })}</option>
            </select>
          </label>
          {revisions.length > 1 ? (
            <>
              <label>
                {t('revisions.from')} {select('from')}
              </label>
              <label>
                {t('revisions.to')} {select('to')}
              </label>
              <button type="button" className="primary" onClick={() => void compare()} data-testid="revisions-compare">
                {t('revisions.compare')}
              </button>
            </>
          ) : (
            <span className="muted">{t('revisions.single')}</span>
          )}
        </div>
        {changes && (
          <>
            <div className="revisions-summary">
              <span className="muted">{t('revisions.count', { count: changes.changes.length, from: changes.from, to: changes.to })}</span>
              {changes.to === current && (
                <label className="check">
                  <input type="checkbox" checked={tracked !== null} onChange={() => onTrack(tracked ? null : changes)} data-testid="revisions-track" />
                  {t('revisions.track')}
                </label>
              )}
            </div>
            <ol className="revision-changes" data-testid="revision-changes">
              {changes.changes.map((change, position) => (
                <li key={position} className={`revision-change change-${change.kind}`}>
                  <button
                    type="button"
                    className="change-jump"
                    disabled={!canJump || change.new.length === 0}
                    onClick={() => onJump(changes.side, change.new[0])}
                  >
                    <span className="change-kind">{t(`revisions.kind.${change.kind}`)}</span>
                    <span className="change-text">
                      <DiffText segments={change.segments} />
                    </span>
                  </button>
                </li>
              ))}
            </ol>
            {changes.changes.length === 0 && <p className="muted">{t('revisions.none')}</p>}
          </>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
