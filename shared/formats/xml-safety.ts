/**
 * Safe XML reading for imported TMX and XLIFF files. Nothing from a DTD is ever used: a document type
 * declaration with an internal subset (where entities are declared) is refused before parsing, so there is no
 * external entity (XXE) and no entity expansion (billion laughs). An external DTD reference alone, as many CAT
 * tools write (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`), is accepted and never fetched.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SverkaError } from '../errors';

/** A node of the parsed tree: an element `{ [name]: children, ':@'?: attributes }` or a text node. */
export type XmlNode = Readonly<Record<string, unknown>>;

/** Refuses DTD internal subsets and entity declarations; `format` names the file kind in the message. */
export function assertSafeXml(text: string, format: string): void {
  if (/<!ENTITY/i.test(text)) throw new SverkaError('format.xmlEntities', { format });
  const doctype = /<!DOCTYPE\b[^>[]*(\[)?/i.exec(text);
  if (doctype?.[1] !== undefined) throw new SverkaError('format.xmlEntities', { format });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Only the five predefined entities and character references (htmlEntities adds the numeric ones);
  // DOCTYPE entities cannot reach here, see assertSafeXml.
  processEntities: true,
  htmlEntities: true,
  commentPropName: '#comment',
});

/** Checks safety and well-formedness, then parses into an ordered tree of nodes. */
export function parseXmlSafely(text: string, format: string): readonly XmlNode[] {
  assertSafeXml(text, format);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new SverkaError('format.malformedXml', { format, line: valid.err.line, message: valid.err.msg });
  }
  try {
    return parser.parse(text) as XmlNode[];
  } catch (error) {
    // The parser's own limits (nesting depth, entity counts) end here.
    const message = error instanceof Error ? error.message : String(error);
    throw new SverkaError('format.unreadableXml', { format, message }, { cause: error });
  }
}

/** The element name of a node, or undefined for text, comments and processing instructions. */
export function elementName(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) {
    if (key !== ':@' && key !== '#text' && key !== '#comment' && !key.startsWith('?')) return key;
  }
  return undefined;
}

/** Local name of an element without its namespace prefix ("mda:meta" -> "meta"). */
export function localName(node: XmlNode): string | undefined {
  const name = elementName(node);
  return name === undefined ? undefined : name.slice(name.indexOf(':') + 1);
}

/** The child nodes of an element (empty for text nodes). */
export function childNodes(node: XmlNode): readonly XmlNode[] {
  const name = elementName(node);
  return name === undefined ? [] : ((node[name] as XmlNode[] | undefined) ?? []);
}

/** Child elements, optionally only those with a given local name. */
export function childElements(node: XmlNode, name?: string): readonly XmlNode[] {
  return childNodes(node).filter((child) => {
    const local = localName(child);
    return local !== undefined && (name === undefined || local === name);
  });
}

/** The first child element with a given local name. */
export function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  return childElements(node, name)[0];
}

/** An attribute value (by exact name). */
export function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return value === undefined ? undefined : String(value);
}

/** The text of a text node, or undefined. */
export function nodeText(node: XmlNode): string | undefined {
  const text = node['#text'];
  return text === undefined ? undefined : String(text);
}

/** All descendant text of an element, in document order. */
export function textContent(node: XmlNode): string {
  const own = nodeText(node);
  if (own !== undefined) return own;
  return childNodes(node).map(textContent).join('');
}

/** Finds descendant elements by local name, depth first. */
export function descendants(nodes: readonly XmlNode[], name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (node: XmlNode): void => {
    if (localName(node) === name) found.push(node);
    for (const child of childNodes(node)) visit(child);
  };
  for (const node of nodes) visit(node);
  return found;
}

/** Characters XML 1.0 cannot hold (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters XML cannot hold by U+FFFD, so the file stays well-formed. */
export function xmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '\uFFFD');
}

/** Escapes text content for XML (and HTML). */
export function escapeXmlText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value for XML (and HTML), double-quoted. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}
