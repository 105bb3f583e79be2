import markdownIt from 'markdown-it';

type MarkdownIt = ReturnType<typeof markdownIt>;

let md: MarkdownIt | undefined;

/** The note renderer, created on first use: no raw HTML, only safe links, concept links made inert. */
function renderer(): MarkdownIt {
  if (md) return md;
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
  return (md = m);
}

/** Markdown to HTML that is safe to put in a webview under a strict CSP. */
export function renderMarkdown(source: string): string {
  return renderer().render(source);
}

/** A single line of markdown (question text, choices) without a wrapping paragraph. */
export function renderInline(source: string): string {
  return renderer().renderInline(source);
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
