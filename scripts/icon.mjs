// Renders media/icon.svg to the 128×128 media/icon.png the marketplace shows, with a transparent
// background, in the Chromium the UI tests use:  npm run icon
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchBrowser } from '../test/vscode/tools.mjs';
import { recompress } from './png.mjs';

const SIZE = 128;
const svg = readFileSync(join(ROOT, 'media', 'icon.svg'), 'utf8');
const { page, close } = await launchBrowser({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
try {
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').evaluate((el, size) => {
    el.setAttribute('width', size);
    el.setAttribute('height', size);
    el.style.display = 'block';
  }, SIZE);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  const out = recompress(png);
  writeFileSync(join(ROOT, 'media', 'icon.png'), out);
  console.log(`wrote media/icon.png (${out.length} bytes)`);
} finally {
  await close();
}
