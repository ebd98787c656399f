/**
 * XLIFF: writing a project as XLIFF 2.1 (one unit per pair, the segment state from the review status, notes
 * carried, Sverka's data in the Metadata module), and reading XLIFF 1.2, 2.0 and 2.1 back into pairs.
 */
import type { ProjectSnapshot } from '../project';
import type { PairOrigin } from '../types';
import { createI18n } from '../i18n/create-i18n';
import { SverkaError } from '../errors';
import {
  decodePairFlag,
  encodePairFlag,
  parsePairOrigin,
  parseScore,
  primaryLang,
  type BilingualFile,
  type BilingualPair,
  type LanguageFallback,
  type PairFlag,
} from './bilingual';
import { describeFlag, exportRows, toPairFlag } from './export-rows';
import type { BilingualWriteOptions } from './tmx';
import {
  attribute,
  childElements,
  childNodes,
  descendants,
  escapeXmlAttribute as attr,
  escapeXmlText as text,
  localName,
  nodeText,
  parseXmlSafely,
  textContent,
  type XmlNode,
} from './xml-safety';

/** XLIFF 2 segment states. */
export type Xliff2State = 'initial' | 'translated' | 'reviewed' | 'final';

/** The segment state for a pair's review status (an empty target is always "initial"). */
export function xliffState(origin: PairOrigin, hasTarget: boolean): Xliff2State {
  if (!hasTarget) return 'initial';
  switch (origin) {
    case 'confirmed':
      return 'final';
    case 'edited':
      return 'reviewed';
    case 'auto':
      return 'translated';
  }
}

/** Category of the notes Sverka writes for flags (translator notes use "translator"). */
export const FLAG_NOTE_CATEGORY = 'sverka-flag';
const META_CATEGORY = 'sverka';
const PRIORITY = { error: 1, warning: 3, info: 5 } as const;

/** Writes a snapshot as an XLIFF 2.1 document (UTF-8 text). */
export function writeXliff(snapshot: ProjectSnapshot, options: BilingualWriteOptions = {}): string {
  const { t } = createI18n(options.language ?? 'en');
  const srcLang = snapshot.source.info.lang;
  const tgtLang = snapshot.target.info.lang;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"` +
      ` version="2.1" srcLang="${attr(srcLang)}" trgLang="${attr(tgtLang)}">`,
    `  <file id="f1" original="${attr(snapshot.source.info.fileName)}">`,
    `    <mda:metadata><mda:metaGroup category="${META_CATEGORY}">` +
      `<mda:meta type="project">${text(snapshot.name)}</mda:meta>` +
      `<mda:meta type="tool">Sverka ${text(options.toolVersion ?? '0')}</mda:meta></mda:metaGroup></mda:metadata>`,
  ];
  for (const row of exportRows(snapshot, options)) {
    const { pair } = row;
    lines.push(`    <unit id="u${row.number}" name="${pair.id}">`);
    lines.push(`      <mda:metadata><mda:metaGroup category="${META_CATEGORY}">`);
    lines.push(`        <mda:meta type="status">${pair.origin}</mda:meta>`);
    lines.push(`        <mda:meta type="confidence">${Number(pair.score.toFixed(4))}</mda:meta>`);
    if (pair.changedSinceReview) lines.push('        <mda:meta type="changedSinceReview">true</mda:meta>');
    for (const flag of row.flags) {
      lines.push(`        <mda:meta type="flag">${text(encodePairFlag(toPairFlag(flag)))}</mda:meta>`);
    }
    lines.push('      </mda:metaGroup></mda:metadata>');
    if (pair.notes.length > 0 || row.flags.length > 0) {
      lines.push('      <notes>');
      for (const note of pair.notes) lines.push(`        <note category="translator">${text(note.text)}</note>`);
      for (const flag of row.flags) {
        const appliesTo = flag.record.side === 'src' ? 'source' : 'target';
        lines.push(
          `        <note category="${FLAG_NOTE_CATEGORY}" appliesTo="${appliesTo}" priority="${PRIORITY[flag.record.severity]}">` +
            `${text(describeFlag(flag, row, t))}</note>`,
        );
      }
      lines.push('      </notes>');
    }
    const state = xliffState(pair.origin, row.target !== '');
    lines.push(`      <segment id="s${row.number}" state="${state}" subState="sverka:${pair.origin}">`);
    lines.push(`        <source>${text(row.source)}</source>`);
    lines.push(`        <target>${text(row.target)}</target>`);
    lines.push('      </segment>', '    </unit>');
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

/** Inline elements whose content is native code or a sub-flow, not text of the segment. */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'x', 'bx', 'ex', 'sc', 'ec', 'sm', 'em', 'sub']);

