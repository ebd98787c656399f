/**
 * HTML import: the article text of a page as blocks (headings, paragraphs, list items, table cells, footnotes);
 * scripts, styles, navigation, headers, footers, forms and hidden elements dropped. Parsed with htmlparser2, so
 * malformed markup is read the way browsers would forgive it. Also reads the HTML mammoth makes of DOCX files,
 * whose footnotes are list items with ids "footnote-N" and references "[N]" linked to them.
 */
import { parseDocument } from 'htmlparser2';
import { Element, Text, type ChildNode, type ParentNode } from 'domhandler';
import type { ParagraphKind } from '../types';
import { DocumentBuilder, type ImportedText } from './imported-document';

/** Elements whose content is never document text. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
  'textarea', 'input', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'map', 'menu', 'dialog',
  // Ruby annotations (furigana, pinyin) are reading aids, not text of the sentence.
  'rt', 'rp',
]);

/** ARIA roles of page furniture. */
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar']);

/** Elements that end the current block (everything else is inline). */
const BLOCKS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl',
  'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'figure',
  'figcaption', 'address', 'hr', 'center', 'details', 'summary', 'hgroup', 'fieldset', 'legend',
]);

const FOOTNOTE_ID = /^(?:foot|end)note-\d/i;
const FOOTNOTE_ROLES = new Set(['doc-footnote', 'doc-endnote', 'doc-footnotes', 'doc-endnotes']);

function isFootnote(element: Element): boolean {
  const { id = '', role = '', class: className = '' } = element.attribs;
  const epubType = element.attribs['epub:type'] ?? '';
  return FOOTNOTE_ID.test(id) || FOOTNOTE_ROLES.has(role) || /\b(?:foot|end)note/i.test(epubType) || /\bfootnotes?\b/i.test(className);
}

/** A footnote reference ("[1]" linking to the note) or a note's link back to it: not text of either. */
function isNoteLink(element: Element): boolean {
  if (element.name !== 'a') return false;
  const { role = '', href = '' } = element.attribs;
  if (role === 'doc-noteref' || role === 'doc-backlink') return true;
  return /^#.*(?:note|fn)/i.test(href) && textOf(element).trim().length <= 8;
}

function isHidden(element: Element): boolean {
  const { hidden, style = '', role = '' } = element.attribs;
  return (
    hidden !== undefined ||
    element.attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) ||
    SKIPPED_ROLES.has(role)
  );
}

function isSkipped(element: Element): boolean {
  if (isFootnote(element)) return false;
  return SKIPPED.has(element.name) || isHidden(element) || isNoteLink(element);
}

function textOf(node: ChildNode): string {
  if (node instanceof Text) return node.data;
  if (node instanceof Element) return node.children.map(textOf).join('');
  return '';
}

function kindOf(element: Element, inherited: ParagraphKind): ParagraphKind {
  if (inherited === 'footnote' || isFootnote(element)) return 'footnote';
  if (/^h[1-6]$/.test(element.name)) return 'heading';
  if (element.name === 'li' || element.name === 'dt' || element.name === 'dd') return 'list-item';
  if (element.name === 'td' || element.name === 'th' || element.name === 'caption') return 'table-cell';
  return inherited;
}

/** Finds the elements holding the article: <article>s, else <main>, else the body, else the whole document. */
function contentRoots(document: ParentNode): ParentNode[] {
  const found: Record<'article' | 'main' | 'body', Element[]> = { article: [], main: [], body: [] };
  const visit = (node: ParentNode): void => {
    for (const child of node.children) {
      if (!(child instanceof Element) || isSkipped(child)) continue;
      if (child.name === 'article') found.article.push(child);
      else if (child.name === 'main' || child.attribs.role === 'main') found.main.push(child);
      else if (child.name === 'body') found.body.push(child);
      if (child.name !== 'article') visit(child);
    }
  };
  visit(document);
  if (found.article.length > 0) return found.article;
  if (found.main.length > 0) return found.main;
  if (found.body.length > 0) return found.body;
  return [document];
}

class BlockCollector {
  private buffer = '';

  constructor(private readonly builder: DocumentBuilder) {}

  flush(kind: ParagraphKind): void {
    this.builder.add(kind, this.buffer);
    this.buffer = '';
  }

  walk(node: ChildNode, kind: ParagraphKind): void {
    if (node instanceof Text) {
      this.buffer += node.data;
      return;
    }
    if (!(node instanceof Element) || isSkipped(node)) return;
    if (node.name === 'br') {
      this.buffer += '\n';
      return;
    }
    if (!BLOCKS.has(node.name)) {
      for (const child of node.children) this.walk(child, kind);
      return;
    }
    this.flush(kind);
    const inner = kindOf(node, kind);
    for (const child of node.children) this.walk(child, inner);
    this.flush(inner);
  }
}

/** Reads an HTML page (or an HTML fragment) into blocks with their kinds. */
export function importHtml(html: string, encoding?: string): ImportedText {
  const document = parseDocument(html, { decodeEntities: true });
  const builder = new DocumentBuilder();
  const collector = new BlockCollector(builder);
  for (const root of contentRoots(document)) {
    for (const child of root.children) collector.walk(child, 'paragraph');
    collector.flush('paragraph');
  }
  return builder.build('html', encoding);
}
