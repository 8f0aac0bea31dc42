#!/usr/bin/env node
// Thin launcher: the bundled CLI lives in dist/bundle/ (built by `npm run setup` or `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliPath = fileURLToPath(new URL('../dist/bundle/cli.js', import.meta.url));
if (!existsSync(cliPath)) {
  console.error('wb-report is not built yet. Run `npm run setup` (or `npm run build`) in the project folder first.');
  process.exit(1);
}
await import(cliPath);
