/**
 * A bilingual file read back (TMX, XLIFF): its pairs with notes, statuses and Sverka's own flag records, and the
 * conversion of those pairs into two documents and an alignment a project can be made of.
 */
import { z } from 'zod';
import type { ProjectSnapshot, PairRecord, FlagRecord, NoteRecord } from '../project';
import {
  FLAG_KINDS,
  type Flag,
  type FlagStatus,
  type LangCode,
  type PairOrigin,
  type Paragraph,
  type SegmentedDocument,
  type Sentence,
} from '../types';

/** A flag as carried inside an exported pair: offsets are relative to the pair's text on that side. */
export interface PairFlag {
  readonly kind: Flag['kind'];
  readonly severity: Flag['severity'];
  readonly side: Flag['side'];
  readonly start?: number;
  readonly end?: number;
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly status: FlagStatus;
  readonly notes: readonly string[];
}

/** One translation unit read from a file. */
export interface BilingualPair {
  readonly src: string;
  readonly tgt: string;
  /** Translator notes (flags are in `flags`, not here). */
  readonly notes: readonly string[];
  /** Review status when the file says it (Sverka's own property, or the XLIFF state mapped). */
  readonly status?: PairOrigin;
  /** Alignment confidence in 0..1 when the file carries it. */
  readonly score?: number;
  readonly changedSinceReview?: boolean;
  readonly flags: readonly PairFlag[];
  /** Other properties as found (TMX prop types, XLIFF states and ids), for information. */
  readonly props: Readonly<Record<string, string>>;
}

/** A TMX or XLIFF file read back. */
export interface BilingualFile {
  readonly format: 'tmx' | 'xliff';
  readonly srcLang: LangCode;
  readonly tgtLang: LangCode;
  readonly pairs: readonly BilingualPair[];
  /** The project name, when Sverka wrote the file. */
  readonly name?: string;
}

/** Languages to use where a bilingual file does not name them (a user's --src-lang / --tgt-lang). */
export interface LanguageFallback {
  readonly srcLang?: LangCode;
  readonly tgtLang?: LangCode;
}

/** Review statuses as written in files. */
export const PAIR_ORIGINS: readonly PairOrigin[] = ['auto', 'edited', 'confirmed'];

export { primaryLang, sentenceSeparator } from './sentence-separator';

const flagSchema = z.object({
  kind: z.enum(FLAG_KINDS),
  severity: z.enum(['info', 'warning', 'error']),
  side: z.enum(['src', 'tgt']),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  messageKey: z.string().max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  status: z.enum(['open', 'accepted', 'dismissed', 'resolved']),
  notes: z.array(z.string()),
});

/** Serialises a pair flag for a file property (compact JSON, stable key order). */
export function encodePairFlag(flag: PairFlag): string {
  return JSON.stringify({
    kind: flag.kind,
    severity: flag.severity,
    side: flag.side,
    ...(flag.start === undefined || flag.end === undefined ? {} : { start: flag.start, end: flag.end }),
    messageKey: flag.messageKey,
    params: flag.params,
    status: flag.status,
    notes: flag.notes,
  });
}

