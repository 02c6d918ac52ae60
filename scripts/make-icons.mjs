// Renders public/icons/icon.svg into the PNG icons the manifest names (run once; the PNGs are committed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, root } from './lib/setup.mjs';

const svg = readFileSync(join(root, 'public/icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const page = await browser.newPage();
async function render(size, file, maskable = false) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable icons keep their drawing inside the central 80% safe zone on a full-bleed background.
  const inner = maskable ? svg.replace('rx="96"', 'rx="0"').replace('viewBox="0 0 512 512"', 'viewBox="-64 -64 640 640"') : svg;
  const body = maskable ? `<body style="margin:0;background:#1f5f8b">${inner}</body>` : `<body style="margin:0">${inner}</body>`;
  await page.setContent(body.replace('<svg ', `<svg width="${size}" height="${size}" `));
  await page.screenshot({ path: join(root, 'public/icons', file), omitBackground: !maskable });
}
await render(192, 'icon-192.png');
await render(512, 'icon-512.png');
await render(512, 'icon-maskable-512.png', true);
await browser.close();
