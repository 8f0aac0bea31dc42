import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, ROOT, runCli, REFERENCE } from '../helpers/run-cli.js';

const WRAPPER = path.join(ROOT, 'test', 'helpers', 'chromium-wrapper.sh');

/** True while a process with that pid runs (zombies, already dead, count as gone). */
async function isRunning(pid: number): Promise<boolean> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return false;
  }
}

/** The Chromium pids the wrapper recorded. */
async function recordedPids(file: string): Promise<number[]> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean).map(Number);
}

async function setUp() {
  const out = await makeTempDir();
  const pids = path.join(await makeTempDir(), 'pids.txt');
  await writeFile(pids, '');
  return { out, pids };
}

describe('browser faults', () => {
  it('without a browser at the given path: a clear message with the install command, exit 1, nothing written', async () => {
    const out = await makeTempDir();
    const result = await runCli(['--month', '2025-12', '--out', out, '--chrome', '/nonexistent/chromium']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/nonexistent/chromium');
    expect(result.stderr).toContain('apt-get install -y chromium');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(out)).toEqual([]);
  });

  it('Chromium dying: a clear error after one retry, no partial file, no Chromium left', async () => {
    const { out, pids } = await setUp();
    // A short timeout bounds any call that the dead browser leaves unanswered on a loaded machine.
    const result = await runCli(['--month', '2025-12', '--out', out, '--chrome', WRAPPER, '--timeout', '5'], {
      env: { WB_TEST_FAULT: 'die', WB_TEST_AFTER: '0.3', WB_TEST_PIDS: pids },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('restarting Chromium and trying once more');
    expect(result.stderr).toContain('(also after restarting Chromium once)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(out)).toEqual([]);
    const recorded = await recordedPids(pids);
    expect(recorded).toHaveLength(2);
    for (const pid of recorded) expect(await isRunning(pid)).toBe(false);
  });

  it('Chromium hanging: the timeout ends it, one restart, then a clean result either way, no Chromium left', async () => {
    const { out, pids } = await setUp();
    const result = await runCli(['--month', '2025-12', '--out', out, '--chrome', WRAPPER, '--timeout', '2'], {
      env: { WB_TEST_FAULT: 'hang', WB_TEST_AFTER: '0.3', WB_TEST_PIDS: pids },
    });
    expect(result.stderr).toContain('timed out');
    expect(result.stderr).toContain('restarting Chromium and trying once more');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // The restarted browser freezes too, but the machine decides whether before or after the
    // print is done: either the build fails cleanly or it finishes with complete files.
    const files = (await readdir(out, { recursive: true })).filter((name) => /\.(pdf|html|tmp)$/.test(name)).sort();
    if (result.code === 1) {
      expect(result.stderr).toContain('(also after restarting Chromium once)');
      expect(files).toEqual([]);
    } else {
      expect(result.code).toBe(0);
      expect(files).toEqual(['2025-12/unhcr-regional-update-2025-12.html', '2025-12/unhcr-regional-update-2025-12.pdf']);
    }
    const recorded = await recordedPids(pids);
    expect(recorded).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const pid of recorded) expect(await isRunning(pid)).toBe(false);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s during a build closes the browser and leaves no file', async (signal, code) => {
    const { out, pids } = await setUp();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wb-report.js'), '--month', '2025-12', '--out', out, '--chrome', WRAPPER], {
      cwd: REFERENCE,
      env: { ...process.env, WB_TEST_PIDS: pids },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Wait until Chromium is up, then interrupt while the report is being prepared or printed.
    for (let waited = 0; (await recordedPids(pids)).length === 0 && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 700));
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill(signal);
    expect(await exit).toBe(code);
    expect(stderr).toContain(`stopped by ${signal}`);
    expect(await readdir(out, { recursive: true })).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]));
    expect((await readdir(out, { recursive: true })).filter((name) => name.endsWith('.pdf'))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const pid of await recordedPids(pids)) expect(await isRunning(pid)).toBe(false);
  });

  it('Ctrl-C during a range keeps the months already built, whole, and leaves no browser or temporary file', async () => {
    const { out, pids } = await setUp();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wb-report.js'), '--all', '--out', out, '--chrome', WRAPPER], {
      cwd: REFERENCE,
      env: { ...process.env, WB_TEST_PIDS: pids },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Interrupt once the first month has been written, while later ones are being built.
    for (let waited = 0; !/^\d{4}-\d{2}: built/m.test(stdout) && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(stderr).toContain('stopped by SIGINT; the months finished before it are written');
    const files = await readdir(out, { recursive: true });
    expect(files).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]));
    const pdfs = files.filter((name) => name.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    expect(pdfs.length).toBeLessThan(37);
    // Every PDF there is whole: it ends with the end-of-file marker.
    for (const pdf of pdfs) expect((await readFile(path.join(out, pdf))).subarray(-8).toString('latin1')).toContain('%%EOF');
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const pid of await recordedPids(pids)) expect(await isRunning(pid)).toBe(false);
  });

  it('Chromium dying under several jobs: each print retries once on a new browser, months fail cleanly, and none is left', async () => {
    const { out, pids } = await setUp();
    const result = await runCli(['--from', '2024-10', '--to', '2024-12', '--jobs', '3', '--out', out, '--chrome', WRAPPER, '--timeout', '5'], {
      env: { WB_TEST_FAULT: 'die', WB_TEST_AFTER: '0.6', WB_TEST_PIDS: pids },
    });
    expect(result.stderr).toContain('restarting Chromium and trying once more');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const summary = /built (\d+), skipped 0 \(no data\), failed (\d+)/.exec(result.stdout);
    expect(summary).not.toBeNull();
    const [built, failed] = [Number(summary![1]), Number(summary![2])];
    expect(built + failed).toBe(6);
    // Each browser lives 0.6 s: whether a print beats it is the machine's call, but a month is
    // either written whole or not at all, and the exit code says whether any failed.
    expect(result.code).toBe(failed > 0 ? 1 : 0);
    const files = (await readdir(out, { recursive: true })).filter((name) => /\.(pdf|html|tmp)$/.test(name));
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((name) => name.endsWith('.pdf'))).toHaveLength(built);
    const recorded = await recordedPids(pids);
    if (failed > 0) expect(recorded.length).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const pid of recorded) expect(await isRunning(pid)).toBe(false);
  });
});
