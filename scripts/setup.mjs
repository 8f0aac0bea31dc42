#!/usr/bin/env node
// `npm run setup`: everything a fresh Debian machine needs to build the reports, idempotent.
//   1. npm packages, clean-installed from package-lock.json (skipped when already in place)
//   2. the TypeScript build (dist/) and the bundled CLI (dist/bundle/)
//   3. Debian's chromium-headless-shell to print with, chromium as the fallback, and
//      poppler-utils (pdftotext) for the tests: installed with apt-get when missing and running
//      as root; otherwise the exact command is printed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stampFile = path.join(root, 'node_modules', '.wb-report-lock-hash');
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && isExecutable(path.join(dir, command)));
}

function installNpmPackages() {
  const lockHash = createHash('sha256')
    .update(readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === lockHash) {
    console.log('setup: npm packages are up to date.');
    return;
  }
  console.log('setup: installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stampFile, lockHash);
}

function build() {
  console.log('setup: building (tsc, then the esbuild bundle)…');
  run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')]);
  run(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')]);
}

/**
 * Debian's packages the reports need: the headless shell prints (Chromium's old headless mode,
 * the fastest to start and print), full Chromium is the fallback and the second browser the
 * tests compare it with, poppler-utils gives the tests pdftotext. As root they are installed
 * with apt-get when missing; otherwise the command is printed, and setup fails only when no
 * browser or no pdftotext is there at all.
 */
function ensureSystemPackages() {
  const named = [process.env.CHROME_PATH, process.env.PUPPETEER_EXECUTABLE_PATH].find((file) => file && isExecutable(file));
  const missing = [];
  if (!isExecutable(HEADLESS_SHELL)) missing.push('chromium-headless-shell');
  if (!CHROMIUM_PATHS.some(isExecutable)) missing.push('chromium');
  if (!onPath('pdftotext')) missing.push('poppler-utils');
  if (missing.length === 0) {
    console.log(`setup: the headless shell (${HEADLESS_SHELL}), Chromium and pdftotext are present.`);
    return;
  }
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    const browser = named ?? [HEADLESS_SHELL, ...CHROMIUM_PATHS].find(isExecutable);
    const fatal = !browser || missing.includes('poppler-utils');
    console.error(
      `setup: missing ${missing.join(' and ')}. Install ${missing.length > 1 ? 'them' : 'it'} with:\n  sudo ${command}\n(or point CHROME_PATH at an installed Chrome or Chromium).`,
    );
    if (fatal) process.exit(1);
    console.error(`setup: printing with ${browser} meanwhile.`);
    return;
  }
  console.log(`setup: installing ${missing.join(' ')} with apt-get…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

installNpmPackages();
build();
ensureSystemPackages();
console.log('setup: done. Try: npx wb-report --month 2025-12');
