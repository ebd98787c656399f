/**
 * Creating a project from two files: read and segment both sides, align them with the lexicon of the language
 * pair, run the divergence checks, and store everything in a new project file (one transaction).
 */
import { alignDocuments } from '../../../shared/align/align-documents';
import { checkDivergences } from '../../../shared/divergence/check-divergences';
import { unitedLexicon } from '../../../shared/divergence/united-lexicon';
import { glossaryLexicon } from '../../../shared/glossary/glossary-lexicon';
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import { loadLexicon, prefetchLexicon } from '../lexicon/load-lexicon';
import { createProject, type Project } from '../store/index';
import { importSide, type SideFile } from './import-side';

/** The stages of creating a project, for progress reports. */
export type CreateStage = 'reading' | 'aligning' | 'flagging' | 'saving';

/** Options of `createProjectFromFiles`. */
export interface CreateFromFilesOptions {
  /** Display name (the project file name by default). */
  readonly name?: string;
  /** A lexicon to use instead of the shipped one (null: none). */
  readonly lexicon?: Lexicon | null;
  /**
   * A glossary file (CSV, TSV or TBX) stored in the project: its terms guide the alignment next to the lexicon
   * and the terminology check. Read before anything is written, so a bad file creates no project.
   */
  readonly glossaryFile?: string;
  readonly onProgress?: (stage: CreateStage, fraction: number) => void;
}

/** Creates `projectPath` from a source and a target file and returns the open project. */
export async function createProjectFromFiles(projectPath: string, source: SideFile, target: SideFile, options: CreateFromFilesOptions = {}): Promise<Project> {
  const progress = options.onProgress ?? (() => undefined);
  progress('reading', 0);
  // The lexicon of languages the user named is read while the documents are.
  const prefetch = options.lexicon === undefined ? prefetchLexicon(source.lang, target.lang) : undefined;
  const src = await importSide(source, 'src');
  const tgt = await importSide(target, 'tgt');
  await prefetch;
  const lexicon = options.lexicon === undefined ? loadLexicon(src.document.lang, tgt.document.lang) : (options.lexicon ?? undefined);
  // The glossary readers (csv-parse, fast-xml-parser) are loaded only for a glossary.
  const glossary =
    options.glossaryFile === undefined
      ? undefined
      : await (await import('../io/read-glossary')).readGlossary(options.glossaryFile, src.document.lang, tgt.document.lang);
  const alignLexicon = glossary === undefined ? lexicon : unitedLexicon([lexicon, glossaryLexicon(glossary)]);
  progress('aligning', 0);
  const alignment = alignDocuments(src.document, tgt.document, {
    ...(alignLexicon === undefined ? {} : { lexicon: alignLexicon }),
    onProgress: (fraction) => progress('aligning', fraction),
  });
  progress('flagging', 0);
  const flags = checkDivergences({ source: src.document, target: tgt.document, pairs: alignment.pairs, ...(lexicon === undefined ? {} : { lexicon }), ...(glossary === undefined ? {} : { glossary }) });
  progress('saving', 0);
  const project = await createProject(
    projectPath,
    { ...(options.name === undefined ? {} : { name: options.name }), source: src, target: tgt, alignment, flags },
    { lexicon: lexicon ?? null },
  );
  if (glossary !== undefined) {
    try {
      await project.addGlossaryEntries(glossary.entries);
    } catch (error) {
      await project.close();
      throw error;
    }
  }
  progress('saving', 1);
  return project;
}
