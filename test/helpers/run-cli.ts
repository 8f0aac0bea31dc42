import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, where bin/ and data/ live. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The folder the CLI runs in during tests: it holds the reference months in data/ (a copy of the
 * sample data as the editions publish it), so a correction users make to data/ never breaks a
 * test. Reports a test does not send elsewhere go to its output/, which git ignores.
 */
export const REFERENCE = path.join(ROOT, 'test', 'fixtures', 'reference');
/** The reference months the tests read. */
export const SAMPLE_DATA = path.join(REFERENCE, 'data');

/** What a CLI run printed and how it ended. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (bin/wb-report.js) as a user would, in `cwd` (the reference folder by default). */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wb-report.js'), ...args], {
      cwd: options.cwd ?? REFERENCE,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    // Resolve on exit, not on the pipes closing: a browser's helper that outlives the CLI for a
    // moment may still hold them. The fault tests check separately that no browser is left.
    child.on('exit', (code) => {
      const done = () => resolve({ code, stdout, stderr });
      child.on('close', done);
      setTimeout(done, 500);
    });
  });
}

/** A fresh temporary folder. */
export function makeTempDir(prefix = 'wb-report-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** A temporary copy of the sample data, safe to edit. */
export async function copySampleData(): Promise<string> {
  const dir = await makeTempDir();
  const data = path.join(dir, 'data');
  await cp(SAMPLE_DATA, data, { recursive: true });
  return data;
}

/** A temporary copy of the shipped templates, safe to edit; returns its folder. */
export async function copyTemplates(): Promise<string> {
  const templates = path.join(await makeTempDir(), 'templates');
  await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
  return templates;
}
