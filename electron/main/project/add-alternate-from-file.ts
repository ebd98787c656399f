/** Adding a second translation of the original from a file (shown as a third column, compared word by word). */
import type { AlternateTranslationInfo } from '../../../shared/project';
import type { Project } from '../store/index';
import { importSide, type SideFile } from './import-side';

/** Reads `file` (in the target's language unless given) and adds it to the project as an alternate translation. */
export async function addAlternateFromFile(project: Project, file: SideFile, name?: string): Promise<AlternateTranslationInfo> {
  const summary = await project.summary();
  const imported = await importSide({ ...file, lang: file.lang ?? summary.target.lang }, 'tgt');
  return project.addAlternateTranslation(imported, name);
}
