/**
 * The application menu, in the UI language from the same i18next resources as the renderer. Commands that act
 * on the page are sent to the renderer as menu events; Open Recent opens directly.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { i18n } from 'i18next';
import type { MenuCommand } from '../../shared/ipc/events';
import type { RecentProject } from '../../shared/ipc/results';

/** What the menu needs from the app. */
export interface MenuContext {
  readonly i18n: i18n;
  readonly recent: readonly RecentProject[];
  readonly projectOpen: boolean;
  send(command: MenuCommand): void;
  openRecent(path: string): void;
}

/** Builds the menu template (exported for tests). */
export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const t = (key: string) => context.i18n.t(`app:menu.${key}`);
  const command = (label: string, name: MenuCommand, accelerator?: string, enabled = true): MenuItemConstructorOptions => ({
    label: t(label),
    ...(accelerator ? { accelerator } : {}),
    enabled,
    click: () => context.send(name),
  });
  const recent: MenuItemConstructorOptions[] =
    context.recent.length > 0
      ? context.recent.map((item) => ({ label: item.name, toolTip: item.path, click: () => context.openRecent(item.path) }))
      : [{ label: t('noRecent'), enabled: false }];
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        command('newProject', 'project.new', 'CmdOrCtrl+N'),
        command('open', 'project.open', 'CmdOrCtrl+O'),
        { label: t('openRecent'), submenu: recent },
        { type: 'separator' },
        command('revision', 'project.revision', undefined, context.projectOpen),
        command('export', 'project.export', 'CmdOrCtrl+E', context.projectOpen),
        command('closeProject', 'project.close', 'CmdOrCtrl+W', context.projectOpen),
        { type: 'separator' },
        { label: t('quit'), role: 'quit' },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        // Undo/redo of alignment edits go to the store; in text fields the page's own undo applies.
        command('undo', 'history.undo', 'CmdOrCtrl+Z', context.projectOpen),
        command('redo', 'history.redo', 'CmdOrCtrl+Shift+Z', context.projectOpen),
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        command('find', 'view.find', 'CmdOrCtrl+F', context.projectOpen),
        command('revisions', 'view.revisions', undefined, context.projectOpen),
        command('translations', 'view.translations', undefined, context.projectOpen),
        command('toggleFlags', 'view.toggleFlags', 'CmdOrCtrl+L', context.projectOpen),
        { type: 'separator' },
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { label: t('resetZoom'), role: 'resetZoom' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('help'),
      submenu: [command('shortcuts', 'help.shortcuts', 'F1'), command('about', 'help.about')],
    },
  ];
}

/** Installs the menu. */
export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)));
}
