#!/usr/bin/env node
// `npm run setup`: everything a fresh Debian machine needs to build the reports, idempotent.
//   1. npm packages, clean-installed from package-lock.json (skipped when already in place)
//   2. the TypeScript build (dist/) and the bundled CLI (dist/bundle/)
//   3. a Chromium to print with and poppler-utils (pdftotext) for the tests: installed with
//      apt-get when missing and running as root; otherwise the exact command is printed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stampFile = path.join(root, 'node_modules', '.wb-report-lock-hash');
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

function ensureSystemPackages() {
  const browser = [process.env.CHROME_PATH, process.env.PUPPETEER_EXECUTABLE_PATH, ...CHROMIUM_PATHS].find((file) => file && isExecutable(file));
  const missing = [];
  if (!browser) missing.push('chromium');
  if (!onPath('pdftotext')) missing.push('poppler-utils');
  if (missing.length === 0) {
    console.log(`setup: Chromium (${browser}) and pdftotext are present.`);
    return;
  }
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(
      `setup: missing ${missing.join(' and ')}. Install ${missing.length > 1 ? 'them' : 'it'} with:\n  sudo ${command}\n(or point CHROME_PATH at an installed Chrome or Chromium).`,
    );
    process.exit(1);
  }
  console.log(`setup: installing ${missing.join(' ')} with apt-get…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

installNpmPackages();
build();
ensureSystemPackages();
console.log('setup: done. Try: npx wb-report --month 2025-12');
