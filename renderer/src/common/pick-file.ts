/**
 * Picking a file: the native dialog on the desktop; in a browser tab a file input, whose file the browser host
 * receives as an upload so the handlers can read it by path.
 */
import { api, call } from '../api/api';

const ACCEPT = {
  document: '.txt,.md,.markdown,.html,.htm,.docx,.tmx,.xlf,.xliff,text/plain',
  project: '.sverka',
  glossary: '.csv,.tsv,.tab,.txt,.tbx,.xml,text/csv,text/tab-separated-values',
} as const;

/** True for a Sverka project file name. */
export function isProjectPath(path: string): boolean {
  return path.toLowerCase().endsWith('.sverka');
}

/** Lets the user choose a file; resolves its path, or null when cancelled. */
export async function pickFile(purpose: 'document' | 'project' | 'glossary'): Promise<string | null> {
  if (api.platform.host === 'electron') return call(api.dialog.openFile({ purpose }));
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = ACCEPT[purpose];
  const file = await new Promise<File | null>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
  return file ? api.platform.pathForFile(file) : null;
}
