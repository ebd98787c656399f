/**
 * The app frame: loads the app state, switches between the start screen and the alignment view, runs long
 * jobs with a progress dialog, shows errors translated, and follows menu commands from the main process.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/ipc/events';
import type { IpcError } from '../../shared/ipc/result';
import { applyEdit, type EditResult } from '../../shared/ipc/edit-result';
import type { AppState, DocumentPreview, ProjectView } from '../../shared/ipc/results';
import type { UiLanguage } from '../../shared/i18n/resources';
import { api, call, newJobId, UiError } from './api/api';
import { AlignmentView } from './alignment/alignment-view';
import { ErrorBanner } from './common/error-banner';
import { ProgressDialog, type JobProgress } from './dialogs/progress-dialog';
import { defaultLanguage, i18n } from './i18n';
import { StartScreen } from './start/start-screen';
import { isProjectPath, pickFile } from './common/pick-file';

/** What the screens get to act on the app. */
export interface AppActions {
  /** Runs a request, showing its error; resolves undefined when it failed. */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  /** Runs a long job with the progress dialog and Cancel. */
  runJob<T>(work: (jobId: string) => Promise<T>): Promise<T | undefined>;
  setProject(view: ProjectView | null): void;
  /** Applies the result of an edit to the open project. */
  applyEdit(result: EditResult): void;
  setLanguage(language: UiLanguage): void;
  openProjectDialog(): Promise<void>;
}

export function App() {
  const { t } = useTranslation('app');
  const [appState, setAppState] = useState<AppState | null>(null);
  const [project, setProject] = useState<ProjectView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [job, setJob] = useState<JobProgress | null>(null);
  const [pendingMenu, setPendingMenu] = useState<{ command: MenuCommand; serial: number } | null>(null);
  const jobRef = useRef<JobProgress | null>(null);
  const [documents, setDocuments] = useState<{ previews: readonly DocumentPreview[]; serial: number } | null>(null);

  const refreshState = useCallback(async () => {
    const result = await api.app.state({});
    if (result.ok) setAppState(result.value);
    return result.ok ? result.value : null;
  }, []);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      setError(null);
      return await work();
    } catch (caught) {
      setError(caught instanceof UiError ? caught.error : { key: 'internal', params: { message: String(caught) } });
      return undefined;
    }
  }, []);

  const runJob = useCallback(
    async <T,>(work: (jobId: string) => Promise<T>): Promise<T | undefined> => {
      const id = newJobId();
      const started: JobProgress = { id, stage: 'starting', fraction: 0 };
      jobRef.current = started;
      setJob(started);
      try {
        return await run(() => work(id));
      } finally {
        jobRef.current = null;
        setJob(null);
      }
    },
    [run],
  );

  const setLanguage = useCallback((language: UiLanguage) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    void api.app.setUiLanguage({ language });
  }, []);

  const openProjectDialog = useCallback(async () => {
    const path = await pickFile('project');
    if (!path) return;
    const view = await run(() => call(api.project.open({ path })));
    if (view) setProject(view);
  }, [run]);

  useEffect(() => {
    void (async () => {
      const state = await refreshState();
      const language = state?.uiLanguage ?? defaultLanguage();
      await i18n.changeLanguage(language);
      document.documentElement.lang = language;
      const current = await api.project.current({});
      if (current.ok && current.value) setProject(current.value);
    })();
  }, [refreshState]);

  useEffect(() => {
    let serial = 0;
    return api.onEvent((event) => {
      switch (event.type) {
        case 'job.progress':
          if (jobRef.current?.id === event.jobId) {
            jobRef.current = { id: event.jobId, stage: event.stage, fraction: event.fraction };
            setJob(jobRef.current);
          }
          break;
        case 'menu':
          if (event.command === 'project.open') {
            void openProjectDialog();
          } else if (event.command === 'project.new' || event.command === 'project.close') {
            void api.project.close({}).then(() => {
              setProject(null);
              void refreshState();
            });
          } else {
            serial += 1;
            setPendingMenu({ command: event.command, serial });
          }
          break;
        case 'files.opened': {
          const projectFile = event.paths.find(isProjectPath);
          if (projectFile) void run(() => call(api.project.open({ path: projectFile }))).then((view) => view && setProject(view));
          // Documents (e.g. `sverka-app original.txt translation.txt`) go to the new-project form.
          else {
            void Promise.all(event.paths.slice(0, 2).map((path) => run(() => call(api.document.inspect({ path }))))).then((previews) =>
              setDocuments({ previews: previews.filter((preview): preview is DocumentPreview => preview !== undefined), serial: Date.now() }),
            );
          }
          break;
        }
        case 'project.changed':
          void api.project.current({}).then((result) => result.ok && setProject(result.value));
          break;
      }
    });
  }, [run, openProjectDialog, refreshState]);

  // A project file dropped anywhere on the window opens it (the new-project drop zones handle documents).
  useEffect(() => {
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file || !isProjectPath(file.name)) return;
      void run(async () => {
        const path = await api.platform.pathForFile(file);
        setProject(await call(api.project.open({ path })));
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [run]);

  useEffect(() => {
    document.title = project ? t('window.titleWithProject', { name: project.snapshot.name }) : t('window.title');
  }, [project, t]);

  // Stable across renders, so that screens and dialogs can depend on it in effects.
  const actions = useMemo<AppActions>(
    () => ({
      run,
      runJob,
      setProject: (view) => {
        setProject(view);
        if (!view) void refreshState();
      },
      applyEdit: (result) => setProject((current) => (current ? applyEdit(current, result) : current)),
      setLanguage,
      openProjectDialog,
    }),
    [run, runJob, refreshState, setLanguage, openProjectDialog],
  );

  return (
    <div className="app">
      {error && <ErrorBanner error={error} onClose={() => setError(null)} />}
      {project ? (
        <AlignmentView view={project} actions={actions} menu={pendingMenu} />
      ) : (
        <StartScreen state={appState} actions={actions} onChanged={refreshState} documents={documents} />
      )}
      {job && <ProgressDialog job={job} onCancel={() => void api.job.cancel({ jobId: job.id })} />}
    </div>
  );
}
