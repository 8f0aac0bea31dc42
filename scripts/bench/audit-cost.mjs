#!/usr/bin/env node
// Part of `npm run bench`: what the print audit costs per report, measured in process on the
// HTML files given (those of one month): the layout check in Chromium before printing, and the
// reading of the printed PDF's text with the checks after it. Prints JSON medians in ms.
//   node scripts/bench/audit-cost.mjs CHROME ROUNDS FILE.html…
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import * as pdfLib from 'pdf-lib';
import { checkPrintLayout } from '../../dist/pdf/check-print-layout.js';
import { auditPrint } from '../../dist/pdf/audit-print.js';
import { readPageTexts } from '../../dist/pdf/read-page-text.js';

const [chrome, rounds, ...files] = process.argv.slice(2);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const layout = [];
const reading = [];
try {
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    let pageSize;
    let pdf;
    // A fresh page each round: the check lays the page out again at the print width, once.
    for (let round = 0; round < Number(rounds); round++) {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setContent(html, { waitUntil: 'load' });
      const started = performance.now();
      pageSize = (await checkPrintLayout(page)).pageSize;
      layout.push(performance.now() - started);
      pdf ??= await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      await page.close();
    }
    const document = await pdfLib.PDFDocument.load(pdf);
    for (let round = 0; round < Number(rounds); round++) {
      const started = performance.now();
      const problems = auditPrint({ html, pages: readPageTexts(document, pdfLib), pageSizes: document.getPages().map((each) => each.getSize()), expectedPageSize: pageSize });
      reading.push(performance.now() - started);
      if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ layoutMs: median(layout), readingMs: median(reading) }));
