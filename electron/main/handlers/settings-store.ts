/**
 * App settings that outlive a project: the UI language and the recent projects, kept as a small JSON file in
 * the user's data folder. A damaged file is ignored (the defaults are used) rather than stopping the app.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../../shared/ipc/results';
import { UI_LANGUAGE_SCHEMA } from '../../../shared/ipc/schemas';

const MAX_RECENT = 12;

const SETTINGS_SCHEMA = z.object({
  uiLanguage: UI_LANGUAGE_SCHEMA.nullable().catch(null),
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).catch([]),
  window: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), maximized: z.boolean() }).optional().catch(undefined),
});

/** Everything the settings file holds. */
export type Settings = z.infer<typeof SETTINGS_SCHEMA>;

const DEFAULTS: Settings = { uiLanguage: null, recent: [] };

/** Reads and writes the settings file. */
export class SettingsStore {
  private settings: Settings;

  constructor(private readonly file: string) {
    this.settings = readSettings(file);
  }

  /** The current settings. */
  get(): Settings {
    return this.settings;
  }

  /** Changes some settings and saves at once. */
  update(change: Partial<Settings>): Settings {
    this.settings = { ...this.settings, ...change };
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.settings, null, 2));
    renameSync(temporary, this.file);
    return this.settings;
  }

  /** Puts a project at the top of the recent list. */
  addRecent(path: string, name: string, now = new Date()): readonly RecentProject[] {
    const entry: RecentProject = { path, name: name || basename(path), openedAt: now.toISOString() };
    const recent = [entry, ...this.settings.recent.filter((item) => item.path !== path)].slice(0, MAX_RECENT);
    return this.update({ recent }).recent;
  }

  /** Drops a project from the recent list. */
  removeRecent(path: string): readonly RecentProject[] {
    return this.update({ recent: this.settings.recent.filter((item) => item.path !== path) }).recent;
  }
}

function readSettings(file: string): Settings {
  try {
    return SETTINGS_SCHEMA.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULTS };
  }
}

/** Where the settings file lives inside a data folder. */
export function settingsFile(dataDir: string): string {
  return join(dataDir, 'settings.json');
}
