// The webview side of the bridge: typed postMessage and state, no vscode import.
interface VsCodeApi<S> {
  postMessage(message: unknown): void;
  getState(): S | undefined;
  setState(state: S): void;
}
declare function acquireVsCodeApi<S>(): VsCodeApi<S>;

export function connect<Out, S>() {
  const api = acquireVsCodeApi<S>();
  return {
    post: (message: Out) => api.postMessage(message),
    getState: () => api.getState(),
    setState: (state: S) => api.setState(state),
  };
}

/** Creates an element with classes, attributes and children; text is always set as text. */
export function h(tag: string, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) el.append(c);
  return el;
}

/** The data the extension put in the page's HTML as a JSON block with this id, if any. */
export function pageData<T extends { type: string }>(id: string): T | undefined {
  try {
    const data: unknown = JSON.parse(document.getElementById(id)?.textContent ?? 'null');
    return typeof data === 'object' && data !== null && typeof (data as T).type === 'string' ? (data as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses sanitised HTML from the extension into nodes. */
export function html(markup: string): DocumentFragment {
  return document.createRange().createContextualFragment(markup);
}

/**
 * Performance marks for the UI test's timings: `<app>/script` now, `<app>/load` at the load event
 * (when VS Code shows the frame), `<app>/figures` at the first `shown()`, and `<app>/painted` at the
 * first frame painted after both.
 */
export function paintMarks(app: string): { shown(): void } {
  performance.mark(`${app}/script`);
  let loaded = false;
  let shown = false;
  const done = () => {
    if (loaded && shown) requestAnimationFrame(() => setTimeout(() => performance.mark(`${app}/painted`), 0));
  };
  window.addEventListener('load', () => {
    performance.mark(`${app}/load`);
    loaded = true;
    done();
  });
  return {
    shown() {
      if (shown) return;
      performance.mark(`${app}/figures`);
      shown = true;
      done();
    },
  };
}
