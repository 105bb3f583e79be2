// Renders media/icon.svg to the 128×128 media/icon.png the marketplace shows, with a transparent
// background, in the Chromium the UI tests use:  npm run icon
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { ROOT, launchBrowser } from '../test/vscode/tools.mjs';

const SIZE = 128;
const svg = readFileSync(join(ROOT, 'media', 'icon.svg'), 'utf8');
const { page, close } = await launchBrowser({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
try {
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').evaluate((el, size) => { el.setAttribute('width', size); el.setAttribute('height', size); el.style.display = 'block'; }, SIZE);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  const out = recompress(png);
  writeFileSync(join(ROOT, 'media', 'icon.png'), out);
  console.log(`wrote media/icon.png (${out.length} bytes)`);
} finally {
  await close();
}

/** The same PNG with its image data in one IDAT chunk at the highest zlib level, other chunks dropped. */
function recompress(png) {
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(chunks.filter(c => c.type === 'IDAT').map(c => c.data)));
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = chunks.find(c => c.type === 'IHDR').data;
  return Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(pixels, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
