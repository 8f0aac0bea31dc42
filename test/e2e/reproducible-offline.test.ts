import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../helpers/read-pdf.js';
import { makeTempDir, ROOT, runCli } from '../helpers/run-cli.js';

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
const REPORT = path.join('2025-12', 'unhcr-regional-update-2025-12');

describe('reproducible builds', () => {
  it('gives byte-identical PDF and HTML for the same inputs under SOURCE_DATE_EPOCH, with tags kept', async () => {
    const [first, second] = [await makeTempDir(), await makeTempDir()];
    for (const out of [first, second]) {
      const result = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--out', out], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
      expect(result.code, result.stderr).toBe(0);
    }
    expect(await sha256(path.join(second, `${REPORT}.pdf`))).toBe(await sha256(path.join(first, `${REPORT}.pdf`)));
    expect(await sha256(path.join(second, `${REPORT}.html`))).toBe(await sha256(path.join(first, `${REPORT}.html`)));
    const info = pdfInfo(path.join(first, `${REPORT}.pdf`));
    expect(info.CreationDate).toMatch(/Jan +1 00:00:00 2026/);
    expect(info.Tagged).toBe('yes');
    expect(info.Producer).toMatch(/^wb-report \d+\.\d+\.\d+$/);
    expect(info.Creator).toBe(info.Producer);
  });

  it('stamps the build time when SOURCE_DATE_EPOCH is not set', async () => {
    const out = await makeTempDir();
    const before = Date.now();
    const result = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--out', out], { env: { SOURCE_DATE_EPOCH: '' } });
    expect(result.code, result.stderr).toBe(0);
    const stamped = Date.parse(pdfInfo(path.join(out, `${REPORT}.pdf`)).CreationDate!.replace(/ UTC$/, 'Z'));
    expect(Math.abs(stamped - before)).toBeLessThan(5 * 60_000);
  });
});

describe('printing is offline and runs no script', () => {
  it("blocks a template's web reference with a warning naming it, runs none of its scripts, and still builds", async () => {
    let hits = 0;
    const server = createServer((_request, response) => {
      hits += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = `http://127.0.0.1:${(server.address() as { port: number }).port}/logo.png`;
    try {
      const templates = await makeTempDir();
      await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
      const report = path.join(templates, 'unhcr-regional-update', '2025', 'report.hbs');
      await writeFile(report, `<img src="${address}" alt="logo"><script>document.body.insertAdjacentText('beforeend', 'SCRIPT-RAN')</script>\n${await readFile(report, 'utf8')}`);
      const out = await makeTempDir();
      const result = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--out', out, '--templates', templates]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain(`warning: the unhcr-regional-update template refers to ${address}; reports print offline`);
      expect(hits).toBe(0);
      expect(pdfText(path.join(out, `${REPORT}.pdf`))).not.toContain('SCRIPT-RAN');
      const strict = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--out', out, '--templates', templates, '--strict']);
      expect(strict.code).toBe(2);
    } finally {
      server.close();
    }
  });
});
