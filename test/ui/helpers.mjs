// What the UI tests do in the workbench, as a person would: palette commands, Quick Open, hovers,
// the GenAI Study container and answers to quiz questions.
import assert from 'node:assert/strict';

export const row = (page, text) => page.locator('.monaco-list-row', { hasText: text }).first();

/** The frame (any depth) that contains `selector`: webviews are iframes inside iframes. */
export async function frameWith(page, selector, timeout = 30000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const f of page.frames()) {
      try {
        if (await f.locator(selector).count()) return f;
      } catch {
        /* frame went away */
      }
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no webview frame shows ${selector}`);
}

export async function command(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  // Click the command's own row: Enter would run whichever row is selected, which can still be another one.
  const row = page
    .locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^GenAI Study: /, '') })
    .first();
  await row.waitFor({ timeout: 10000 });
  await row.click({ timeout: 10000 });
}

/** "Developer: Reload Window", and waits for the workbench to be back. */
export async function reloadWindow(page) {
  const loaded = page.waitForEvent('load', { timeout: 30000 });
  await command(page, 'Developer: Reload Window');
  await loaded;
  await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
}

/** Opens a workspace file from Quick Open (Ctrl+P), as a user does, and waits for `text` in it. */
export async function quickOpen(page, name, text = 'RLHF') {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-line', { hasText: text }).first().waitFor({ timeout: 30000 });
}

/**
 * Rests the mouse on the first `word` of the editor and waits for our hover, which must mention
 * `title`. As a person would, it moves the mouse away and back when nothing shows (the window may
 * still be starting its extensions on a busy machine), up to four times.
 */
export async function hoverWord(page, word, title) {
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const box = await page.evaluate(w => {
      for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n; (n = walker.nextNode());) {
          const i = n.textContent.indexOf(w);
          if (i >= 0) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + w.length);
            const b = r.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
      }
      return undefined;
    }, word);
    assert.ok(box, `${word} is on screen`);
    await page.mouse.move(box.x - 60, box.y);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    try {
      await hover.waitFor({ timeout: 10000 });
      break;
    } catch (e) {
      if (attempt === 4) throw e;
    }
  }
  assert.match(await hover.innerText(), /Open/);
}

/** Opens the GenAI Study container unless it is showing (a click on its icon would hide it). */
export async function showContainer(page) {
  if (await page.locator('.sidebar .composite.title', { hasText: 'GenAI Study' }).isVisible()) return;
  await page.locator('.activitybar [aria-label^="GenAI Study"]').first().click({ timeout: 30000 });
  await page.locator('.sidebar .composite.title', { hasText: 'GenAI Study' }).waitFor({ timeout: 10000 });
}

/** Gives some answer to the current question, by keys or clicks, whatever its type. */
export async function answerCurrent(frame, how) {
  if (await frame.locator('.choice').count()) {
    const multiple = await frame.locator('.choice[role="checkbox"]').count();
    if (how === 'keyboard') {
      await frame.locator('.choice').first().focus();
      await frame.locator('body').press('1');
      if (multiple) await frame.locator('body').press('2');
      await frame.locator('body').press('Enter');
    } else {
      await frame.locator('.choice').nth(0).click();
      if (multiple) await frame.locator('.choice').nth(1).click();
      await frame.locator('#submit').click();
    }
  } else if (await frame.locator('.order-item').count()) {
    if (how === 'keyboard') {
      await frame.locator('.order-item').nth(1).focus();
      await frame.locator('.order-item').nth(1).press('ArrowUp');
      await frame.locator('body').press('Enter');
    } else {
      await frame.locator('.order-item .move').first().click();
      await frame.locator('#submit').click();
    }
  } else {
    const selects = frame.locator('select');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 + i });
    await frame.locator('#submit').click();
  }
}

/** Answers the current mock-exam question, by keys or clicks, without leaving it (each change is saved). */
export async function answerExam(frame, how) {
  if (await frame.locator('.choice').count()) {
    const multiple = await frame.locator('.choice[role="checkbox"]').count();
    if (how === 'keyboard') {
      await frame.locator('.choice').first().focus();
      await frame.locator('body').press('1');
      if (multiple) await frame.locator('body').press('2');
    } else {
      await frame.locator('.choice').nth(0).click();
      if (multiple) await frame.locator('.choice').nth(1).click();
    }
    await frame.locator('.choice[aria-checked="true"]').first().waitFor({ timeout: 10000 });
  } else if (await frame.locator('.order-item').count()) {
    if (how === 'keyboard') {
      await frame.locator('.order-item').nth(1).focus();
      await frame.locator('.order-item').nth(1).press('ArrowUp');
    } else {
      await frame.locator('.order-item .move').nth(1).click(); // the first item's "Move down"
    }
  } else {
    const selects = frame.locator('select');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 + i });
  }
}
