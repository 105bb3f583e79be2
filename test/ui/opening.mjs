// Views opened from the palette with the phases of their opening (see phases.mjs): the Readiness
// view, and VS Code's own Markdown preview as the comparison for a webview of VS Code itself.
import { command, frameWith, quickOpen } from './helpers.mjs';
import { watchWebviews, webviewPhases } from './phases.mjs';

/**
 * Runs "Open Exam Readiness" from the palette until its figures are on screen. Returns the frame, the
 * phases, `ms` from the click on the command to the first frame painted with the figures (the browser's
 * own marks) and `seenMs`, when the test's polling of every frame found them (later, by its polling).
 */
export async function openReadiness(page) {
  await leaveWebview(page);
  await watchWebviews(page);
  // The palette can miss its first command right after a webview had the focus: try again, as a person would.
  let frame;
  let t = 0;
  for (let attempt = 0; !frame && attempt < 3; attempt++) {
    await command(page, 'GenAI Study: Open Exam Readiness').catch(() => page.keyboard.press('Escape'));
    t = Date.now(); // from the command to the figures on screen
    frame = await frameWith(page, '#domains tbody tr', 15000).catch(() => undefined);
  }
  if (!frame) throw new Error('the Readiness view shows no figures');
  const seenMs = Date.now() - t;
  const phases = await webviewPhases(page, frame, 'readiness');
  return { frame, ms: phases.figuresPainted ?? seenMs, seenMs, phases };
}

/** Opens notes.md, then "Markdown: Open Preview" from the palette, until its heading is on screen. */
export async function openMarkdownPreview(page) {
  await leaveWebview(page);
  // The palette can miss its first command right after a webview had the focus: try again, as a person would.
  await command(page, 'View: Close All Editors').catch(async () => {
    await page.keyboard.press('Escape');
    await command(page, 'View: Close All Editors');
  });
  await quickOpen(page, 'notes.md', 'Study notes');
  await watchWebviews(page);
  await command(page, 'Markdown: Open Preview');
  const t = Date.now();
  const frame = await frameWith(page, 'h1:text("Study notes")', 15000);
  const ms = Date.now() - t;
  return { frame, ms, phases: await webviewPhases(page, frame, 'markdown') };
}

/** Moves the focus out of a webview, which keeps it from the palette's list, onto the side bar's title. */
function leaveWebview(page) {
  return page.locator('.sidebar .composite.title').first().click();
}
