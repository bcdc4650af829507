// Renders public/icon/icon.svg to the PNG sizes the manifest needs, with the same Chromium the
// tests use (no image tool is assumed on the machine). Run: node scripts/render-icons.mjs
import { chromium } from 'playwright-core';
import process from 'node:process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../public/icon/', import.meta.url));
const svg = await readFile(dir + 'icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const html = `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body>`;
  await page.setContent(html);
  await page.screenshot({ path: `${dir}${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
