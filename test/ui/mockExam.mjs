// The UI test's mock-exam step: a timed 10-question exam from the palette, through the navigator, a
// flag, a case study and the review screen, to the score report. Returns the score and the time to the
// first question.
import assert from 'node:assert/strict';
import { answerExam, command, frameWith } from './helpers.mjs';

export async function takeMockExam(page, shot) {
  const t = Date.now();
  await command(page, 'GenAI Study: Start Mock Exam');
  await page.locator('.quick-input-widget', { hasText: 'How many questions' }).waitFor();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Timed' }).first().waitFor();
  await page.keyboard.press('Enter');
  const frame = await frameWith(page, '#timer');
  const firstQuestionMs = Date.now() - t;
  assert.match(await frame.locator('#timer').innerText(), /^\d+:\d\d left$/);
  assert.equal(await frame.locator('.navigator .nav-q').count(), 10, 'a navigator button per question');
  let caseShown = false;
  for (let n = 1; n <= 10; n++) {
    await frame.locator('.exam-bar .progress', { hasText: `Question ${n} of 10` }).waitFor({ timeout: 10000 });
    assert.equal(await frame.locator(`#nav-${n - 1}`).getAttribute('aria-current'), 'step');
    if (n === 1) await shot('7-mock-exam-question');
    if (n !== 4) await answerExam(frame, n % 2 ? 'keyboard' : 'mouse');
    if (n === 2) {
      await frame.locator('#flag').press('f'); // a key on a button: in a select, letters pick options
      await frame.locator('#flag[aria-pressed="true"]').waitFor({ timeout: 10000 });
      assert.match(await frame.locator('#nav-1').getAttribute('aria-label'), /flagged/);
    }
    if (!caseShown && (await frame.locator('.scenario').count())) {
      caseShown = true;
      assert.match(await frame.locator('#scenario-title').innerText(), /^Case study: /);
      await shot('7a-mock-exam-case-study');
    }
    await frame.locator('#next').press('n');
  }
  assert.ok(caseShown, 'a case study is shown with its scenario');
  await frame.locator('#review-title').waitFor({ timeout: 10000 });
  assert.match(await frame.locator('section[aria-labelledby="unanswered"]').innerText(), /Question 4/);
  assert.match(await frame.locator('section[aria-labelledby="flagged"]').innerText(), /Question 2/);
  await shot('7b-mock-exam-review');
  await frame.locator('#review-unanswered-3').click(); // back to question 4, answer it, and review again
  await frame.locator('.exam-bar .progress', { hasText: 'Question 4 of 10' }).waitFor({ timeout: 10000 });
  await answerExam(frame, 'mouse');
  await frame.locator('#nav-3.answered').waitFor({ timeout: 10000 });
  await frame.locator('#next').press('r');
  await frame.locator('#review-title').waitFor({ timeout: 10000 });
  assert.match(
    await frame.locator('section[aria-labelledby="unanswered"]').innerText(),
    /Every question has an answer/,
  );
  await frame.locator('#submit-exam').click();
  await frame.locator('#confirm-submit').click();
  await frame.locator('#score').waitFor({ timeout: 10000 });
  const score = await frame.locator('#score').innerText();
  assert.match(score, /^Mock exam score: \d+ \/ 10 \(\d+%\)$/);
  assert.equal(await frame.locator('table.scores').count(), 3, 'per topic, per exam domain and per skill');
  assert.match(await frame.locator('table.scores').nth(1).innerText(), /Exam weight[\s\S]*Domain [1-5][\s\S]*\d+%/);
  if (!score.startsWith('Mock exam score: 10')) {
    await frame.locator('.wrong-item summary').first().click();
    assert.match(await frame.locator('.wrong-item').first().innerText(), /Correct answer:/);
  }
  await shot('8-mock-exam-score');
  return { score, firstQuestionMs };
}
