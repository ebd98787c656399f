/**
 * Run-time argument schemas for every request channel. The main process and the browser host parse each
 * payload with these before anything touches a file or the project store; unknown keys are rejected.
 */
import { z } from 'zod';
import type { Channel } from './channels';
import { FLAG_KINDS } from '../types';
import { EXPORT_FORMATS } from './export-formats';

const id = z.number().int().positive();
const side = z.enum(['src', 'tgt']);
const lang = z.string().regex(/^[a-z]{2,3}$/u, 'language code');
const filePath = z.string().min(1).max(4096).refine((value) => !value.includes('\0'), 'no NUL in paths');
/** A job id chosen by the renderer so it can cancel the job and match its progress events. */
const jobId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/u);
const noteText = z.string().trim().min(1).max(20_000);
const empty = z.strictObject({});

/** The UI languages the app ships (kept in step with shared/i18n/resources.ts by a test). */
export const UI_LANGUAGE_SCHEMA = z.enum(['en', 'ru']);

export { EXPORT_FORMATS, type ExportFormat } from './export-formats';

/** Argument schema of each channel. */
export const ARGUMENT_SCHEMAS = {
  'app.state': empty,
  'app.setUiLanguage': z.strictObject({ language: UI_LANGUAGE_SCHEMA }),
  'recent.remove': z.strictObject({ path: filePath }),
  'dialog.openFile': z.strictObject({ purpose: z.enum(['document', 'project', 'glossary']) }),
  'dialog.saveFile': z.strictObject({ purpose: z.enum(['project', 'export']), defaultName: z.string().max(255), format: z.enum(EXPORT_FORMATS).optional() }),
  'document.inspect': z.strictObject({ path: filePath }),
  'project.create': z.strictObject({
    jobId,
    source: z.strictObject({ path: filePath, lang }),
    target: z.strictObject({ path: filePath, lang }),
    /** Where to save the project; the host's projects folder when absent. */
    projectPath: filePath.optional(),
  }),
  'project.openSample': z.strictObject({ jobId }),
  'project.open': z.strictObject({ path: filePath }),
  /** Imports a new revision of one side (its language unless given); reviewed work is kept where the text did not change. */
  'project.updateSide': z.strictObject({ jobId, side, path: filePath, lang: lang.optional() }),
  'revisions.list': z.strictObject({ side }),
  /** Every change between two stored revisions of a side, word by word. */
  'revisions.compare': z.strictObject({ side, from: id, to: id }),
  /** Second (alternate) translations of the original, shown as a third column. */
  'translations.list': empty,
  'translations.add': z.strictObject({ jobId, path: filePath, name: z.string().trim().min(1).max(200).optional() }),
  'translations.remove': z.strictObject({ alternateId: id }),
  'translations.compare': z.strictObject({ alternateId: id }),
  'project.current': empty,
  'project.close': empty,
  'pairs.merge': z.strictObject({ pairId: id, direction: z.enum(['next', 'previous']) }),
  'pairs.split': z.strictObject({
    pairId: id,
    /** How many source and target sentences stay in the first of the two pairs. */
    srcCount: z.number().int().nonnegative(),
    tgtCount: z.number().int().nonnegative(),
  }),
  'pairs.moveSentence': z.strictObject({ pairId: id, side, which: z.enum(['first', 'last']) }),
  /** Gives the pair's `side` sentences an empty counterpart: the other side's sentences become a pair of their own. */
  'pairs.insertEmpty': z.strictObject({ pairId: id, side }),
  'pairs.confirm': z.strictObject({ pairIds: z.array(id).min(1).max(100_000), confirmed: z.boolean() }),
  'pairs.realignFrom': z.strictObject({ pairId: id, jobId }),
  'history.undo': empty,
  'history.redo': empty,
  'notes.add': z.strictObject({
    target: z.union([z.strictObject({ pairId: id }), z.strictObject({ flagId: id })]),
    text: noteText,
  }),
  'notes.update': z.strictObject({ noteId: id, text: noteText }),
  'notes.remove': z.strictObject({ noteId: id }),
  'flags.setStatus': z.strictObject({ flagId: id, status: z.enum(['open', 'accepted', 'dismissed', 'resolved']) }),
  /** Adds the terms of a CSV, TSV or TBX glossary file to the project and checks the flags again. */
  'glossary.import': z.strictObject({ jobId, path: filePath }),
  'export.run': z.strictObject({
    jobId,
    format: z.enum(EXPORT_FORMATS),
    /** Where to write; the host's exports folder when absent. */
    path: filePath.optional(),
    confirmedOnly: z.boolean().default(false),
    skipEmpty: z.boolean().default(false),
    bom: z.boolean().default(false),
  }),
  /** Shows a written file in its folder (desktop only). */
  'shell.reveal': z.strictObject({ path: filePath }),
  'job.cancel': z.strictObject({ jobId }),
} as const satisfies Record<Channel, z.ZodType>;

/** The argument a caller passes on a channel (defaults may be left out). */
export type ChannelArgs<C extends Channel> = z.input<(typeof ARGUMENT_SCHEMAS)[C]>;

/** The argument a handler receives, after parsing (defaults filled in). */
export type ParsedArgs<C extends Channel> = z.output<(typeof ARGUMENT_SCHEMAS)[C]>;

/** Flag kinds as a schema, for filters that travel over IPC. */
export const FLAG_KIND_SCHEMA = z.enum(FLAG_KINDS);

/** Where a note goes: a pair or a flag. */
export type NoteTarget = ParsedArgs<'notes.add'>['target'];