/** The text of a source or target: text, `g`/`pc`/`mrk` content, `cp` characters; no native codes. */
function inlineText(node: XmlNode): string {
  const own = nodeText(node);
  if (own !== undefined) return own;
  const name = localName(node) ?? '';
  if (CODE_ELEMENTS.has(name)) return '';
  if (name === 'cp') {
    const code = Number.parseInt(attribute(node, 'hex') ?? '', 16);
    return Number.isFinite(code) ? String.fromCodePoint(code) : '';
  }
  return childNodes(node).map(inlineText).join('');
}

function childText(node: XmlNode, name: string): string {
  const child = childElements(node, name)[0];
  return child === undefined ? '' : inlineText(child);
}

function withOptional(pair: Omit<BilingualPair, 'status' | 'score' | 'changedSinceReview'>, extra: {
  status?: PairOrigin;
  score?: number;
  changedSinceReview?: boolean;
}): BilingualPair {
  return {
    ...pair,
    ...(extra.status === undefined ? {} : { status: extra.status }),
    ...(extra.score === undefined ? {} : { score: extra.score }),
    ...(extra.changedSinceReview === undefined ? {} : { changedSinceReview: extra.changedSinceReview }),
  };
}

/** XLIFF 1.2 states that mean the translation was signed off. */
const FINAL_12 = new Set(['final', 'signed-off']);

function readUnit12(unit: XmlNode): BilingualPair {
  const target = childElements(unit, 'target')[0];
  const state = target === undefined ? undefined : attribute(target, 'state');
  const approved = attribute(unit, 'approved') === 'yes';
  const props: Record<string, string> = {};
  const id = attribute(unit, 'id');
  if (id !== undefined) props.id = id;
  if (state !== undefined) props.state = state;
  return withOptional(
    {
      src: childText(unit, 'source'),
      tgt: target === undefined ? '' : inlineText(target),
      notes: childElements(unit, 'note').map(textContent),
      flags: [],
      props,
    },
    { status: approved || FINAL_12.has(state ?? '') ? 'confirmed' : undefined },
  );
}

