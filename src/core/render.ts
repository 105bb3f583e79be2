// Rendering of note markdown for webviews. The renderer itself (markdown-it, in ./markdown.ts) is
// installed by whoever loads it: the Node API at once, the extension when a view first needs it, so
// that the code the extension loads at activation does not carry it.

/** Markdown to HTML that is safe to put in a webview under a strict CSP. */
export interface MarkdownRenderer {
  render(source: string): string;
  /** A single line (question text, choices) without a wrapping paragraph. */
  renderInline(source: string): string;
}

let installed: MarkdownRenderer | undefined;

export function installMarkdown(renderer: MarkdownRenderer): void {
  installed = renderer;
}

function renderer(): MarkdownRenderer {
  if (!installed) throw new Error('No markdown renderer is installed: load the notes kit first.');
  return installed;
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
