// The markdown-it configuration for notes. It is not in the extension's main bundle: the build puts it
// in the lazily loaded notes kit (src/core/kit.ts), and the Node API installs it at load.
import markdownIt from 'markdown-it';
import type { MarkdownRenderer } from './render';

type MarkdownIt = ReturnType<typeof markdownIt>;

/** The note renderer: no raw HTML, only safe links, concept links made inert. */
function configured(): MarkdownIt {
  const m = markdownIt({ html: false, linkify: false, typographer: true });
  m.validateLink = url => /^(concept:|https?:|#)/i.test(url.trim());
  const defaultOpen =
    m.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  m.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token.attrGet('href') ?? '');
    if (href.startsWith('concept:')) {
      token.attrs = [
        ['href', '#'],
        ['data-concept', href.slice('concept:'.length)],
        ['class', 'concept-link'],
      ];
    } else if (/^https?:/i.test(href)) {
      token.attrSet('rel', 'noopener noreferrer');
    }
    return defaultOpen(tokens, idx, options, env, self);
  };
  // Table alignment as a class: the webview's CSP allows no inline style.
  for (const rule of ['th_open', 'td_open']) {
    m.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
      const token = tokens[idx];
      const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
      token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
      if (align) token.attrJoin('class', `align-${align}`);
      return self.renderToken(tokens, idx, options);
    };
  }
  m.renderer.rules.image = (tokens, idx) =>
    `<span class="image-placeholder">${m.utils.escapeHtml(tokens[idx].content || 'image')}</span>`;
  m.renderer.rules.blockquote_open = (tokens, idx) => {
    const inline = tokens[idx + 2];
    const text = inline?.type === 'inline' ? inline.content : '';
    const kind = /^\*\*careful/i.test(text) ? 'careful' : /^\*\*exam tip/i.test(text) ? 'tip' : '';
    return kind ? `<blockquote class="callout ${kind}">\n` : '<blockquote>\n';
  };
  return m;
}

/** markdown-it as the notes' renderer (see `installMarkdown`). */
export function markdownItRenderer(): MarkdownRenderer {
  const m = configured();
  return { render: source => m.render(source), renderInline: source => m.renderInline(source) };
}