function readUnit2(unit: XmlNode): BilingualPair {
  const props: Record<string, string> = {};
  const id = attribute(unit, 'id');
  if (id !== undefined) props.id = id;
  const flags: PairFlag[] = [];
  let status: PairOrigin | undefined;
  let score: number | undefined;
  let changedSinceReview: boolean | undefined;
  for (const group of descendants(childElements(unit, 'metadata'), 'metaGroup')) {
    if (attribute(group, 'category') !== META_CATEGORY) continue;
    for (const meta of childElements(group, 'meta')) {
      const value = textContent(meta);
      switch (attribute(meta, 'type')) {
        case 'status':
          status = parsePairOrigin(value);
          break;
        case 'confidence':
          score = parseScore(value);
          break;
        case 'changedSinceReview':
          changedSinceReview = value.trim() === 'true';
          break;
        case 'flag': {
          const flag = decodePairFlag(value);
          if (flag !== undefined) flags.push(flag);
          break;
        }
      }
    }
  }
  const notes = childElements(unit, 'notes')
    .flatMap((notesElement) => childElements(notesElement, 'note'))
    .filter((note) => attribute(note, 'category') !== FLAG_NOTE_CATEGORY)
    .map(textContent);
  let src = '';
  let tgt = '';
  let state: string | undefined;
  let subState: string | undefined;
  for (const part of childElements(unit)) {
    const name = localName(part);
    if (name !== 'segment' && name !== 'ignorable') continue;
    src += childText(part, 'source');
    tgt += childText(part, 'target');
    if (name === 'segment' && state === undefined) {
      state = attribute(part, 'state');
      subState = attribute(part, 'subState');
    }
  }
  if (state !== undefined) props.state = state;
  if (subState !== undefined) props.subState = subState;
  const ownStatus = subState?.startsWith('sverka:') === true ? parsePairOrigin(subState.slice(7)) : undefined;
  const stateStatus = state === 'final' || state === 'reviewed' ? 'confirmed' : undefined;
  return withOptional(
    { src, tgt, notes, flags, props },
    { status: status ?? ownStatus ?? stateStatus, score, changedSinceReview },
  );
}

/** Gettext's header unit (written by po2xliff) and units marked not to translate are not text of the document. */
function isContentUnit12(unit: XmlNode): boolean {
  return attribute(unit, 'translate') !== 'no' && attribute(unit, 'restype') !== 'x-gettext-domain-header';
}

/**
 * Reads an XLIFF 1.x, 2.0 or 2.1 document into pairs (every file of it, units in document order); languages the
 * file does not name come from `fallback`.
 */
export function parseXliff(xml: string, fallback: LanguageFallback = {}): BilingualFile {
  const nodes = parseXmlSafely(xml, 'XLIFF');
  const root = nodes.find((node) => localName(node) !== undefined);
  if (root === undefined || localName(root) !== 'xliff') {
    throw new SverkaError('format.notXliff', { root: (root && localName(root)) ?? '' });
  }
  const version = attribute(root, 'version') ?? '';
  if (version.startsWith('1.')) {
    const files = childElements(root, 'file');
    const units = descendants(files, 'trans-unit').filter(isContentUnit12);
    const firstTarget = units.flatMap((unit) => childElements(unit, 'target'))[0];
    const srcLang = primaryLang(files.map((file) => attribute(file, 'source-language') ?? '').find(Boolean) ?? fallback.srcLang ?? '');
    const tgtLang = primaryLang(
      files.map((file) => attribute(file, 'target-language') ?? '').find(Boolean) ??
        (firstTarget && attribute(firstTarget, 'xml:lang')) ??
        fallback.tgtLang ??
        '',
    );
    if (srcLang === '' || tgtLang === '') throw new SverkaError('format.noLanguages', { format: 'XLIFF' });
    return { format: 'xliff', srcLang, tgtLang, pairs: units.map(readUnit12) };
  }
  if (version.startsWith('2.')) {
    const srcLang = primaryLang(attribute(root, 'srcLang') ?? fallback.srcLang ?? '');
    const tgtLang = primaryLang(attribute(root, 'trgLang') ?? fallback.tgtLang ?? '');
    if (srcLang === '' || tgtLang === '') throw new SverkaError('format.noLanguages', { format: 'XLIFF' });
    const files = childElements(root, 'file');
    const name = files
      .flatMap((file) => childElements(file, 'metadata'))
      .flatMap((metadata) => childElements(metadata, 'metaGroup'))
      .filter((group) => attribute(group, 'category') === META_CATEGORY)
      .flatMap((group) => childElements(group, 'meta'))
      .find((meta) => attribute(meta, 'type') === 'project');
    return {
      format: 'xliff',
      srcLang,
      tgtLang,
      pairs: descendants(files, 'unit').map(readUnit2),
      ...(name === undefined ? {} : { name: textContent(name) }),
    };
  }
  throw new SverkaError('format.xliffVersion', { version });
}
