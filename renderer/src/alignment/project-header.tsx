/** The alignment view's header: the project, review progress, and the commands that open dialogs. */
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../shared/ipc/results';
import type { UiLanguage } from '../../../shared/i18n/resources';
import { LanguageSwitch } from '../common/language-switch';
import { formatNumber } from '../i18n';

/** The dialogs of the alignment view. */
export type Dialog = 'help' | 'export' | 'split' | 'revision' | 'revisions' | 'translations' | 'glossary' | null;

export function ProjectHeader({
  view,
  confirmed,
  thirdShown,
  panelOpen,
  onDialog,
  onHistory,
  onTogglePanel,
  onLanguage,
  onClose,
}: {
  view: ProjectView;
  confirmed: number;
  thirdShown: boolean;
  panelOpen: boolean;
  onDialog: (dialog: Dialog) => void;
  onHistory: (direction: 'undo' | 'redo') => void;
  onTogglePanel: () => void;
  onLanguage: (language: UiLanguage) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('app');
  const snapshot = view.snapshot;
  return (
    <header className="app-header">
      <h1 className="project-name" data-testid="project-name" title={view.path}>
        {snapshot.name}
      </h1>
      <span className="muted small">{t('project.languages', { src: snapshot.source.info.lang, tgt: snapshot.target.info.lang })}</span>
      <span className="muted small" data-testid="progress-summary">
        {t('project.reviewed', { count: snapshot.pairs.length, confirmed: formatNumber(confirmed, i18n.language), total: formatNumber(snapshot.pairs.length, i18n.language) })}
      </span>
      <span className="spacer" />
      <button type="button" disabled={!view.canUndo} onClick={() => onHistory('undo')} data-testid="undo" title={t('shortcuts.undo')}>
        {t('toolbar.undo')}
      </button>
      <button type="button" disabled={!view.canRedo} onClick={() => onHistory('redo')} data-testid="redo" title={t('shortcuts.redo')}>
        {t('toolbar.redo')}
      </button>
      {(snapshot.source.info.revision > 1 || snapshot.target.info.revision > 1) && (
        <button type="button" onClick={() => onDialog('revisions')} data-testid="revisions">
          {t('toolbar.revisions')}
        </button>
      )}
      <button type="button" onClick={() => onDialog('translations')} data-testid="translations" aria-pressed={thirdShown}>
        {t('toolbar.translations')}
      </button>
      <button type="button" onClick={() => onDialog('revision')} data-testid="revision">
        {t('toolbar.revision')}
      </button>
      <button type="button" onClick={() => onDialog('glossary')} data-testid="glossary">
        {t('toolbar.glossary')}
      </button>
      <button type="button" onClick={() => onDialog('export')} data-testid="export">
        {t('toolbar.export')}
      </button>
      <button type="button" onClick={onTogglePanel} aria-pressed={panelOpen}>
        {t('toolbar.panel')}
      </button>
      <button type="button" onClick={() => onDialog('help')} data-testid="help">
        {t('toolbar.help')}
      </button>
      <LanguageSwitch onChange={onLanguage} />
      <button type="button" onClick={onClose} data-testid="close-project">
        {t('toolbar.close')}
      </button>
    </header>
  );
}
