import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, ROOT, runCli, REFERENCE } from '../helpers/run-cli.js';

const NON_EXEC_WRAPPER = path.join(ROOT, 'test', 'helpers', 'non-exec-wrapper.sh');
const isRoot = process.getuid?.() === 0;

/** True while a process with that pid runs (zombies count as gone). */
async function isRunning(pid: number): Promise<boolean> {
  try {
    return !/^State:\s+Z/m.test(await readFile(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Waits up to `ms` for `check` to hold. */
async function eventually(check: () => Promise<boolean>, ms = 3000): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

const noStackTrace = /\n\s+at |This is a bug/;

describe('an output folder that cannot take the files: a message with the path and a Try line, exit 2, before any print', () => {
  it('--out that is a file, or a device', async () => {
    const file = path.join(await makeTempDir(), 'a-file');
    await writeFile(file, 'x');
    for (const out of [file, path.join(file, 'below'), '/dev/full']) {
      const result = await runCli(['--month', '2025-12', '--out', out]);
      expect(result.code, out).toBe(2);
      expect(result.stderr).toMatch(/^Cannot write .*: (a file is in the way of a folder|a part of the path is a file, not a folder) \(E[A-Z]+\)\.\n {2}Try: /);
      expect(result.stderr).not.toMatch(noStackTrace);
    }
  });
});

// Root can mount a small tmpfs, as CI does here; elsewhere these two cannot be set up and say so.
describe.skipIf(!isRoot)('a read-only or full disk (tmpfs mounted for the test; needs root)', () => {
  let mounts: string;
  beforeAll(async () => {
    mounts = await makeTempDir();
    await mkdir(path.join(mounts, 'ro'));
    await mkdir(path.join(mounts, 'full'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', path.join(mounts, 'ro')]);
    // Room for the write check and a small old PDF, not for a report.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', path.join(mounts, 'full')]);
  });
  afterAll(() => {
    for (const each of ['ro', 'full']) execFileSync('umount', [path.join(mounts, each)]);
  });

  it('read-only: exit 2 at once, EROFS named (not ENOENT), nothing printed first', async () => {
    const started = Date.now();
    const result = await runCli(['--month', '2025-12', '--out', path.join(mounts, 'ro', 'output')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Cannot write ${path.join(mounts, 'ro', 'output')}: the file system is read-only (EROFS).\n  Try: Write to a folder on a writable disk with --out DIR.\n`,
    );
    // No browser was started: the check comes before Chromium and the print.
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('full: exit 1 with ENOSPC and the file, no temporary file, and the old PDF unchanged', async () => {
    const month = path.join(mounts, 'full', 'output', '2025-12');
    await mkdir(month, { recursive: true });
    const oldPdf = path.join(month, 'unhcr-regional-update-2025-12.pdf');
    await writeFile(oldPdf, '%PDF-1.7 the last good one');
    const result = await runCli(['--month', '2025-12', '--out', path.join(mounts, 'full', 'output')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot write .*unhcr-regional-update-2025-12\.(html|pdf): the disk is full \(ENOSPC\)\.\n {2}Try: Free some space/);
    expect(result.stderr).not.toMatch(noStackTrace);
    expect(await readFile(oldPdf, 'utf8')).toBe('%PDF-1.7 the last good one');
    expect((await readdir(month)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('browser hygiene', () => {
  it('a --chrome wrapper that does not exec: after the build none of its processes is left', async () => {
    const pids = path.join(await makeTempDir(), 'pids.txt');
    await writeFile(pids, '');
    const result = await runCli(['--month', '2025-12', '--out', await makeTempDir(), '--chrome', NON_EXEC_WRAPPER], { env: { WB_TEST_PIDS: pids } });
    expect(result.code).toBe(0);
    const recorded = (await readFile(pids, 'utf8')).split('\n').filter(Boolean).map(Number);
    expect(recorded).toHaveLength(2);
    for (const pid of recorded) expect(await eventually(async () => !(await isRunning(pid))), `pid ${pid}`).toBe(true);
  });

  it('a wrapper that never starts Chromium: the launch times out, and the wrapper and all its children are ended', async () => {
    const pids = path.join(await makeTempDir(), 'pids.txt');
    await writeFile(pids, '');
    const result = await runCli(['--month', '2025-12', '--out', await makeTempDir(), '--chrome', NON_EXEC_WRAPPER, '--timeout', '1'], {
      env: { WB_TEST_PIDS: pids, WB_TEST_FAULT: 'hang-at-start' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('did not start');
    expect(result.stderr).not.toMatch(noStackTrace);
    const recorded = (await readFile(pids, 'utf8')).split('\n').filter(Boolean).map(Number);
    expect(recorded.length).toBeGreaterThanOrEqual(3);
    for (const pid of recorded) expect(await eventually(async () => !(await isRunning(pid))), `pid ${pid}`).toBe(true);
  });

  it("a TMPDIR too long for Chromium's socket still builds, and leaves nothing in it", async () => {
    const longTmp = path.join(await makeTempDir(), 'a'.repeat(90 - 0));
    await mkdir(longTmp, { recursive: true });
    const result = await runCli(['--month', '2025-12', '--out', await makeTempDir()], { env: { TMPDIR: longTmp } });
    expect(result.code).toBe(0);
    expect(await readdir(longTmp)).toEqual([]);
  });

  it('removes run folders that killed runs left (ours, unused), keeps those of live runs, and leaves none of its own', async () => {
    const tmp = await makeTempDir();
    const stale = path.join(tmp, 'wb-report-chromium-999999999-abcdef');
    const alive = path.join(tmp, `wb-report-chromium-${process.pid}-abcdef`);
    const notOurs = path.join(tmp, 'some-other-tool-999999999');
    for (const folder of [stale, alive, notOurs]) await mkdir(path.join(folder, 'profile'), { recursive: true });
    const result = await runCli(['--month', '2025-12', '--out', await makeTempDir()], { env: { TMPDIR: tmp } });
    expect(result.code).toBe(0);
    expect((await readdir(tmp)).sort()).toEqual([path.basename(alive), path.basename(notOurs)].sort());
    await rm(alive, { recursive: true });
  });

  it('after SIGKILL, the next run removes the folder the killed one left', async () => {
    const tmp = await makeTempDir();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wb-report.js'), '--month', '2025-12', '--out', await makeTempDir()], {
      cwd: REFERENCE,
      env: { ...process.env, TMPDIR: tmp },
    });
    expect(await eventually(async () => (await readdir(tmp)).some((name) => name.startsWith('wb-report-chromium-')), 10_000)).toBe(true);
    const exit = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exit;
    expect((await readdir(tmp)).some((name) => name.startsWith('wb-report-chromium-'))).toBe(true);
    // Chromium ends when the pipe to the killed run closes; then the folder is nobody's.
    await eventually(async () => false, 1500);
    const again = await runCli(['--month', '2025-12', '--out', await makeTempDir()], { env: { TMPDIR: tmp } });
    expect(again.code).toBe(0);
    expect(await readdir(tmp)).toEqual([]);
  });

  it("after SIGKILL, the next run also ends what the killed run's --chrome wrapper had started", async () => {
    const tmp = await makeTempDir();
    const pids = path.join(await makeTempDir(), 'pids.txt');
    await writeFile(pids, '');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wb-report.js'), '--month', '2025-12', '--out', await makeTempDir(), '--chrome', NON_EXEC_WRAPPER], {
      cwd: REFERENCE,
      env: { ...process.env, TMPDIR: tmp, WB_TEST_PIDS: pids },
    });
    expect(await eventually(async () => (await readFile(pids, 'utf8')).split('\n').filter(Boolean).length >= 2, 10_000)).toBe(true);
    const exit = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exit;
    const recorded = (await readFile(pids, 'utf8')).split('\n').filter(Boolean).map(Number);
    // The wrapper's own children outlive the killed run (one left its process group)...
    expect(await isRunning(recorded[0]!)).toBe(true);
    const again = await runCli(['--month', '2025-12', '--out', await makeTempDir()], { env: { TMPDIR: tmp } });
    expect(again.code).toBe(0);
    // ...until the next run finds them by the run folder in their environment, and ends them.
    for (const pid of recorded) expect(await eventually(async () => !(await isRunning(pid))), `pid ${pid}`).toBe(true);
    expect(await readdir(tmp)).toEqual([]);
  });
});
