import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BrowserError } from '../core/errors.js';

/**
 * Where Chromium or Chrome usually lives on Debian, Ubuntu and macOS. Debian's headless shell
 * comes first: Chromium's old headless mode, made for printing, starts and prints in about two
 * thirds of the full browser's time, with the same tags, outline and fonts in the PDF (design.md
 * section 6; test/e2e/headless-shell.test.ts compares the two).
 */
const USUAL_PATHS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The command that installs the browser on the Debian machines this tool is made for. */
export const CHROMIUM_INSTALL_HINT = 'apt-get update && apt-get install -y chromium-headless-shell';

/** Whether a browser is a headless shell, which puppeteer drives in its 'shell' mode. */
export function isHeadlessShell(executablePath: string): boolean {
  return /headless[-_]shell/i.test(path.basename(executablePath));
}

/**
 * Finds the browser to print with: --chrome first, then CHROME_PATH or
 * PUPPETEER_EXECUTABLE_PATH, then the usual install paths. Fails with the install command.
 */
export function findChrome(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const candidates: Array<[string, string]> = [];
  if (explicit) candidates.push([explicit, '--chrome']);
  for (const name of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const value = env[name];
    if (value) candidates.push([value, name]);
  }
  // A path the user named must work; silently falling back would print with another browser.
  for (const [named, source] of candidates) {
    // A bare name (--chrome chromium) is looked up on PATH, as a shell would.
    const candidate = onPath(named, env.PATH) ?? named;
    const unusable = whyNotAProgram(candidate);
    if (!unusable) return candidate;
    throw new BrowserError(
      `The browser given by ${source} (${candidate}) ${unusable}.\n  Try a path to a Chromium or Chrome executable, or leave ${source} unset to use the installed Chromium (install it with: ${CHROMIUM_INSTALL_HINT}).`,
    );
  }
  const found = USUAL_PATHS.find(isExecutable);
  if (found) return found;
  throw new BrowserError(
    `No Chromium or Chrome was found; wb-report needs one to print PDFs.\n  Try: ${CHROMIUM_INSTALL_HINT} (as root), or pass --chrome /path/to/chrome.\n  To check the data or write HTML drafts without a browser, use \`wb-report validate\` or --html.`,
  );
}

/** A bare program name's place on PATH, or undefined (for a path, or a name not found there). */
function onPath(name: string, searchPath = ''): string | undefined {
  if (name.includes('/') || name.includes(path.sep)) return undefined;
  return searchPath
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find((file) => isExecutable(file) && !statSync(file).isDirectory());
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a path cannot be started as the browser, or undefined when it can: spawning a folder, a
 * FIFO or a script whose interpreter is missing fails later, inside the browser driver, as an
 * unhandled error event; said here, it is a message with the path.
 */
function whyNotAProgram(file: string): string | undefined {
  let info;
  try {
    info = statSync(file);
  } catch {
    return 'does not exist';
  }
  if (info.isDirectory()) return 'is a folder, not a program';
  if (!info.isFile()) return 'is not a regular file (a pipe, a device or a socket), not a program';
  if (!isExecutable(file)) return 'is not executable (chmod +x would make it so)';
  const interpreter = scriptInterpreter(file);
  if (interpreter && !isExecutable(interpreter)) return `is a script whose interpreter (${interpreter}) does not exist or cannot be run`;
  return undefined;
}

/** The interpreter a "#!" script names, when the file is one. */
function scriptInterpreter(file: string): string | undefined {
  try {
    const head = readFileSync(file, { encoding: 'latin1' }).slice(0, 256);
    const match = /^#!\s*(\S+)/.exec(head);
    return match?.[1];
  } catch {
    return undefined;
  }
}
