/** Result types of every request channel: what a handler returns and what the renderer receives. */
import type { AlternateTranslationInfo, DocumentInfo, ProjectSnapshot, TranslationComparison } from '../project';
import type { RevisionChangeDiff } from '../revisions/compare-revisions';
import type { LangCode } from '../types';
import type { Channel } from './channels';
import type { UiLanguage } from '../i18n/resources';
import type { EditResult } from './edit-result';

/** A project the user opened before. */
export interface RecentProject {
  readonly path: string;
  readonly name: string;
  /** ISO 8601 time it was last opened. */
  readonly openedAt: string;
}

/** What the start screen needs. */
export interface AppState {
  /** The remembered UI language, or null when the user never chose one. */
  readonly uiLanguage: UiLanguage | null;
  readonly recent: readonly RecentProject[];
  /** Where the app runs: a desktop window (native dialogs) or a browser tab served by the browser host. */
  readonly host: 'electron' | 'web';
  readonly version: string;
}

/** A document a user chose for a new project, read but not yet imported. */
export interface DocumentPreview {
  readonly path: string;
  readonly fileName: string;
  readonly encoding: string;
  /** Detected language, or null when detection failed. */
  readonly lang: LangCode | null;
  /** The first lines of the decoded text. */
  readonly preview: string;
  readonly characters: number;
}

/** The open project as the UI sees it. */
export interface ProjectView {
  readonly path: string;
  readonly snapshot: ProjectSnapshot;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Where an export was written. */
export interface ExportResult {
  readonly path: string;
  readonly fileName: string;
  readonly bytes: number;
}

/** What importing a new revision of one side did. */
export interface RevisionUpdate {
  readonly side: 'src' | 'tgt';
  /** The side's new revision number. */
  readonly revision: number;
  readonly pairs: number;
  /** Pairs that kept their id, new pairs, old pairs gone (their notes moved on). */
  readonly kept: number;
  readonly created: number;
  readonly removed: number;
  /** Reviewed pairs whose text changed. */
  readonly changedSinceReview: number;
}

/** The changes between two revisions of a side, in the newer one's order, each with its word diff. */
export interface RevisionChanges {
  readonly side: 'src' | 'tgt';
  readonly from: number;
  readonly to: number;
  readonly changes: readonly RevisionChangeDiff[];
}

/** What importing a glossary into the open project did. */
export interface GlossaryImportResult {
  readonly edit: EditResult;
  /** Entries of the file new to the project, and those it already had. */
  readonly added: number;
  readonly skipped: number;
  /** The project's glossary entries and terminology flags afterwards. */
  readonly entries: number;
  readonly terminologyFlags: number;
}

/** Result type of each channel. */
export interface ChannelResults {
  'app.state': AppState;
  'app.setUiLanguage': null;
  'recent.remove': readonly RecentProject[];
  'dialog.openFile': string | null;
  'dialog.saveFile': string | null;
  'document.inspect': DocumentPreview;
  'project.create': ProjectView;
  'project.openSample': ProjectView;
  'project.open': ProjectView;
  'project.current': ProjectView | null;
  'project.close': null;
  'project.updateSide': { readonly edit: EditResult; readonly update: RevisionUpdate };
  'revisions.list': readonly DocumentInfo[];
  'revisions.compare': RevisionChanges;
  'translations.list': readonly AlternateTranslationInfo[];
  'translations.add': readonly AlternateTranslationInfo[];
  'translations.remove': readonly AlternateTranslationInfo[];
  'translations.compare': TranslationComparison;
  'pairs.merge': EditResult;
  'pairs.split': EditResult;
  'pairs.moveSentence': EditResult;
  'pairs.insertEmpty': EditResult;
  'pairs.confirm': EditResult;
  'pairs.realignFrom': EditResult;
  'history.undo': EditResult;
  'history.redo': EditResult;
  'notes.add': EditResult;
  'notes.update': EditResult;
  'notes.remove': EditResult;
  'flags.setStatus': EditResult;
  'glossary.import': GlossaryImportResult;
  'export.run': ExportResult;
  'shell.reveal': null;
  'job.cancel': boolean;
}

/** The result type of one channel. */
export type ChannelResult<C extends Channel> = ChannelResults[C];
