#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run setup` or `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cliPath)) {
  console.error('wb-report is not built yet. Run `npm run setup` (or `npm run build`) in the project folder first.');
  process.exit(1);
}
await import(cliPath);
