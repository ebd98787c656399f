/**
 * New project: choose (or drop) the original and the translation; each shows its detected encoding, an
 * editable detected language and the first lines; then create (a long job with progress).
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPreview } from '../../../shared/ipc/results';
import type { Side } from '../../../shared/types';
import { api, call } from '../api/api';
import type { AppActions } from '../app';
import { pickFile } from '../common/pick-file';
import { formatNumber } from '../i18n';

/** Languages offered in the language choice (any detected code is added). */
const COMMON_LANGUAGES = ['ru', 'en', 'uk', 'de', 'fr', 'es', 'it', 'pl', 'pt', 'nl', 'cs', 'bg', 'tr', 'zh', 'ja'];

interface Chosen {
  readonly preview: DocumentPreview;
  readonly lang: string;
}

export function NewProjectForm({ actions, documents }: { actions: AppActions; documents?: readonly DocumentPreview[] }) {
  const { t } = useTranslation('app');
  // Documents handed to the app start the form (the original first); the form is remounted for new ones.
  const [chosen, setChosen] = useState<Readonly<Record<Side, Chosen | null>>>(() => {
    const start = (preview: DocumentPreview | undefined): Chosen | null => (preview ? { preview, lang: preview.lang ?? '' } : null);
    return { src: start(documents?.[0]), tgt: start(documents?.[1]) };
  });

  const load = async (side: Side, path: string | null) => {
    if (!path) return;
    const preview = await actions.run(() => call(api.document.inspect({ path })));
    if (preview) setChosen((previous) => ({ ...previous, [side]: { preview, lang: preview.lang ?? '' } }));
  };
  const create = async () => {
    const { src, tgt } = chosen;
    if (!src || !tgt) return;
    // The desktop app asks where to save the project; the browser host keeps projects in its data folder.
    let projectPath: string | undefined;
    if (api.platform.host === 'electron') {
      const name = src.preview.fileName.replace(/\.[^.]+$/u, '');
      const chosenPath = await actions.run(() => call(api.dialog.saveFile({ purpose: 'project', defaultName: `${name}.sverka` })));
      if (!chosenPath) return;
      projectPath = chosenPath;
    }
    const view = await actions.runJob((jobId) =>
      call(
        api.project.create({
          jobId,
          source: { path: src.preview.path, lang: src.lang },
          target: { path: tgt.preview.path, lang: tgt.lang },
          ...(projectPath ? { projectPath } : {}),
        }),
      ),
    );
    if (view) actions.setProject(view);
  };
  const ready = chosen.src && chosen.tgt && /^[a-z]{2,3}$/u.test(chosen.src.lang) && /^[a-z]{2,3}$/u.test(chosen.tgt.lang);
  return (
    <div className="new-project">
      <div className="new-project-sides">
        {(['src', 'tgt'] as const).map((side) => (
          <DocumentChooser
            key={side}
            side={side}
            chosen={chosen[side]}
            onPick={() => void pickFile('document').then((path) => load(side, path))}
            onDrop={(file) => void api.platform.pathForFile(file).then((path) => load(side, path))}
            onLanguage={(lang) => setChosen((previous) => ({ ...previous, [side]: previous[side] && { ...previous[side], lang } }))}
          />
        ))}
      </div>
      <button type="button" className="primary" disabled={!ready} onClick={() => void create()} data-testid="create-project">
        {t('start.new.create')}
      </button>
    </div>
  );
}

function DocumentChooser({
  side,
  chosen,
  onPick,
  onDrop,
  onLanguage,
}: {
  side: Side;
  chosen: Chosen | null;
  onPick: () => void;
  onDrop: (file: File) => void;
  onLanguage: (lang: string) => void;
}) {
  const { t, i18n } = useTranslation('app');
  const [over, setOver] = useState(false);
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const languages = chosen?.lang && !COMMON_LANGUAGES.includes(chosen.lang) ? [chosen.lang, ...COMMON_LANGUAGES] : COMMON_LANGUAGES;
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onDrop(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={`chooser-${side}`}
    >
      <h3>{t(side === 'src' ? 'start.new.original' : 'start.new.translation')}</h3>
      <button type="button" onClick={onPick}>
        {t('start.new.choose')}
      </button>
      <span className="muted small">{t('start.new.orDrop')}</span>
      {chosen && (
        <div className="document-preview">
          <div className="file-name">{chosen.preview.fileName}</div>
          <div className="document-meta">
            <span>{t('start.new.encoding', { encoding: chosen.preview.encoding.toUpperCase() })}</span>
            <span>{t('start.new.characters', { count: chosen.preview.characters, formatted: formatNumber(chosen.preview.characters, i18n.language) })}</span>
            <label>
              {t('start.new.language')}{' '}
              <select value={chosen.lang} onChange={(event) => onLanguage(event.target.value)} data-testid={`lang-${side}`}>
                {!chosen.lang && <option value="">{t('start.new.languageUnknown')}</option>}
                {languages.map((code) => (
                  <option key={code} value={code}>
                    {`${names.of(code) ?? code} (${code})`}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <pre className="preview-text">{chosen.preview.preview}</pre>
        </div>
      )}
    </div>
  );
}
