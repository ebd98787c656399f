/** The modal shown while a long job runs: its stage, a progress bar and Cancel. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n';

/** Where a job is. */
export interface JobProgress {
  readonly id: string;
  readonly stage: string;
  readonly fraction: number;
}

export function ProgressDialog({ job, onCancel }: { job: JobProgress; onCancel: () => void }) {
  const { t, i18n } = useTranslation('app');
  return (
    <div className="modal-backdrop">
      <div className="modal progress-dialog" role="dialog" aria-modal="true" aria-labelledby="progress-title">
        <h2 id="progress-title">{t(`job.stage.${job.stage}`, { defaultValue: t('job.stage.working') })}</h2>
        <progress max={1} value={job.fraction} />
        <p className="muted">{formatNumber(job.fraction, i18n.language, { style: 'percent' })}</p>
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
