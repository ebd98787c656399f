/** The project store: one SQLite file per project. Everything else reaches SQL only through this API. */
export { createProject, openProject } from './open-project';
export { Project, SLOW_OPERATION_MS, type HistoryState, type ProjectOptions } from './project-store';
export type { CreateProjectInput, ImportedFlag, ImportedPairReview } from './import-project';
export type { ImportedDocument } from './documents';
export type { NoteTarget } from './notes';
export { SVERKA_APPLICATION_ID, PROJECT_EXTENSION } from './file-format';
export type { SideUpdateResult } from './update-side';
