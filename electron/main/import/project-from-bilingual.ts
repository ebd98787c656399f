/**
 * A project made from a TMX or XLIFF file (`sverka new PROJECT --from FILE`): each unit becomes a pair, its texts
 * one sentence per side, and what the file says about the review (confirmed or edited pairs, "changed since
 * review", flags with their status, translator notes on pairs and flags) is written with the project, in its one
 * creation transaction and outside the undo history. A file from another tool,
 * which carries no flags or review statuses of Sverka's, is checked for divergences like a new alignment.
 */
import { basename, extname } from 'node:path';
import { checkDivergences } from '../../../shared/divergence/check-divergences';
import { bilingualToProject, type BilingualFile } from '../../../shared/formats/bilingual';
import { loadLexicon } from '../lexicon/load-lexicon';
import { createProject, type ImportedFlag, type Project, type ProjectOptions } from '../store';
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
  const flags: readonly ImportedFlag[] = carriesReview
    ? built.pairs.flatMap((pair) => pair.flags)
    : checkDivergences({ source: built.source, target: built.target, pairs: alignment.pairs, ...(lexicon === undefined ? {} : { lexicon }) });
  // The review the file records is the project's starting state (one transaction, nothing to undo).
  const reviews = built.pairs.map((pair) => ({ origin: pair.origin, changedSinceReview: pair.changedSinceReview, notes: pair.notes }));
  return createProject(
    projectPath,
    {
      name: options.name ?? file.name ?? basename(projectPath, extname(projectPath)),
      source: { document: built.source, fileName },
      target: { document: built.target, fileName },
      alignment,
      flags,
      reviews,
    },
    { lexicon: lexicon ?? null },
  );
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
