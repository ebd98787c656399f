/**
 * Markdown import: headings, paragraphs, list items, table cells and block quotes become blocks; emphasis,
 * links, images, HTML tags and other markup are dropped, their text kept (blocks of raw HTML are read as HTML).
 * Parsing is marked's lexer.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { decodeHTML } from 'entities';
import type { ParagraphKind } from '../types';
import { importHtml } from './html-import';
import { DocumentBuilder, type ImportedText } from './imported-document';

/** Inline text of tokens: markup dropped, entities decoded, inline HTML tags removed. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (tokens === undefined) return '';
  return tokens
    .map((token): string => {
      switch (token.type) {
        case 'image':
          return '';
        case 'br':
          return ' ';
        case 'html':
          return '';
        case 'escape':
        case 'codespan':
          return decodeHTML((token as Tokens.Escape | Tokens.Codespan).text);
        default: {
          const nested = (token as { tokens?: Token[] }).tokens;
          if (nested !== undefined && nested.length > 0) return inlineText(nested);
          return decodeHTML((token as { text?: string }).text ?? '');
        }
      }
    })
    .join('');
}

function addBlocks(tokens: readonly Token[], builder: DocumentBuilder, kind: ParagraphKind): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        builder.add('heading', inlineText((token as Tokens.Heading).tokens));
        break;
      case 'paragraph':
      case 'text':
        builder.add(kind, inlineText((token as Tokens.Paragraph).tokens ?? [token]));
        break;
      case 'code':
        builder.add(kind, (token as Tokens.Code).text);
        break;
      case 'blockquote':
        addBlocks((token as Tokens.Blockquote).tokens, builder, kind);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) {
          // Loose items hold paragraphs, tight ones text tokens; nested lists come out as their own items.
          const own = item.tokens.filter((child) => child.type !== 'list');
          builder.add('list-item', own.map((child) => inlineText('tokens' in child && child.tokens ? child.tokens : [child])).join(' '));
          addBlocks(item.tokens.filter((child) => child.type === 'list'), builder, 'list-item');
        }
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const cell of table.header) builder.add('table-cell', inlineText(cell.tokens));
        for (const row of table.rows) for (const cell of row) builder.add('table-cell', inlineText(cell.tokens));
        break;
      }
      case 'html': {
        // A block of raw HTML: its text, read like a page (comments and scripts give nothing).
        const html = importHtml((token as Tokens.HTML).text);
        for (const paragraph of html.paragraphs) builder.add(paragraph.kind, html.text.slice(paragraph.start, paragraph.end));
        break;
      }
      default:
        // space, hr, link definitions: no text of the document.
        break;
    }
  }
}

/** Reads Markdown text into blocks with their kinds. */
export function importMarkdown(markdown: string, encoding?: string): ImportedText {
  const builder = new DocumentBuilder();
  // YAML front matter (Jekyll, Hugo, Pandoc) is metadata, not text.
  const body = markdown.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '');
  addBlocks(new Lexer({ gfm: true }).lex(body), builder, 'paragraph');
  return builder.build('markdown', encoding);
}
