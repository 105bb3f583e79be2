// The UI test's first steps, as a new user meets the extension: a fresh profile, a Python file from
// Quick Open and hovers on its terms before any view or command of ours, then again after a reload.
import assert from 'node:assert/strict';
import { hoverWord, quickOpen, reloadWindow } from './helpers.mjs';

export async function firstHovers(page, shot) {
  assert.equal(
    await page.locator('.sidebar .composite.title', { hasText: 'GenAI Study' }).isVisible(),
    false,
    'our view is not open',
  );
  await quickOpen(page, 'sample.py');
  await hoverWord(page, 'RLHF', 'Reinforcement learning from human feedback');
  await shot('0a-first-hover-rlhf');
  await hoverWord(page, 'temperature', 'Temperature');
  await shot('0b-first-hover-temperature');
}

export async function hoversAfterReload(page, shot) {
  await page.keyboard.press('Escape');
  await reloadWindow(page);
  const restored = page.locator('.monaco-editor .view-line', { hasText: 'RLHF' }).first();
  if (
    !(await restored.waitFor({ timeout: 30000 }).then(
      () => true,
      () => false,
    ))
  )
    await quickOpen(page, 'sample.py');
  await hoverWord(page, 'RLHF', 'Reinforcement learning from human feedback');
  await shot('0c-reload-hover-rlhf');
  await hoverWord(page, 'temperature', 'Temperature');
  await shot('0d-reload-hover-temperature');
  await page.keyboard.press('Escape');
}
