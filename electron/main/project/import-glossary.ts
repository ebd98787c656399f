/**
 * Importing a glossary file into an open project: the file is read and parsed between the project's languages
 * first (a bad file changes nothing), entries the project already has are skipped, and the divergence checks run
 * again so terminology flags follow the new terms. Used by `sverka glossary --import` and the app.
 */
import type { GlossaryEntry } from '../../../shared/glossary/glossary';
import { orientGlossary } from '../../../shared/glossary/glossary';
import { readGlossary } from '../io/read-glossary';
import type { Project } from '../store/index';

/** What an import did. */
export interface GlossaryImport {
  /** Entries of the file that were new to the project. */
  readonly added: number;
  /** Entries of the file the project already had. */
  readonly skipped: number;
  /** The project's glossary entries after the import. */
  readonly entries: number;
  /** Terminology flags after the re-check. */
  readonly terminologyFlags: number;
}

/** The same term with the same renderings, written the same way. */
function entryKey(entry: GlossaryEntry): string {
  return JSON.stringify([entry.source.normalize('NFC'), entry.targets.map((term) => term.normalize('NFC'))]);
}

/** The number of terminology flags of a project, whatever their review status. */
export async function terminologyFlagCount(project: Project): Promise<number> {
  const byStatus = (await project.summary()).flagsByKind.terminology;
  return byStatus === undefined ? 0 : Object.values(byStatus).reduce((sum, count) => sum + count, 0);
}

/** Reads a CSV, TSV or TBX glossary into the project and re-checks the flags. */
export async function importGlossaryFile(project: Project, path: string): Promise<GlossaryImport> {
  const summary = await project.summary();
  const srcLang = summary.source.lang;
  const tgtLang = summary.target.lang;
  const glossary = await readGlossary(path, srcLang, tgtLang);
  const known = new Set((orientGlossary(await project.glossary(), srcLang, tgtLang)?.entries ?? []).map(entryKey));
  const fresh: GlossaryEntry[] = [];
  for (const entry of glossary.entries) {
    const key = entryKey(entry);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(entry);
  }
  if (fresh.length > 0) {
    await project.addGlossaryEntries(fresh);
    await project.recheckFlags();
  }
  const after = await project.summary();
  return { added: fresh.length, skipped: glossary.entries.length - fresh.length, entries: after.glossaryEntries, terminologyFlags: await terminologyFlagCount(project) };
}