/** Reads a pair flag back; undefined when the value is not one (a foreign or damaged property). */
export function decodePairFlag(value: string): PairFlag | undefined {
  try {
    const parsed = flagSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a review status written by Sverka. */
export function parsePairOrigin(value: string | undefined): PairOrigin | undefined {
  return PAIR_ORIGINS.find((origin) => origin === value?.trim());
}

/** Reads a confidence in 0..1. */
export function parseScore(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const score = Number(value);
  return Number.isFinite(score) && score >= 0 && score <= 1 ? score : undefined;
}

/** One pair of a project built from a bilingual file, in the store's terms. */
export interface ImportedPair {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  readonly score: number;
  readonly origin: PairOrigin;
  readonly changedSinceReview: boolean;
  readonly notes: readonly string[];
  readonly flags: readonly (Flag & { readonly status: FlagStatus; readonly notes: readonly string[] })[];
}

/** Two documents and their alignment made from a bilingual file. */
export interface BilingualProject {
  readonly source: SegmentedDocument;
  readonly target: SegmentedDocument;
  readonly pairs: readonly ImportedPair[];
}

interface BuiltSide {
  readonly doc: SegmentedDocument;
  /** Sentence indexes of each pair on this side. */
  readonly indexes: readonly (readonly number[])[];
  /** For each pair, the index its first sentence has or would have (where an empty side sits). */
  readonly positions: readonly number[];
}

function buildSide(texts: readonly string[], lang: LangCode): BuiltSide {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const indexes: number[][] = [];
  const positions: number[] = [];
  let text = '';
  for (const pairText of texts) {
    positions.push(sentences.length);
    if (pairText === '') {
      indexes.push([]);
      continue;
    }
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += pairText;
    const end = text.length;
    paragraphs.push({ index: paragraphs.length, kind: 'paragraph', start, end });
    sentences.push({ index: sentences.length, text: pairText, paragraph: paragraphs.length - 1, start, end });
    indexes.push([sentences.length - 1]);
  }
  return { doc: { lang, text, paragraphs, sentences }, indexes, positions };
}

/**
 * Turns a bilingual file into documents and an alignment: each unit's text on a side becomes one paragraph with
 * one sentence (so exporting it again writes the same units), empty sides become 0-1 / 1-0 pairs.
 */
export function bilingualToProject(file: BilingualFile): BilingualProject {
  const source = buildSide(file.pairs.map((pair) => pair.src), file.srcLang);
  const target = buildSide(file.pairs.map((pair) => pair.tgt), file.tgtLang);
  const pairs = file.pairs.map((pair, index): ImportedPair => {
    const src = source.indexes[index];
    const tgt = target.indexes[index];
    const flags = pair.flags.map((flag) => {
      const built = flag.side === 'src' ? source : target;
      const sentences = built.indexes[index];
      const hasSpan = sentences.length > 0 && flag.start !== undefined && flag.end !== undefined;
      return {
        kind: flag.kind,
        severity: flag.severity,
        pair: index,
        side: flag.side,
        // A flag on an empty side points where that side's sentence would be.
        sentence: sentences[0] ?? built.positions[index],
        ...(hasSpan ? { start: flag.start, end: flag.end } : {}),
        messageKey: flag.messageKey,
        params: flag.params,
        status: flag.status,
        notes: flag.notes,
      };
    });
    return {
      src,
      tgt,
      score: pair.score ?? 1,
      origin: pair.status ?? 'auto',
      changedSinceReview: pair.changedSinceReview ?? false,
      notes: pair.notes,
      flags,
    };
  });
  return { source: source.doc, target: target.doc, pairs };
}

/** Metadata for a snapshot made from a bilingual file. */
export interface BilingualSnapshotOptions {
  readonly name: string;
  readonly fileName: string;
  /** ISO 8601 time used for the import and for the notes. */
  readonly importedAt: string;
  /** Hex SHA-256 of a document text (the caller has the hashing). */
  readonly sha256: (text: string) => string;
}

/** A ProjectSnapshot made from a bilingual file (ids numbered from 1), as the store would return it. */
export function bilingualToSnapshot(file: BilingualFile, options: BilingualSnapshotOptions): ProjectSnapshot {
  const project = bilingualToProject(file);
  let noteId = 0;
  let flagId = 0;
  const note = (text: string): NoteRecord => ({
    id: ++noteId,
    text,
    created: options.importedAt,
    updated: options.importedAt,
  });
  const side = (doc: SegmentedDocument, which: 'src' | 'tgt') => ({
    info: {
      side: which,
      lang: doc.lang,
      fileName: options.fileName,
      sha256: options.sha256(doc.text),
      importedAt: options.importedAt,
      revision: 1,
    },
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
  });
  const pairs = project.pairs.map(
    (pair, index): PairRecord => ({
      id: index + 1,
      src: pair.src,
      tgt: pair.tgt,
      score: pair.score,
      origin: pair.origin,
      changedSinceReview: pair.changedSinceReview,
      notes: pair.notes.map(note),
      flags: pair.flags.map((flag): FlagRecord => ({ ...flag, id: ++flagId, notes: flag.notes.map(note) })),
    }),
  );
  return { name: options.name, source: side(project.source, 'src'), target: side(project.target, 'tgt'), pairs };
}
