// Where the time goes when a webview opens: the phases from the click (or Enter) that ran a command to
// the figures on screen, all on the browser's clock (performance.timeOrigin plus a time in a frame).
// The workbench page records input and inserted iframes; VS Code's webview host page (index.html) marks
// its own steps; the content frame has its resource timings, its paint entries and the marks our page
// scripts set ("<app>/script", "<app>/figures", "<app>/load", "<app>/painted").

/** In the workbench page: remembers each click and Enter, and when each iframe was inserted. */
export async function watchWebviews(page) {
  await page.evaluate(() => {
    if (window.__phases) return;
    const phases = { input: [], frames: [] };
    window.__phases = phases;
    const at = e => performance.timeOrigin + e.timeStamp;
    document.addEventListener('click', e => phases.input.push(at(e)), true);
    document.addEventListener('keydown', e => e.key === 'Enter' && phases.input.push(at(e)), true);
    new window.MutationObserver(records => {
      const t = performance.timeOrigin + performance.now();
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          for (const f of n.tagName === 'IFRAME' ? [n] : n.querySelectorAll('iframe')) phases.frames.push({ t, f });
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** A frame's marks, paint entries and resource timings, as epoch ms on the browser's clock. */
const frameTimes = frame =>
  frame.evaluate(() => {
    const at = ms => performance.timeOrigin + ms;
    const first = {};
    for (const e of [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')]) {
      if (!(e.name in first)) first[e.name] = at(e.startTime);
    }
    const resources = performance.getEntriesByType('resource').map(e => ({
      name: e.name.split('?')[0].split('/').pop(),
      start: at(e.startTime),
      end: at(e.responseEnd),
    }));
    return { first, resources };
  });

/**
 * The phases of the webview whose content frame is `frame`, in ms after the last click or Enter
 * before its iframe was inserted: a phase that did not happen (or was not marked) is left out.
 */
export async function webviewPhases(page, frame, app) {
  const outerFrame = frame.parentFrame();
  const inner = await frameTimes(frame);
  const outer = outerFrame ? await frameTimes(outerFrame) : { first: {}, resources: [] };
  const main = await page.evaluate(
    url => ({
      input: window.__phases?.input ?? [],
      frames: (window.__phases?.frames ?? []).map(({ t, f }) => ({ t, src: f.src })),
      now: performance.timeOrigin + performance.now(),
      url,
    }),
    outerFrame?.url() ?? '',
  );
  const inserted = main.frames.find(f => f.src && main.url && f.src === main.url)?.t;
  const t0 = Math.max(...main.input.filter(t => t <= (inserted ?? main.now)));
  const rel = t => (Number.isFinite(t) && Number.isFinite(t0) ? Math.round(t - t0) : undefined);
  const host = name => outer.first[`webview/index.html/${name}`];
  const loaded = ext => Math.max(...inner.resources.filter(r => r.name.endsWith(ext)).map(r => r.end));
  const phases = {
    iframeInserted: rel(inserted),
    hostPageScript: rel(host('scriptStart')),
    hostPageSignalingReady: rel(host('signalingReady')),
    htmlArrived: rel(host('content/started')),
    serviceWorkerReady: rel(host('content/workerReady')),
    contentFrameLoaded: rel(host('content/innerFrameLoaded')),
    htmlWritten: rel(host('content/wroteInnerContent')),
    cssLoaded: rel(loaded('.css')),
    scriptLoaded: rel(loaded('.js')),
    scriptStart: rel(inner.first[`${app}/script`]),
    figuresInDom: rel(inner.first[`${app}/figures`]),
    loadEvent: rel(inner.first[`${app}/load`]),
    firstContentfulPaint: rel(inner.first['first-contentful-paint']),
    figuresPainted: rel(inner.first[`${app}/painted`]),
    readByTest: rel(main.now),
  };
  return Object.fromEntries(Object.entries(phases).filter(([, v]) => v !== undefined));
}
