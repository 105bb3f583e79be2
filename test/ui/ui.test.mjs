// UI tests: the packaged extension in a real VS Code (code-server), driven in Chromium like a
// person would: click the activity bar, expand the tree, type in the palette, hover a word,
// answer the quiz by keyboard and by mouse. Screenshots go to test-results/screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchBrowser } from '../vscode/tools.mjs';
import {
  answerCurrent,
  command,
  frameWith,
  hoverWord,
  quickOpen,
  reloadWindow,
  row,
  showContainer,
} from './helpers.mjs';
import { takeMockExam } from './mockExam.mjs';
import { firstHovers, hoversAfterReload } from './newUser.mjs';
import { openMarkdownPreview, openReadiness } from './opening.mjs';
import { watchWebviews, webviewPhases } from './phases.mjs';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

export async function runUi({ url, folder, theme }) {
  mkdirSync(SHOTS, { recursive: true });
  // A failure's screenshot from an earlier run would stand beside this run's as if it were new.
  for (const f of readdirSync(SHOTS)) if (f.startsWith(`${theme}-FAILED-`)) rmSync(join(SHOTS, f));
  const { page, close } = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('console', m => {
    if (m.type() === 'error' && /Content Security Policy|genai|webview/i.test(m.text())) problems.push(m.text());
  });
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
      await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 120_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
      await page.locator('.activitybar').waitFor();
    });
    await step(
      'a new user: a Python file from Quick Open, hover RLHF and temperature= before any view or command of ours',
      () => firstHovers(page, shot),
    );
    await step('after "Developer: Reload Window" the same hovers work at once', () => hoversAfterReload(page, shot));
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
      await page
        .locator('.quick-input-list .monaco-list-row')
        .first()
        .filter({ hasText: 'Diffusion model' })
        .waitFor({ timeout: 10000 });
      await shot('2-look-up');
      await watchWebviews(page);
      const t = Date.now();
      await page.keyboard.press('Enter');
      const frame = await frameWith(page, 'h1:text("Diffusion model")');
      timings.conceptViewFirstPaintMs = Date.now() - t;
      timings.conceptViewPhases = await webviewPhases(page, frame, 'concept');
      assert.ok(await frame.locator('.summary').innerText());
      await shot('3-concept-view');
      await frame.locator('.related a').first().click();
      await frameWith(page, 'h1:not(:text("Diffusion model"))', 10000);
    });
    await step(
      'a question in the look-up shows the "In notes" section with the matching sentence; Enter opens it',
      async () => {
        await page.keyboard.press('Escape');
        await command(page, 'View: Close All Editors');
        await command(page, 'GenAI Study: Look Up Concept');
        await page.locator('.quick-input-widget input').fill('how do I stop the model making things up');
        const answer = page
          .locator('.quick-input-list .monaco-list-row', { hasText: 'Hallucination' })
          .filter({ hasText: 'things up' })
          .first();
        await answer.waitFor({ timeout: 10000 });
        assert.ok(
          (await page.locator('.quick-input-list .quick-input-list-separator', { hasText: 'In notes' }).count()) > 0,
          'the "In notes" section',
        );
        await shot('2b-look-up-question');
        for (
          let i = 0;
          i < 10 &&
          !(await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Hallucination' }).count());
          i++
        ) {
          await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await frameWith(page, 'h1:text("Hallucination")', 15000);
      },
    );
    await step('hover RLHF in a Python file shows its definition', async () => {
      await page.keyboard.press('Escape');
      await command(page, 'View: Close All Editors');
      await quickOpen(page, 'sample.py');
      await hoverWord(page, 'RLHF', 'Reinforcement learning from human feedback');
      assert.match(await page.locator('.monaco-hover:not(.hidden)').first().innerText(), /human/i);
      await shot('4-hover');
    });
    await step('"In This File" lists the concepts of the open file and jumps to one', async () => {
      await page.keyboard.press('Escape');
      await showContainer(page);
      const header = page.locator('.pane-header', { hasText: 'In This File' }).first();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const rlhf = page
        .locator('.monaco-list-row', { hasText: 'Reinforcement learning from human feedback' })
        .filter({ hasText: 'mention' })
        .first();
      await rlhf.waitFor({ timeout: 15000 });
      // A second concept of the file (the list is virtualised: rows far below the fold are not in the page)
      assert.ok(
        (await page.locator('.monaco-list-row', { hasText: 'Retrieval-augmented generation' }).count()) > 0,
        'RAG is listed',
      );
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
    await step(
      'a timed 10-question mock exam: navigator, a flag, a case study, the review screen, submission, the score report',
      async () => {
        const exam = await takeMockExam(page, shot);
        timings.mockExamFirstQuestionMs = exam.firstQuestionMs;
        score = exam.score;
      },
    );
    await step("after a window reload the exam's score is still there", async () => {
      await reloadWindow(page);
      const frame = await frameWith(page, '#score', 60000);
      assert.equal(await frame.locator('#score').innerText(), score);
    });
    await step('the Readiness view from the palette: estimates with bands, the heat map, an exam date', async () => {
      const { frame, ms, seenMs, phases } = await openReadiness(page);
      Object.assign(timings, { readinessOpenMs: ms, readinessSeenByTestMs: seenMs, readinessPhases: phases });
      assert.equal(await frame.locator('#domains tbody tr').count(), 6, 'five domains and the weighted total');
      const text = selector => frame.locator(selector).innerText();
      const verdict = /^(Likely above|Near|Likely below) the pass mark \(pass mark 70%\)\.$/;
      assert.match(await text('#overall-verdict'), verdict);
      assert.match(await text('#overall-figure'), /^\d+% of exam questions likely right today \(band \d+%–\d+%\)\.$/);
      const cells = frame.locator('svg.heat-map rect.day');
      assert.ok((await cells.count()) >= 26 * 7 - 6, 'a cell per day of the last 26 weeks');
      const busy = await frame.locator('svg.heat-map rect.day:not(.l0)').count();
      assert.ok(busy >= 1, "today's answers are on the calendar");
      assert.match(
        await text('#streak'),
        /^Streak: [1-9]\d* days?\. [1-9]\d* answers? on [1-9]\d* days? in the last 26 weeks\.$/,
      );
      await frame.locator('details.as-table summary').press('Enter');
      assert.ok((await frame.locator('details.as-table table tbody tr').count()) >= 1, 'the calendar as a table');
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
      assert.ok((await frame.locator('#weakest tbody tr').count()) >= 1);
      await frame.locator('#study-these').focus();
      await frame.locator('#study-these').press('Enter');
      await frameWith(page, '.progress:text("Question 1 of")', 20000);
    });
    await step('closed and opened again, and after a window reload, the Readiness view shows its figures', async () => {
      await page.locator('.sidebar .composite.title').first().click(); // out of the quiz webview's focus
      await command(page, 'View: Close All Editors');
      const again = await openReadiness(page);
      Object.assign(timings, { readinessReopenMs: again.ms, readinessReopenPhases: again.phases });
      await reloadWindow(page);
      const restored = await frameWith(page, '#domains tbody tr', 60000);
      assert.equal(await restored.locator('#domains tbody tr').count(), 6);
    });
    await step("for comparison, VS Code's own webview: the Markdown preview from the palette", async () => {
      const preview = await openMarkdownPreview(page); // VS Code's own webview, for comparison
      Object.assign(timings, { markdownPreviewSeenByTestMs: preview.ms, markdownPreviewPhases: preview.phases });
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
