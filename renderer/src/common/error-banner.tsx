/** A dismissible banner with a user-facing error in the UI language. */
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';

export function ErrorBanner({ error, onClose }: { error: IpcError; onClose: () => void }) {
  const { t } = useTranslation('app');
  return (
    <div className="error-banner" role="alert">
      <span>{t(`errors:${error.key}`, { ...error.params, defaultValue: t('error.unknown', { key: error.key }) })}</span>
      <button type="button" className="link" onClick={onClose} aria-label={t('common.close')}>
        {'×'}
      </button>
    </div>
  );
}
