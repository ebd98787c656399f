/**
 * Second translations of the original: add one from a file (aligned to the original in a worker), show one as
 * a third column (compared word by word with the main translation), or remove it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlternateTranslationInfo, TranslationComparison } from '../../../shared/project';
import { api, call } from '../api/api';
import type { AppActions } from '../app';
import { pickFile } from '../common/pick-file';
import { formatDate, formatNumber } from '../i18n';

export function TranslationsDialog({
  actions,
  shown,
  onShow,
  onClose,
}: {
  actions: AppActions;
  shown: TranslationComparison | null;
  onShow: (comparison: TranslationComparison | null) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('app');
  const [list, setList] = useState<readonly AlternateTranslationInfo[]>([]);
  useEffect(() => {
    void actions.run(() => call(api.translations.list({}))).then((items) => items && setList(items));
  }, [actions]);
  const add = async () => {
    const path = await pickFile('document');
    if (!path) return;
    const items = await actions.runJob((jobId) => call(api.translations.add({ jobId, path })));
    if (items) setList(items);
  };
  const show = async (alternateId: number) => {
    const comparison = await actions.runJob(() => call(api.translations.compare({ alternateId })));
    if (comparison) {
      onShow(comparison);
      onClose();
    }
  };
  const remove = async (alternateId: number) => {
    const items = await actions.run(() => call(api.translations.remove({ alternateId })));
    if (items) setList(items);
    if (shown?.alternate.id === alternateId) onShow(null);
  };
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal translations-dialog" role="dialog" aria-modal="true" aria-labelledby="translations-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="translations-title">{t('translations.title')}</h2>
        <p className="muted">{t('translations.explain')}</p>
        {list.length === 0 ? (
          <p className="muted">{t('translations.none')}</p>
        ) : (
          <ul className="translation-list" data-testid="translation-list">
            {list.map((item) => (
              <li key={item.id}>
                <span className="file-name">{item.name}</span>
                <span className="muted small">
                  {t('translations.meta', { lang: item.lang, sentences: formatNumber(item.sentences, i18n.language), date: formatDate(item.importedAt, i18n.language) })}
                </span>
                <span className="spacer" />
                {shown?.alternate.id === item.id ? (
                  <button type="button" onClick={() => onShow(null)} data-testid="third-hide">
                    {t('translations.hide')}
                  </button>
                ) : (
                  <button type="button" onClick={() => void show(item.id)} data-testid="third-show">
                    {t('translations.show')}
                  </button>
                )}
                <button type="button" className="link" onClick={() => void remove(item.id)}>
                  {t('translations.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" className="primary" onClick={() => void add()} data-testid="translation-add">
            {t('translations.add')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
