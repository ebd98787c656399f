/** Importing a new revision of one side from a file into an open project (`sverka update`, the app's re-import). */
import type { Side } from '../../../shared/types';
import type { Project, SideUpdateResult } from '../store/index';
import { importSide, type SideFile } from './import-side';

/** Reads `file` (in the side's current language unless given) and imports it as the side's next revision. */
export async function updateSideFromFile(project: Project, side: Side, file: SideFile): Promise<SideUpdateResult> {
  const summary = await project.summary();
  const current = side === 'src' ? summary.source : summary.target;
  const imported = await importSide({ ...file, lang: file.lang ?? current.lang }, side);
  return project.updateSide(side, imported);
}
