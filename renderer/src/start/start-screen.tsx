/** The start screen: open the bundled sample, start a new project, open a recent or another project file. */
import { useTranslation } from 'react-i18next';
import type { AppState, DocumentPreview } from '../../../shared/ipc/results';
import { api, call } from '../api/api';
import type { AppActions } from '../app';
import { LanguageSwitch } from '../common/language-switch';
import { formatDate } from '../i18n';
import { NewProjectForm } from './new-project-form';

export function StartScreen({
  state,
  actions,
  onChanged,
  documents,
}: {
  state: AppState | null;
  actions: AppActions;
  onChanged: () => Promise<unknown>;
  /** Documents handed to the app (command line, second start): the original and the translation. */
  documents: { readonly previews: readonly DocumentPreview[]; readonly serial: number } | null;
}) {
  const { t, i18n } = useTranslation('app');
  const openSample = async () => {
    const view = await actions.runJob((jobId) => call(api.project.openSample({ jobId })));
    if (view) actions.setProject(view);
  };
  const openRecent = async (path: string) => {
    const view = await actions.run(() => call(api.project.open({ path })));
    if (view) actions.setProject(view);
  };
  const removeRecent = async (path: string) => {
    await actions.run(() => call(api.recent.remove({ path })));
    await onChanged();
  };
  return (
    <div className="start-screen">
      <header className="app-header">
        <h1>{t('app.name')}</h1>
        <span className="muted">{t('app.tagline')}</span>
        <span className="spacer" />
        <LanguageSwitch onChange={actions.setLanguage} />
      </header>
      <main className="start-grid">
        <section className="card">
          <h2>{t('start.sample.title')}</h2>
          <p className="muted">{t('start.sample.description')}</p>
          <button type="button" className="primary" data-testid="open-sample" onClick={() => void openSample()}>
            {t('start.sample.open')}
          </button>
        </section>
        <section className="card">
          <h2>{t('start.recent.title')}</h2>
          {state && state.recent.length > 0 ? (
            <ul className="recent-list" data-testid="recent-list">
              {state.recent.map((item) => (
                <li key={item.path}>
                  <button type="button" className="link recent-open" title={item.path} onClick={() => void openRecent(item.path)}>
                    {item.name}
                  </button>
                  <span className="muted small">{formatDate(item.openedAt, i18n.language)}</span>
                  <button type="button" className="link small" onClick={() => void removeRecent(item.path)} aria-label={t('start.recent.remove')}>
                    {'×'}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('start.recent.empty')}</p>
          )}
          <button type="button" onClick={() => void actions.openProjectDialog()}>
            {t('start.openProject')}
          </button>
        </section>
        <section className="card wide">
          <h2>{t('start.new.title')}</h2>
          <NewProjectForm key={documents?.serial ?? 0} actions={actions} documents={documents?.previews} />
        </section>
      </main>
      {state && <footer className="muted small footer">{t('app.version', { version: state.version })}</footer>}
    </div>
  );
}
