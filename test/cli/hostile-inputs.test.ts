import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleData, makeTempDir, REFERENCE, ROOT, runCli, SAMPLE_DATA } from '../helpers/run-cli.js';

const noStackTrace = /\n\s+at |This is a bug|Unhandled/;

describe('options written anywhere, and values that are no values', () => {
  it('applies options written before the command, and refuses one the command does not take', async () => {
    const data = await copySampleData();
    await rm(path.join(data, '2025-03'), { recursive: true });
    const strict = await runCli(['--strict', 'validate', '--data', data]);
    expect(strict.code).toBe(2);
    const elsewhere = await runCli(['--data', '/nonexistent/data', 'validate']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('The data folder /nonexistent/data does not exist');
    const unknown = await runCli(['--html', 'validate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--html does not apply to `wb-report validate`');
  });

  it('refuses an empty --out, --data, --report or --chrome rather than reading it as the current folder', async () => {
    for (const option of ['--out', '--data', '--report', '--chrome']) {
      const result = await runCli(['--month', '2025-12', '--html', option, '']);
      expect(result.code, option).toBe(2);
      expect(result.stderr).toContain(`${option} is empty`);
    }
  });

  it('says what is wrong with a --chrome that is a folder or a script without its interpreter, before starting anything', async () => {
    const script = path.join(await makeTempDir(), 'chrome.sh');
    await writeFile(script, '#!/nonexistent/shell\n', { mode: 0o755 });
    for (const [chrome, why] of [
      ['/tmp', 'is a folder, not a program'],
      [script, 'is a script whose interpreter (/nonexistent/shell) does not exist'],
    ]) {
      const result = await runCli(['--month', '2025-12', '--out', await makeTempDir(), '--chrome', chrome!]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(why);
      expect(result.stderr).not.toMatch(noStackTrace);
    }
  });
});

describe('data folders that would have been skipped in silence', () => {
  it('reports a month that is a file or a broken link, and a YAML file no report reads', async () => {
    const data = await copySampleData();
    await rm(path.join(data, '2024-06'), { recursive: true });
    await writeFile(path.join(data, '2024-06'), 'not a folder');
    await rm(path.join(data, '2024-07'), { recursive: true });
    await symlink('/nonexistent/2024-07', path.join(data, '2024-07'));
    await cp(path.join(SAMPLE_DATA, '2025-12', 'unhcr-regional-update.yaml'), path.join(data, '2025-12', 'unhcr-regional-updte.yaml'));
    const result = await runCli(['validate', '--data', data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2024-06: error: this month is not a folder (it is a file), so it holds no data');
    expect(result.stderr).toContain('2024-07: error: this month is not a folder (it is a link to nothing), so it holds no data');
    expect(result.stderr).toContain('2025-12/unhcr-regional-updte.yaml: error: this YAML file is not a report wb-report reads');
  });

  it('refuses a --month or a range with no data, for validate as for a build', async () => {
    const month = await runCli(['validate', '--month', '2099-12']);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain('No report has data for 2099-12');
    const range = await runCli(['--from', '2030-01', '--html', '--out', await makeTempDir()]);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain('No report has data from 2030-01');
  });

  it('names a data folder that is a file', async () => {
    const file = path.join(await makeTempDir(), 'data');
    await writeFile(file, 'x');
    const result = await runCli(['validate', '--data', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a file, not a folder');
  });
});

describe('a reader that goes away, and names taken by folders', () => {
  it('builds every month though the pipe reading its output closes early', async () => {
    const out = await makeTempDir();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wb-report.js'), '--all', '--html', '--out', out], { cwd: REFERENCE, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    const written = (await readdir(out, { recursive: true })).filter((name) => name.endsWith('.html'));
    expect(written).toHaveLength(37);
  });

  it('refuses, before printing, a report file name taken by a folder (exit 2)', async () => {
    const out = await makeTempDir();
    await mkdir(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf'), { recursive: true });
    const result = await runCli(['--month', '2025-12', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unhcr-regional-update-2025-12.pdf: a folder is where a file must be written (EISDIR)');
  });

  it('refuses an empty --host for the preview', async () => {
    const result = await runCli(['preview', '--host', '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--host is empty');
  });
});

// Root reads everything; these run as nobody where that is possible (root, runuser, a project
// nobody can read, as in CI here) and skip otherwise.
const asNobody = process.getuid?.() === 0 && existsSync('/usr/sbin/runuser') && nobodyCanRun();

function nobodyCanRun(): boolean {
  try {
    execFileSync('/usr/sbin/runuser', ['-u', 'nobody', '--', process.execPath, path.join(ROOT, 'bin', 'wb-report.js'), '--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
describe.skipIf(!asNobody)('data a user may not read (run as nobody)', () => {
  it('names the month folder it cannot list, once, and the data folder it cannot search', async () => {
    const data = await copySampleData();
    await chmod(path.dirname(data), 0o755);
    await chmod(data, 0o755);
    await chmod(path.join(data, '2025-11'), 0o000);
    const month = await runCliAs('nobody', ['validate', '--data', data]);
    expect(month.code).toBe(2);
    expect(month.stderr.match(/2025-11: error: this month folder cannot be read \(permission denied\)/g)).toHaveLength(1);
    await chmod(path.join(data, '2025-11'), 0o755);
    await chmod(data, 0o644);
    const folder = await runCliAs('nobody', ['validate', '--data', data]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('can be listed but not searched (permission denied)');
    await chmod(data, 0o755);
  });
});

/** Runs the CLI as another user, through runuser. */
function runCliAs(user: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/sbin/runuser', ['-u', user, '--', process.execPath, path.join(ROOT, 'bin', 'wb-report.js'), ...args], {
      cwd: '/',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
