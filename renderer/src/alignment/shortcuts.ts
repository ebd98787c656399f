/** The keyboard shortcuts of the alignment view; the Help dialog lists them from here. */

/** What a shortcut does. */
export type ShortcutAction =
  | 'nextPair'
  | 'previousPair'
  | 'nextFlag'
  | 'previousFlag'
  | 'nextUnreviewed'
  | 'confirm'
  | 'mergeNext'
  | 'mergePrevious'
  | 'split'
  | 'note'
  | 'undo'
  | 'redo'
  | 'find'
  | 'help';

/** What a shortcut looks at in a key event (a DOM KeyboardEvent has all of it). */
export interface KeyPress {
  readonly code: string;
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** One shortcut: the keys as shown in Help, and the test on a key event. */
export interface Shortcut {
  readonly action: ShortcutAction;
  readonly keys: string;
  readonly matches: (event: KeyPress) => boolean;
}

const plain = (event: KeyPress) => !event.ctrlKey && !event.metaKey && !event.altKey;
const mod = (event: KeyPress) => (event.ctrlKey || event.metaKey) && !event.altKey;
const key = (event: KeyPress, ...codes: string[]) => codes.includes(event.code) || codes.includes(event.key);

/** Every shortcut, in the order Help lists them. Keys are matched by physical code so they work in any layout. */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'nextPair', keys: 'J / ↓', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyJ', 'ArrowDown') },
  { action: 'previousPair', keys: 'K / ↑', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyK', 'ArrowUp') },
  { action: 'nextFlag', keys: 'F', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyF') },
  { action: 'previousFlag', keys: 'Shift+F', matches: (e) => plain(e) && e.shiftKey && key(e, 'KeyF') },
  { action: 'nextUnreviewed', keys: 'U', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyU') },
  { action: 'confirm', keys: 'C / Enter', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyC', 'Enter') },
  { action: 'mergeNext', keys: 'M', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyM') },
  { action: 'mergePrevious', keys: 'Shift+M', matches: (e) => plain(e) && e.shiftKey && key(e, 'KeyM') },
  { action: 'split', keys: 'S', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyS') },
  { action: 'note', keys: 'N', matches: (e) => plain(e) && !e.shiftKey && key(e, 'KeyN') },
  { action: 'undo', keys: 'Ctrl+Z', matches: (e) => mod(e) && !e.shiftKey && key(e, 'KeyZ') },
  { action: 'redo', keys: 'Ctrl+Shift+Z / Ctrl+Y', matches: (e) => mod(e) && ((e.shiftKey && key(e, 'KeyZ')) || key(e, 'KeyY')) },
  { action: 'find', keys: 'Ctrl+F', matches: (e) => mod(e) && key(e, 'KeyF') },
  { action: 'help', keys: 'F1 / ?', matches: (e) => key(e, 'F1') || (e.key === '?' && !e.ctrlKey && !e.metaKey) },
];

/** The shortcut a key event triggers, if any. */
export function shortcutFor(event: KeyPress): ShortcutAction | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.matches(event))?.action;
}
