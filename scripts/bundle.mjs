#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles the CLI into dist/bundle/ with esbuild.
// Why: Node resolves and compiles some 400 small ES modules (vega alone is ~30 packages) on
// every start, which took a quarter of a second before any work; one bundle loads in a
// fraction of that (`npm run bench` shows the effect). Code splitting keeps the parts a
// command does not use (the preview, the range build) out of its start-up.
// pdf-lib is bundled from its ES build into a chunk of its own, loaded only when printing:
// imported from node_modules, its CommonJS build cost a quarter of a second of CPU (Node scans
// every CommonJS file for exports) right when the build is busiest.
// puppeteer-core is bundled too: imported from node_modules it took about 150 ms to load, on the
// main thread, right before the browser could be started; bundled, about 60 ms. Its parts for
// other browsers and protocols (WebDriver BiDi, downloads) are chunks of their own, never loaded.
// Left outside the bundle: the native canvas addon.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'dist', 'bundle');
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'dist', 'cli.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@napi-rs/canvas'],
  // Its ES build: the CommonJS one, bundled, loses its named exports in a dynamic import.
  alias: { 'pdf-lib': 'pdf-lib/es/index.js' },
  // Some bundled packages are CommonJS and call require(); ES modules have none of their own.
  banner: { js: "import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
