import type { CommandEntry } from '../command-entry';

/**
 * Every sub-command, one module each, loaded on demand: running `sverka align` loads the align module only, so
 * start-up does not pay for SQLite, DOCX, the web server… Add a line here when adding a command, in this form (the
 * CLI build reads these lines to make one bundle per command; small edits only: several people work on this list).
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'align', load: async () => (await import('./align')).registerAlign },
  { name: 'check', load: async () => (await import('./check')).registerCheck },
  { name: 'web', load: async () => (await import('./web')).registerWeb },
  { name: 'new', load: async () => (await import('./new')).registerNew },
  { name: 'info', load: async () => (await import('./info')).registerInfo },
  { name: 'note', load: async () => (await import('./note')).registerNote },
  { name: 'confirm', load: async () => (await import('./confirm')).registerConfirm },
  { name: 'export', load: async () => (await import('./export')).registerExport },
  { name: 'update', load: async () => (await import('./update')).registerUpdate },
  { name: 'glossary', load: async () => (await import('./glossary')).registerGlossary },
];
