#!/usr/bin/env node
// `npm run bench:preview`: how long the preview takes to rebuild one month's draft after a save.
// It starts the preview in this process on a copy of the sample data, opens the December 2025
// draft once (cold build), then saves a changed figure ten times and reports the rebuild times
// the server measured. Target: a median well under 300 ms. Build first (npm run build).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startPreviewServer } from '../dist/preview/preview-server.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SAVES = 10;
const work = await mkdtemp(path.join(tmpdir(), 'wb-bench-'));
const data = path.join(work, 'data');
await cp(path.join(root, 'data'), data, { recursive: true });
const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
const original = await readFile(file, 'utf8');

const preview = await startPreviewServer({ dataDir: data, templatesDir: path.join(root, 'templates'), host: '127.0.0.1', port: 0 });
try {
  const started = performance.now();
  await (await fetch(`${preview.url}draft/2025-12/unhcr-regional-update`)).text();
  const cold = performance.now() - started;
  const times = [];
  for (let save = 0; save < SAVES; save++) {
    const rebuilt = new Promise((resolve) => preview.onRebuilt((drafts) => resolve(drafts)));
    await writeFile(file, original.replace('    AFG: 640', `    AFG: ${641 + save}`));
    const drafts = await rebuilt;
    times.push(drafts[0].durationMs);
  }
  times.sort((a, b) => a - b);
  const median = (times[(SAVES - 1) >> 1] + times[SAVES >> 1]) / 2;
  console.log(`first build of the draft (cold): ${Math.round(cold)} ms`);
  console.log(`rebuild after a save, ${SAVES} saves: median ${Math.round(median)} ms, min ${Math.round(times[0])} ms, max ${Math.round(times.at(-1))} ms`);
  console.log(median < 300 ? 'target met: median under 300 ms' : 'target missed: median at or over 300 ms');
} finally {
  await preview.close();
  await rm(work, { recursive: true, force: true });
}
