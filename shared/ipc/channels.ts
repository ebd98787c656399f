/**
 * The names of every request channel between the renderer and the main process (or the browser host), as
 * `group.method`. The preload and the browser client build their purpose-named methods from this list, so it
 * has no runtime dependencies; `schemas.ts` holds the argument schemas and `results.ts` the result types.
 */
export const CHANNELS = [
  'app.state',
  'app.setUiLanguage',
  'recent.remove',
  'dialog.openFile',
  'dialog.saveFile',
  'document.inspect',
  'project.create',
  'project.openSample',
  'project.open',
  'project.current',
  'project.close',
  'project.updateSide',
  'revisions.list',
  'revisions.compare',
  'translations.list',
  'translations.add',
  'translations.remove',
  'translations.compare',
  'pairs.merge',
  'pairs.split',
  'pairs.moveSentence',
  'pairs.insertEmpty',
  'pairs.confirm',
  'pairs.realignFrom',
  'history.undo',
  'history.redo',
  'notes.add',
  'notes.update',
  'notes.remove',
  'flags.setStatus',
  'glossary.import',
  'export.run',
  'shell.reveal',
  'job.cancel',
] as const;

/** One request channel. */
export type Channel = (typeof CHANNELS)[number];

/** Prefix of every channel on the Electron IPC bus (namespaced so nothing else can collide). */
export const IPC_PREFIX = 'sverka:';

/** Name of the one main → renderer event channel on the Electron IPC bus. */
export const EVENT_CHANNEL = 'sverka:event';

/** True when a string names a request channel. */
export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}
