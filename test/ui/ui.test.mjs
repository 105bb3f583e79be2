// UI tests: the packaged extension in a real VS Code (code-server), driven in Chromium like a
// person would: click the activity bar, expand the tree, type in the palette, hover a word,
// answer the quiz by keyboard and by mouse. Screenshots go to test-results/screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchBrowser } from '../vscode/tools.mjs';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const row = (page, text) => page.locator('.monaco-list-row', { hasText: text }).first();

/** The frame (any depth) that contains `selector`: webviews are iframes inside iframes. */
async function frameWith(page, selector, timeout = 30000, interval = 100) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const f of page.frames()) {
      try { if (await f.locator(selector).count()) return f; } catch { /* frame went away */ }
    }
    await page.waitForTimeout(interval);
  }
  throw new Error(`no webview frame shows ${selector}`);
}

async function command(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^GenAI Study: /, '') }).first().waitFor();
  await page.keyboard.press('Enter');
}

export async function runUi({ url, folder, theme }) {
  mkdirSync(SHOTS, { recursive: true });
  const { page, close } = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('console', m => { if (m.type() === 'error' && /Content Security Policy|genai|webview/i.test(m.text())) problems.push(m.text()); });
  const timings = {};
  let passed = 0;
  let failed = 0;
  const shot = name => page.screenshot({ path: join(SHOTS, `${theme}-${name}.png`) });
  const step = async (name, fn) => {
    const t = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ok   ${name} (${Date.now() - t} ms)`);
    } catch (e) {
      failed++;
      console.log(`  FAIL ${name}: ${String(e.message).split('\n').slice(0, 4).join(' ')}`);
      await shot(`FAILED-${name.replace(/\W+/g, '-')}`).catch(() => {});
    }
  };
  try {
    await step('the workbench loads', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
      await page.locator('.activitybar').waitFor();
    });
    await step('the GenAI Study container shows the topics tree', async () => {
      await showContainer(page);
      await row(page, 'Adapting models').waitFor({ timeout: 30000 });
      await row(page, 'Adapting models').click();
      await row(page, 'Fine-tuning and alignment').click({ timeout: 10000 });
      await row(page, 'Reinforcement learning from human feedback').waitFor({ timeout: 10000 });
      await shot('1-topics-tree');
    });
    await step('look up a concept from the palette, with a typo, and open it', async () => {
      await command(page, 'GenAI Study: Look Up Concept');
      await page.locator('.quick-input-widget input').fill('difusion model');
      await page.locator('.quick-input-list .monaco-list-row').first().filter({ hasText: 'Diffusion model' }).waitFor({ timeout: 10000 });
      await shot('2-look-up');
      const t = Date.now();
      await page.keyboard.press('Enter');
      const frame = await frameWith(page, 'h1:text("Diffusion model")');
      timings.conceptViewFirstPaintMs = Date.now() - t;
      assert.ok(await frame.locator('.summary').innerText());
      await shot('3-concept-view');
      await frame.locator('.related a').first().click();
      await frameWith(page, 'h1:not(:text("Diffusion model"))', 10000);
    });
    await step('hover RLHF in a Python file shows its definition', async () => {
      await page.keyboard.press('Escape');
      await command(page, 'View: Close All Editors');
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.type('sample.py');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'sample.py' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: 'RLHF' }).waitFor({ timeout: 15000 });
      const box = await page.evaluate(() => {
        const line = [...document.querySelectorAll('.monaco-editor .view-line')].find(l => l.textContent.includes('RLHF'));
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n; (n = walker.nextNode());) {
          const i = n.textContent.indexOf('RLHF');
          if (i >= 0) {
            const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 4);
            const b = r.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
        return undefined;
      });
      assert.ok(box, 'RLHF is on screen');
      await page.mouse.move(box.x - 60, box.y);
      await page.mouse.move(box.x, box.y, { steps: 5 });
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Reinforcement learning from human feedback' }).first();
      await hover.waitFor({ timeout: 15000 });
      assert.match(await hover.innerText(), /human/i);
      await shot('4-hover');
    });
    await step('"In This File" lists the concepts of the open file and jumps to one', async () => {
      await page.keyboard.press('Escape');
      await showContainer(page);
      const header = page.locator('.pane-header', { hasText: 'In This File' }).first();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const rlhf = page.locator('.monaco-list-row', { hasText: 'Reinforcement learning from human feedback' }).filter({ hasText: 'mention' }).first();
      await rlhf.waitFor({ timeout: 15000 });
      assert.ok(await page.locator('.monaco-list-row', { hasText: 'Stable Diffusion' }).count() > 0, 'Stable Diffusion is listed');
      await shot('5a-in-this-file');
      await rlhf.click();
      await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 10000 });
      await header.click();
    });
    await step('answer the sidebar quiz by keyboard, then by mouse', async () => {
      await command(page, 'View: Close All Editors');
      await showContainer(page);
      const frame = await frameWith(page, '#start');
      const t = Date.now();
      await frame.locator('#start').click();
      await frame.locator('.question').waitFor({ timeout: 15000 });
      timings.quizFirstQuestionMs = Date.now() - t;
      await shot('5-quiz-question');
      await answerCurrent(frame, 'keyboard');
      await frame.locator('#result').waitFor({ timeout: 10000 });
      assert.match(await frame.locator('#result .verdict').innerText(), /Correct!|Not quite\./);
      await shot('6-quiz-feedback');
      await frame.locator('#next').click();
      await frame.locator('#submit').waitFor({ timeout: 10000 });
      await answerCurrent(frame, 'mouse');
      await frame.locator('#result').waitFor({ timeout: 10000 });
    });
    let score = '';
    await step('a timed mock exam from the palette: answer every question, then see the score per topic and domain', async () => {
      const t = Date.now();
      await command(page, 'GenAI Study: Start Mock Exam');
      await page.locator('.quick-input-widget', { hasText: 'How many questions' }).waitFor();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Timed' }).first().waitFor();
      await page.keyboard.press('Enter');
      const frame = await frameWith(page, '#timer');
      timings.mockExamFirstQuestionMs = Date.now() - t;
      assert.match(await frame.locator('#timer').innerText(), /^\d+:\d\d left$/);
      await shot('7-mock-exam-question');
      for (let n = 1; n <= 3; n++) {
        await frame.locator('.progress', { hasText: `Question ${n} of 3` }).waitFor({ timeout: 10000 });
        assert.equal(await frame.locator('#result').count(), 0, 'no feedback during the exam');
        await answerCurrent(frame, n % 2 ? 'keyboard' : 'mouse');
      }
      await frame.locator('#score').waitFor({ timeout: 10000 });
      score = await frame.locator('#score').innerText();
      assert.match(score, /^Mock exam score: [0-3] \/ 3 \(\d+%\)$/);
      assert.equal(await frame.locator('table.scores').count(), 2, 'a table per topic and one per exam domain');
      assert.match(await frame.locator('table.scores').nth(1).innerText(), /Domain [1-5]/);
      if (!score.startsWith('Mock exam score: 3')) {
        await frame.locator('.wrong-item summary').first().click();
        assert.match(await frame.locator('.wrong-item').first().innerText(), /Correct answer:/);
      }
      await shot('8-mock-exam-score');
    });
    await step('after a window reload the exam\'s score is still there', async () => {
      await command(page, 'Developer: Reload Window');
      await page.waitForEvent('load', { timeout: 30000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
      const frame = await frameWith(page, '#score', 60000);
      assert.equal(await frame.locator('#score').innerText(), score);
    });
    await step('the Readiness view from the palette: estimates with bands, the heat map, an exam date', async () => {
      await page.locator('.sidebar .composite.title').first().click(); // out of the quiz webview, which kept the focus
      await command(page, 'GenAI Study: Open Exam Readiness');
      const t = Date.now(); // the command runs on Enter: from there to the figures on screen
      const frame = await frameWith(page, '#domains tbody tr', 30000, 10);
      timings.readinessOpenMs = Date.now() - t;
      assert.equal(await frame.locator('#domains tbody tr').count(), 6, 'five domains and the weighted total');
      const text = selector => frame.locator(selector).innerText();
      const verdict = /^(Likely above|Near|Likely below) the pass mark \(pass mark 70%\)\.$/;
      assert.match(await text('#overall-verdict'), verdict);
      assert.match(await text('#overall-figure'), /^\d+% of exam questions likely right today \(band \d+%–\d+%\)\.$/);
      const cells = frame.locator('svg.heat-map rect.day');
      assert.ok(await cells.count() >= 26 * 7 - 6, 'a cell per day of the last 26 weeks');
      const busy = await frame.locator('svg.heat-map rect.day:not(.l0)').count();
      assert.ok(busy >= 1, 'today\'s answers are on the calendar');
      assert.match(await text('#streak'), /^Streak: [1-9]\d* days?\. [1-9]\d* answers? on [1-9]\d* days? in the last 26 weeks\.$/);
      await frame.locator('details.as-table summary').press('Enter');
      assert.ok(await frame.locator('details.as-table table tbody tr').count() >= 1, 'the calendar as a table');
      await frame.locator('#exam-date').fill('2031-05-20');
      const plan = /reviews a day until then|Even \d+ reviews a day|even without reviews/;
      await frame.locator('#exam-plan', { hasText: plan }).waitFor({ timeout: 30000 });
      assert.match(await text('#exam-plan'), /^On .+, with no more study: \d+% \(band \d+%–\d+%\)/);
      assert.equal(await frame.locator('#domains thead th', { hasText: 'On exam day' }).count(), 1);
      await frame.locator('.heat-legend').scrollIntoViewIfNeeded(); // the domain table and the calendar in one picture
      await shot('9-readiness');
      await frame.locator('#clear-date').click();
      await frame.locator('#exam-plan', { hasText: 'Set the date' }).waitFor({ timeout: 10000 });
    });
    await step('"Study these" (by keyboard) starts a quiz on the weakest skills in the quiz panel', async () => {
      const frame = await frameWith(page, '#study-these');
      assert.ok(await frame.locator('#weakest tbody tr').count() >= 1);
      await frame.locator('#study-these').focus();
      await frame.locator('#study-these').press('Enter');
      await frameWith(page, '.progress:text("Question 1 of")', 20000);
    });
    await step('no CSP violations or webview errors in the console', async () => {
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  } finally {
    writeFileSync(join(ROOT, 'test-results', `ui-timings-${theme}.json`), JSON.stringify(timings, null, 2));
    console.log(`  timings: ${JSON.stringify(timings)}`);
    await close();
  }
  return { passed, failed };
}

/** Opens the GenAI Study container unless it is showing (a click on its icon would hide it). */
async function showContainer(page) {
  if (await page.locator('.sidebar .composite.title', { hasText: 'GenAI Study' }).isVisible()) return;
  await page.locator('.activitybar [aria-label^="GenAI Study"]').first().click({ timeout: 30000 });
  await page.locator('.sidebar .composite.title', { hasText: 'GenAI Study' }).waitFor({ timeout: 10000 });
}

/** Gives some answer to the current question, by keys or clicks, whatever its type. */
async function answerCurrent(frame, how) {
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
    for (let i = 0; i < await selects.count(); i++) await selects.nth(i).selectOption({ index: 1 + i });
    await frame.locator('#submit').click();
  }
}
