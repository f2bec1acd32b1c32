/**
 * @module Markdown written by merchants (FAQ answers, later saved replies), rendered once
 * on the server: to HTML that is safe to show anywhere (raw HTML in the source is shown
 * as text, links only to http(s) and mailto, images reduced to their description) and to
 * plain text for mails and short excerpts. Widgets and mails never parse Markdown.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml } from './html.ts';

const SAFE_HREF = /^(https?:|mailto:)/i;

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    link({ href, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      return SAFE_HREF.test(href.trim()) ? `<a href="${escapeHtml(href.trim())}" rel="noopener noreferrer">${label}</a>` : label;
    },
    image: ({ text }: Tokens.Image) => escapeHtml(text),
  },
});

/** The words of a token tree, as a reader would say them. */
function plain(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if ('tokens' in t && Array.isArray(t.tokens)) return plain(t.tokens);
      if (t.type === 'list') return (t as Tokens.List).items.map((i) => `- ${plain(i.tokens)}`).join('\n');
      if (t.type === 'image') return (t as Tokens.Image).text;
      if (t.type === 'space' || t.type === 'hr') return '\n';
      if (t.type === 'br') return '\n';
      return 'text' in t ? String((t as { text: string }).text) : '';
    })
    .join(t0(tokens));
}
const t0 = (tokens: Token[]) => (tokens.some((t) => t.type === 'paragraph' || t.type === 'heading' || t.type === 'list') ? '\n' : '');

export interface RenderedMarkdown {
  html: string;
  text: string;
}

export function renderMarkdown(source: string): RenderedMarkdown {
  const tokens = marked.lexer(source);
  return { html: marked.parser(tokens), text: plain(tokens).replace(/\n{3,}/g, '\n\n').trim() };
}

/** The first `max` characters of a text, cut at a word where possible, with an ellipsis when cut. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).trimEnd()}…`;
}
