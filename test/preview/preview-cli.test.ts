import { spawn, type ChildProcess } from 'node:child_process';
import { request, Agent } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleData, makeTempDir, ROOT, runCli, REFERENCE } from '../helpers/run-cli.js';

/** Starts `wb-report preview` as a user would and resolves once it has printed its URL. */
function startPreviewCli(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin', 'wb-report.js'), 'preview', ...args], { cwd: REFERENCE, env: { ...process.env, ...env } });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /wb-report preview: (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

describe('wb-report preview on the command line', () => {
  it('prints the draft URL on 127.0.0.1, serves it, and stops cleanly on Ctrl-C', async () => {
    const { child, url, output } = await startPreviewCli(['--month', '2025-12', '--port', '0']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/draft\/2025-12\/unhcr-regional-update$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Refugees, asylum-seekers and other people in mixed movements');
    expect(await stop(child)).toBe(0);
    expect(output()).toContain('preview stopped.');
  });

  it('answers only to its own address: a foreign Host gets 421 and no figure', async () => {
    const { child, url } = await startPreviewCli(['--month', '2025-12', '--port', '0']);
    const { port } = new URL(url);
    const get = (host: string, pathname: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ hostname: '127.0.0.1', port, path: pathname, headers: { host } }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`, `localhost.evil.example:${port}`]) {
      for (const pathname of ['/', '/draft/2025-12/unhcr-regional-update', '/events']) {
        const answer = await get(host, pathname);
        expect(answer.status, `${host} ${pathname}`).toBe(421);
        expect(answer.body).not.toContain('2,289');
      }
    }
    // Two Host headers, the own one first: Node would keep the first; the preview refuses both.
    const twice = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          hostname: '127.0.0.1',
          port,
          path: '/',
          headers: [
            ['Host', `127.0.0.1:${port}`],
            ['Host', 'evil.example'],
          ] as unknown as Record<string, string>,
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(twice).toBe(421);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) expect((await get(host, '/draft/2025-12/unhcr-regional-update')).status, host).toBe(200);
    expect(await stop(child)).toBe(0);
  });

  it('stops within a second on Ctrl-C with an event stream open and an idle keep-alive socket', async () => {
    const { child, url, output } = await startPreviewCli(['--month', '2025-12', '--port', '0']);
    const { port } = new URL(url);
    const agent = new Agent({ keepAlive: true });
    // An idle keep-alive connection, as a browser tab leaves after loading the draft.
    await new Promise<void>((resolve, reject) =>
      request({ hostname: '127.0.0.1', port, path: '/', agent }, (response) => response.resume().on('end', resolve))
        .on('error', reject)
        .end(),
    );
    // An open event stream, as the draft page keeps.
    const stream = request({ hostname: '127.0.0.1', port, path: '/events' });
    stream.on('error', () => undefined);
    await new Promise<void>((resolve) =>
      stream
        .on('response', (response) => {
          response.on('error', () => undefined);
          response.once('data', () => resolve());
        })
        .end(),
    );
    const started = Date.now();
    const code = await stop(child);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(code).toBe(0);
    expect(output()).toContain('preview stopped.');
    agent.destroy();
  });

  it('moves to the next port when the asked one is taken, and says so', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const { child, url, output } = await startPreviewCli(['--port', String(taken)]);
      expect(output()).toContain(`Port ${taken} is in use; using`);
      expect(new URL(url).port).not.toBe(String(taken));
      await stop(child);
    } finally {
      blocker.close();
    }
  });

  it('rejects a port that is not a number with exit 2', async () => {
    const result = await runCli(['preview', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port "eighty" is not a port number');
  });

  it('never loads puppeteer-core: previewing, validating and --html need no browser', async () => {
    const record = path.join(await makeTempDir(), 'imports.txt');
    await writeFile(record, '');
    const env = { WB_RECORD_IMPORTS: record };
    const hook = ['--import', path.join(ROOT, 'test', 'helpers', 'record-imports.mjs')];
    const { child, url } = await startPreviewCli(['--month', '2025-12', '--port', '0'], env, hook);
    expect((await fetch(url)).status).toBe(200);
    await stop(child);
    const out = await makeTempDir();
    for (const args of [['validate'], ['--month', '2025-12', '--html', '--out', out]]) {
      const result = await new Promise<number | null>((resolve) => {
        spawn(process.execPath, [...hook, path.join(ROOT, 'bin', 'wb-report.js'), ...args], { cwd: REFERENCE, env: { ...process.env, ...env }, stdio: 'ignore' }).on(
          'exit',
          resolve,
        );
      });
      expect(result).toBe(0);
    }
    const imported = await readFile(record, 'utf8');
    // The record works: it saw the bundled CLI, and the canvas addon the charts are measured with.
    expect(imported).toContain('/dist/bundle/cli.js');
    expect(imported).toContain('@napi-rs/canvas');
    expect(imported).not.toContain('puppeteer-core');
  });

  it('keeps running when the data is broken from the start, and shows the problem', async () => {
    const data = await copySampleData();
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('month: 2025-12', 'month: 2025-13'));
    const { child, url } = await startPreviewCli(['--month', '2025-12', '--port', '0', '--data', data]);
    const page = await (await fetch(url)).text();
    expect(page).toContain('id="wb-overlay"');
    expect(page).toContain('expected a month written YYYY-MM');
    expect(await stop(child)).toBe(0);
  });
});
