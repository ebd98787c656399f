/**
 * Import a new revision of one side: choose the side and the file; the job keeps reviewed work where the text
 * did not change and marks reviewed pairs whose text changed. Afterwards the dialog says what happened.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionUpdate } from '../../../shared/ipc/results';
import type { ProjectSnapshot } from '../../../shared/project';
import type { Side } from '../../../shared/types';
import { api, call } from '../api/api';
import type { AppActions } from '../app';
import { pickFile } from '../common/pick-file';
import { formatNumber } from '../i18n';

export function RevisionDialog({
  snapshot,
  actions,
  onShowChanged,
  onClose,
}: {
  snapshot: ProjectSnapshot;
  actions: AppActions;
  onShowChanged: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('app');
  const [side, setSide] = useState<Side>('tgt');
  const [done, setDone] = useState<RevisionUpdate | null>(null);
  const number = (value: number) => formatNumber(value, i18n.language);
  const start = async () => {
    const path = await pickFile('document');
    if (!path) return;
    const result = await actions.runJob((jobId) => call(api.project.updateSide({ jobId, side, path })));
    if (!result) return;
    actions.applyEdit(result.edit);
    setDone(result.update);
  };
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal revision-dialog" role="dialog" aria-modal="true" aria-labelledby="revision-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="revision-title">{t('revision.title')}</h2>
        <p className="muted">{t('revision.explain')}</p>
        <fieldset className="revision-sides">
          <legend>{t('revision.side')}</legend>
          {(['src', 'tgt'] as const).map((value) => (
            <label key={value} className="check">
              <input type="radio" name="revision-side" checked={side === value} onChange={() => setSide(value)} data-testid={`revision-side-${value}`} />
              {t(value === 'src' ? 'columns.source' : 'columns.target', { lang: (value === 'src' ? snapshot.source : snapshot.target).info.lang })}
            </label>
          ))}
        </fieldset>
        {done && (
          <p className="success" data-testid="revision-done">
            {t('revision.done', {
              revision: number(done.revision),
              kept: number(done.kept),
              created: number(done.created),
              removed: number(done.removed),
              changed: number(done.changedSinceReview),
            })}
          </p>
        )}
        <div className="modal-actions">
          {done && done.changedSinceReview > 0 && (
            <button type="button" onClick={onShowChanged} data-testid="revision-show-changed">
              {t('revision.showChanged')}
            </button>
          )}
          <button type="button" className="primary" onClick={() => void start()} data-testid="revision-choose">
            {t('revision.choose')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
