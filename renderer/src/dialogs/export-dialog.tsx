/** Export: choose a format and options, write the file (a job with progress), then offer it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/ipc/export-formats';
import type { ExportResult } from '../../../shared/ipc/results';
import { api, call } from '../api/api';
import type { AppActions } from '../app';

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { tmx: 'tmx', xliff: 'xlf', csv: 'csv', tsv: 'tsv', docx: 'docx', html: 'html', json: 'json' };

export function ExportDialog({ name, actions, onClose }: { name: string; actions: AppActions; onClose: () => void }) {
  const { t } = useTranslation('app');
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [confirmedOnly, setConfirmedOnly] = useState(false);
  const [skipEmpty, setSkipEmpty] = useState(false);
  const [bom, setBom] = useState(false);
  const [done, setDone] = useState<ExportResult | null>(null);
  const start = async () => {
    let path: string | undefined;
    if (api.platform.host === 'electron') {
      const chosen = await actions.run(() => call(api.dialog.saveFile({ purpose: 'export', defaultName: `${name}.${EXTENSIONS[format]}`, format })));
      if (!chosen) return;
      path = chosen;
    }
    const result = await actions.runJob((jobId) => call(api.export.run({ jobId, format, path, confirmedOnly, skipEmpty, bom })));
    if (result) {
      setDone(result);
      await api.platform.reveal(result.path);
    }
  };
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="export-title">{t('export.title')}</h2>
        <label>
          {t('export.format')}{' '}
          <select value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)} data-testid="export-format">
            {EXPORT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {t(`export.formats.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={confirmedOnly} onChange={() => setConfirmedOnly(!confirmedOnly)} />
          {t('export.confirmedOnly')}
        </label>
        <label className="check">
          <input type="checkbox" checked={skipEmpty} onChange={() => setSkipEmpty(!skipEmpty)} />
          {t('export.skipEmpty')}
        </label>
        {(format === 'csv' || format === 'tsv') && (
          <label className="check">
            <input type="checkbox" checked={bom} onChange={() => setBom(!bom)} />
            {t('export.bom')}
          </label>
        )}
        {done && (
          <p className="success" data-testid="export-done">
            {t('export.done', { file: done.fileName })}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="primary" onClick={() => void start()} data-testid="export-start">
            {t('export.start')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
