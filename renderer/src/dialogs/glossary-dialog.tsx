/**
 * Import a glossary (CSV, TSV or TBX) into the project: its terms join the project's glossary, the checks run
 * again, and the dialog says how many entries were added and how many terminology flags there are now.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryImportResult } from '../../../shared/ipc/results';
import type { ProjectSnapshot } from '../../../shared/project';
import { api, call } from '../api/api';
import type { AppActions } from '../app';
import { pickFile } from '../common/pick-file';
import { formatNumber } from '../i18n';

/** Terminology flags of a snapshot, whatever their review status. */
function terminologyFlags(snapshot: ProjectSnapshot): number {
  return snapshot.pairs.reduce((sum, pair) => sum + pair.flags.filter((flag) => flag.kind === 'terminology').length, 0);
}

export function GlossaryDialog({
  snapshot,
  actions,
  onShowTerminology,
  onClose,
}: {
  snapshot: ProjectSnapshot;
  actions: AppActions;
  onShowTerminology: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('app');
  const [done, setDone] = useState<GlossaryImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const flags = useMemo(() => terminologyFlags(snapshot), [snapshot]);
  const number = (value: number) => formatNumber(value, i18n.language);
  const choose = async () => {
    const path = await pickFile('glossary');
    if (!path) return;
    setBusy(true);
    const result = await actions.runJob((jobId) => call(api.glossary.import({ jobId, path })));
    setBusy(false);
    if (!result) return;
    actions.applyEdit(result.edit);
    setDone(result);
  };
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal glossary-dialog" role="dialog" aria-modal="true" aria-labelledby="glossary-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="glossary-title">{t('glossary.title')}</h2>
        <p className="muted">{t('glossary.explain', { src: snapshot.source.info.lang, tgt: snapshot.target.info.lang })}</p>
        <p data-testid="glossary-flags">{t('glossary.flags', { count: flags, formatted: number(flags) })}</p>
        {done && (
          <p className="success" data-testid="glossary-done">
            {t('glossary.added', { count: done.added, formatted: number(done.added) })}{' '}
            {done.skipped > 0 && `${t('glossary.skipped', { count: done.skipped, formatted: number(done.skipped) })} `}
            {t('glossary.total', { count: done.entries, formatted: number(done.entries) })}
          </p>
        )}
        <div className="modal-actions">
          {flags > 0 && (
            <button type="button" onClick={onShowTerminology} data-testid="glossary-show-flags">
              {t('glossary.showFlags')}
            </button>
          )}
          <button type="button" className="primary" disabled={busy} onClick={() => void choose()} data-testid="glossary-choose">
            {busy ? t('glossary.importing') : t('glossary.choose')}
          </button>
          <button type="button" onClick={onClose} data-testid="glossary-close">
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
