/** Events pushed from the main process (or the browser host) to the renderer. */

/** Commands the application menu (or a file dropped on the app icon) sends to the renderer. */
export const MENU_COMMANDS = [
  'project.new',
  'project.open',
  'project.export',
  'project.revision',
  'project.close',
  'history.undo',
  'history.redo',
  'view.toggleFlags',
  'view.find',
  'view.revisions',
  'view.translations',
  'help.shortcuts',
  'help.about',
] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** An event from main to renderer. */
export type AppEvent =
  | { readonly type: 'job.progress'; readonly jobId: string; readonly stage: string; readonly fraction: number }
  | { readonly type: 'menu'; readonly command: MenuCommand }
  /** Files given on the command line, to a second instance, or dropped on the window: projects or documents. */
  | { readonly type: 'files.opened'; readonly paths: readonly string[] }
  /** The project changed under the renderer (e.g. opened from the menu): fetch `project.current`. */
  | { readonly type: 'project.changed' };
