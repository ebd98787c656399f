/**
 * TMX 1.4b: writing a project's pairs as translation units, and reading any TMX file back into pairs.
 * Sverka's own data travels in `prop` elements with `x-sverka-*` types (status, confidence, flags); flags and
 * translator notes are also written as human-readable `note` elements, translator notes first.
 */
import type { ProjectSnapshot } from '../project';
import { createI18n } from '../i18n/create-i18n';
import type { UiLanguage } from '../i18n/resources';
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
import { describeFlag, exportRows, toPairFlag, type PairSelection } from './export-rows';
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

/** Property types Sverka writes on each `tu`. */
export const TMX_PROP = {
  status: 'x-sverka-status',
  confidence: 'x-sverka-confidence',
  changedSinceReview: 'x-sverka-changed-since-review',
  flag: 'x-sverka-flag',
  project: 'x-sverka-project',
} as const;

/** Options of the bilingual writers (TMX, XLIFF). */
export interface BilingualWriteOptions extends PairSelection {
  /** Language of notes and other administrative text. */
  readonly language?: UiLanguage;
  /** Version of Sverka written as the creating tool's version. */
  readonly toolVersion?: string;
  /** Creation time written in the header (now by default). */
  readonly date?: Date;
}

/** TMX date format: YYYYMMDDThhmmssZ. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** Writes a snapshot as a TMX 1.4b document (UTF-8 text). */
export function writeTmx(snapshot: ProjectSnapshot, options: BilingualWriteOptions = {}): string {
  const language = options.language ?? 'en';
  const { t } = createI18n(language);
  const srcLang = snapshot.source.info.lang;
  const tgtLang = snapshot.target.info.lang;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Sverka" creationtoolversion="${attr(options.toolVersion ?? '0')}" segtype="sentence"` +
      ` o-tmf="Sverka" adminlang="${attr(language)}" srclang="${attr(srcLang)}" datatype="plaintext"` +
      ` o-encoding="UTF-8" creationdate="${tmxDate(options.date ?? new Date())}">`,
    `    <prop type="${TMX_PROP.project}">${text(snapshot.name)}</prop>`,
    '  </header>',
    '  <body>',
  ];
  for (const row of exportRows(snapshot, options)) {
    lines.push(`    <tu tuid="${row.number}">`);
    for (const note of row.pair.notes) lines.push(`      <note>${text(note.text)}</note>`);
    for (const flag of row.flags) lines.push(`      <note>${text(describeFlag(flag, row, t))}</note>`);
    lines.push(`      <prop type="${TMX_PROP.status}">${row.pair.origin}</prop>`);
    lines.push(`      <prop type="${TMX_PROP.confidence}">${Number(row.pair.score.toFixed(4))}</prop>`);
    if (row.pair.changedSinceReview) lines.push(`      <prop type="${TMX_PROP.changedSinceReview}">true</prop>`);
    for (const flag of row.flags) {
      lines.push(`      <prop type="${TMX_PROP.flag}">${text(encodePairFlag(toPairFlag(flag)))}</prop>`);
    }
    lines.push(`      <tuv xml:lang="${attr(srcLang)}"><seg>${text(row.source)}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="${attr(tgtLang)}"><seg>${text(row.target)}</seg></tuv>`);
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/** Inline elements whose content is native code, not text. */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/** The text of a `seg`: text and `hi` content, without native codes. */
function segText(node: XmlNode): string {
  const own = nodeText(node);
  if (own !== undefined) return own;
  if (CODE_ELEMENTS.has(localName(node) ?? '')) return '';
  return childNodes(node).map(segText).join('');
}

function tuvLang(tuv: XmlNode): string | undefined {
  return attribute(tuv, 'xml:lang') ?? attribute(tuv, 'lang');
}

/** The most frequent language other than the source among the file's variants. */
function pickTargetLang(tus: readonly XmlNode[], srcLang: string): string | undefined {
  const counts = new Map<string, number>();
  for (const tu of tus) {
    for (const tuv of childElements(tu, 'tuv')) {
      const lang = primaryLang(tuvLang(tuv) ?? '');
      if (lang !== '' && lang !== srcLang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function readTu(tu: XmlNode, srcLang: string, tgtLang: string): BilingualPair {
  let src = '';
  let tgt = '';
  let notes: string[] = [];
  const props: Record<string, string> = {};
  const flags: PairFlag[] = [];
  let status: BilingualPair['status'];
  let score: number | undefined;
  let changedSinceReview: boolean | undefined;
  const readMeta = (element: XmlNode): void => {
    for (const child of childElements(element)) {
      const name = localName(child);
      if (name === 'note') notes.push(textContent(child));
      if (name !== 'prop') continue;
      const type = attribute(child, 'type') ?? '';
      const value = textContent(child);
      if (type === TMX_PROP.status) status = parsePairOrigin(value);
      else if (type === TMX_PROP.confidence) score = parseScore(value);
      else if (type === TMX_PROP.changedSinceReview) changedSinceReview = value.trim() === 'true';
      else if (type === TMX_PROP.flag) {
        const flag = decodePairFlag(value);
        if (flag !== undefined) flags.push(flag);
      } else props[type] = value;
    }
  };
  readMeta(tu);
  let srcFound = false;
  let tgtFound = false;
  for (const tuv of childElements(tu, 'tuv')) {
    const lang = primaryLang(tuvLang(tuv) ?? '');
    const seg = childElements(tuv, 'seg')[0];
    const value = seg === undefined ? '' : segText(seg);
    if (lang === srcLang && !srcFound) {
      src = value;
      srcFound = true;
    } else if (lang === tgtLang && !tgtFound) {
      tgt = value;
      tgtFound = true;
    } else continue;
    readMeta(tuv);
  }
  // Sverka writes one human-readable note per flag after the translator notes.
  if (flags.length > 0 && notes.length >= flags.length) notes = notes.slice(0, notes.length - flags.length);
  return {
    src,
    tgt,
    notes,
    flags,
    props,
    ...(status === undefined ? {} : { status }),
    ...(score === undefined ? {} : { score }),
    ...(changedSinceReview === undefined ? {} : { changedSinceReview }),
  };
}

/**
 * Reads a TMX document (1.1 to 1.4b) into pairs of its source language and its main other language (or the
 * languages given, where the file leaves them open).
 */
export function parseTmx(xml: string, fallback: LanguageFallback = {}): BilingualFile {
  const nodes = parseXmlSafely(xml, 'TMX');
  const root = nodes.find((node) => localName(node) !== undefined);
  if (root === undefined || localName(root) !== 'tmx') {
    throw new SverkaError('format.notTmx', { root: (root && localName(root)) ?? '' });
  }
  const header = childElements(root, 'header')[0];
  const tus = descendants(childElements(root, 'body'), 'tu');
  let srcLang = primaryLang(header === undefined ? '' : (attribute(header, 'srclang') ?? ''));
  if (srcLang === '' || srcLang === '*all*') {
    const first = tus.flatMap((tu) => childElements(tu, 'tuv'))[0];
    srcLang = fallback.srcLang ?? primaryLang((first && tuvLang(first)) ?? '');
  }
  const tgtLang = fallback.tgtLang !== undefined && fallback.tgtLang !== srcLang ? fallback.tgtLang : pickTargetLang(tus, srcLang);
  if (srcLang === '' || tgtLang === undefined) throw new SverkaError('format.noLanguages', { format: 'TMX' });
  const nameProp = header === undefined ? undefined : childElements(header, 'prop').find((prop) => attribute(prop, 'type') === TMX_PROP.project);
  return {
    format: 'tmx',
    srcLang,
    tgtLang,
    pairs: tus.map((tu) => readTu(tu, srcLang, tgtLang)),
    ...(nameProp === undefined ? {} : { name: textContent(nameProp) }),
  };
}
