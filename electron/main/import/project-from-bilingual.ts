/**
 * A project made from a TMX or XLIFF file (`sverka new PROJECT --from FILE`): each unit becomes a pair, its texts
 * one sentence per side, and what the file says about the review (confirmed or edited pairs, flags with their
 * status, translator notes on pairs and flags) is applied through the store's API. A file from another tool,
 * which carries no flags or review statuses of Sverka's, is checked for divergences like a new alignment.
 */
import { basename, extname } from 'node:path';
import { checkDivergences } from '../../../shared/divergence/check-divergences';
import { bilingualToProject, type BilingualFile } from '../../../shared/formats/bilingual';
import type { Flag } from '../../../shared/types';
import { loadLexicon } from '../lexicon/load-lexicon';
import { createProject, type Project, type ProjectOptions } from '../store';
import { importBilingual, type BilingualImportOptions } from './import-document';

/** Options for a project made from a bilingual file. */
export interface BilingualProjectOptions extends ProjectOptions {
  /** Display name (by default the name the file carries, else the project file's name). */
  readonly name?: string;
  /** Name recorded as both documents' file (the bilingual file's name by default). */
  readonly fileName?: string;
}

/** Creates the project file from pairs already read; returns the open project. */
export async function createProjectFromPairs(projectPath: string, file: BilingualFile, options: BilingualProjectOptions = {}): Promise<Project> {
  const built = bilingualToProject(file);
  const fileName = options.fileName ?? `${file.format}`;
  const alignment = { pairs: built.pairs.map((pair) => ({ src: pair.src, tgt: pair.tgt, score: pair.score })) };
  const carriesReview = file.pairs.some((pair) => pair.status !== undefined || pair.flags.length > 0);
  const lexicon = options.lexicon === undefined ? loadLexicon(file.srcLang, file.tgtLang) : (options.lexicon ?? undefined);
  const flags: Flag[] = carriesReview
    ? built.pairs.flatMap((pair) => pair.flags.map(({ status: _status, notes: _notes, ...flag }) => flag))
    : checkDivergences({ source: built.source, target: built.target, pairs: alignment.pairs, ...(lexicon === undefined ? {} : { lexicon }) });
  const project = await createProject(
    projectPath,
    {
      name: options.name ?? file.name ?? basename(projectPath, extname(projectPath)),
      source: { document: built.source, fileName },
      target: { document: built.target, fileName },
      alignment,
      flags,
    },
    { lexicon: lexicon ?? null },
  );
  try {
    const snapshot = await project.snapshot();
    const ids = snapshot.pairs.map((pair) => pair.id);
    const withOrigin = (origin: string) => ids.filter((_, index) => built.pairs[index].origin === origin);
    const confirmed = withOrigin('confirmed');
    const edited = withOrigin('edited');
    if (confirmed.length + edited.length > 0) await project.confirmPairs([...confirmed, ...edited], true);
    // Taking a confirmation back leaves a pair "edited": the only way the store's API makes one.
    if (edited.length > 0) await project.confirmPairs(edited, false);
    for (const [index, pair] of built.pairs.entries()) {
      const stored = snapshot.pairs[index];
      for (const note of pair.notes) await project.addNote({ pairId: stored.id }, note);
      for (const [flagIndex, flag] of pair.flags.entries()) {
        const flagId = stored.flags[flagIndex].id;
        if (flag.status !== 'open') await project.setFlagStatus(flagId, flag.status);
        for (const note of flag.notes) await project.addNote({ flagId }, note);
      }
    }
  } catch (error) {
    await project.close();
    throw error;
  }
  return project;
}

/** Reads a TMX or XLIFF file and creates a project of it; returns the open project. */
export async function createProjectFromBilingual(
  projectPath: string,
  bilingualPath: string,
  options: BilingualProjectOptions & BilingualImportOptions = {},
): Promise<Project> {
  const file = await importBilingual(bilingualPath, options);
  return createProjectFromPairs(projectPath, file, { ...options, fileName: options.fileName ?? basename(bilingualPath) });
}
