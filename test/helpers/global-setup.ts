import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs once before the suite: the CLI tests run the built dist/, and the PDF tests need a real
 * Chromium and poppler-utils. A missing browser fails the whole suite loudly; it never skips.
 */
export default function setup(): void {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the tests.');
  }
  const candidates = [process.env.CHROME_PATH, process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  if (!candidates.some((file) => file && existsSync(file))) {
    throw new Error("No Chromium found: the PDF tests need the real browser. Run `npm run setup` (as root it installs Debian's chromium) or set CHROME_PATH.");
  }
  for (const tool of ['pdftotext', 'pdfinfo', 'pdffonts']) {
    if (spawnSync(tool, ['-v']).error) throw new Error(`${tool} is missing: install poppler-utils (npm run setup does it as root).`);
  }
}
