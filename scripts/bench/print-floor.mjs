#!/usr/bin/env node
// The floor for `npm run bench`: the least any tool could do to turn the same HTML files into
// PDFs with this Chromium. It launches Chromium through puppeteer-core, prints each file given
// on the command line with the same PDF options wb-report uses, and writes nothing else.
//   node scripts/bench/print-floor.mjs CHROMIUM OUT_DIR FILE.html [FILE.html ...]
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [executablePath, outDir, ...htmlFiles] = process.argv.slice(2);
const isRoot = process.getuid?.() === 0;
// Debian's headless shell runs in puppeteer's 'shell' mode, a full Chromium in the new headless mode, as wb-report does.
const headless = /headless[-_]shell/i.test(path.basename(executablePath)) ? 'shell' : true;
const browser = await puppeteer.launch({ executablePath, headless, pipe: true, args: isRoot ? ['--no-sandbox'] : [] });
try {
  for (const file of htmlFiles) {
    const page = await browser.newPage();
    await page.setContent(await readFile(file, 'utf8'), { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    await writeFile(path.join(outDir, `${path.basename(file, '.html')}.pdf`), pdf);
    await page.close();
  }
} finally {
  await browser.close();
}
