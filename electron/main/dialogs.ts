/** Native open and save dialogs, titled in the UI language. */
import { dialog, type BrowserWindow } from 'electron';
import type { i18n } from 'i18next';
import type { ExportFormat } from '../../shared/ipc/schemas';
import type { Dialogs } from './handlers/create-handlers';

const DOCUMENT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'];
const GLOSSARY_EXTENSIONS = ['csv', 'tsv', 'tab', 'txt', 'tbx', 'xml'];
const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { tmx: 'tmx', xliff: 'xlf', csv: 'csv', tsv: 'tsv', docx: 'docx', html: 'html', json: 'json' };

/** The dialogs for one window. */
export function nativeDialogs(getWindow: () => BrowserWindow | null, getI18n: () => i18n): Dialogs {
  return {
    async openFile(purpose) {
      const t = getI18n().t;
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: t(purpose === 'project' ? 'app:dialog.openProject' : purpose === 'glossary' ? 'app:dialog.openGlossary' : 'app:dialog.openDocument'),
        properties: ['openFile'],
        filters:
          purpose === 'project'
            ? [{ name: t('app:dialog.projects'), extensions: ['sverka'] }, { name: t('app:dialog.allFiles'), extensions: ['*'] }]
            : purpose === 'glossary'
              ? [{ name: t('app:dialog.glossaries'), extensions: GLOSSARY_EXTENSIONS }, { name: t('app:dialog.allFiles'), extensions: ['*'] }]
              : [{ name: t('app:dialog.documents'), extensions: DOCUMENT_EXTENSIONS }, { name: t('app:dialog.allFiles'), extensions: ['*'] }],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveFile(purpose, defaultName, format) {
      const t = getI18n().t;
      const window = getWindow();
      const extension = purpose === 'project' ? 'sverka' : format ? EXPORT_EXTENSIONS[format] : '*';
      const options: Electron.SaveDialogOptions = {
        title: t(purpose === 'project' ? 'app:dialog.saveProject' : 'app:dialog.saveExport'),
        defaultPath: defaultName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
