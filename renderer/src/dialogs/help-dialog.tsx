/** Help: the keyboard shortcuts and what the row marks mean. */
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../alignment/shortcuts';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('app');
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="help-title">{t('help.title')}</h2>
        <table className="shortcuts" data-testid="shortcuts">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>{t(`shortcuts.${shortcut.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('help.marksTitle')}</h3>
        <ul className="legend">
          <li>
            <span className="confidence confidence-high" /> <span className="confidence confidence-medium" /> <span className="confidence confidence-low" />{' '}
            {t('help.marks.confidence')}
          </li>
          <li>
            <span className="bead">{'2:1'}</span> {t('help.marks.bead')}
          </li>
          <li>
            <span className="confirmed-mark">{'✓'}</span> {t('help.marks.confirmed')}
          </li>
          <li>
            <span className="flag-span flag-gloss">{t('help.marks.flagSample')}</span> {t('help.marks.flag')}
          </li>
        </ul>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
