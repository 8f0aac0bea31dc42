import { spawn } from 'node:child_process';
import { parseNumberOption, type RunOptions } from '../options.js';
import { findReport } from '../reports/registry.js';
import { DEFAULT_PREVIEW_HOST, DEFAULT_PREVIEW_PORT } from './preview-defaults.js';
import { startPreviewServer } from './preview-server.js';

/** The preview's own options, beside the common ones. */
export interface RawPreviewOptions {
  port?: string;
  host?: string;
  open?: boolean;
}

/**
 * `wb-report preview`: starts the server, prints where to look, and runs until Ctrl-C or
 * SIGTERM, then closes the watchers and connections and returns.
 */
export async function runPreview(options: RunOptions, raw: RawPreviewOptions): Promise<void> {
  const port = parseNumberOption(
    '--port',
    raw.port ?? String(DEFAULT_PREVIEW_PORT),
    { min: 0, max: 65535, integer: true },
    `a port number from 0 (any free port) to 65535, such as --port ${DEFAULT_PREVIEW_PORT}`,
  );
  const reportIds = options.reportIds?.map((id) => findReport(id).id);
  const log = (line: string) => {
    if (!options.quiet) console.log(line);
  };
  const preview = await startPreviewServer({ dataDir: options.dataDir, templatesDir: options.templatesDir, reportIds, host: raw.host ?? DEFAULT_PREVIEW_HOST, port, log });
  const first = options.month ? (await preview.store.listAvailable()).find((ref) => ref.month === options.month) : undefined;
  if (options.month && !first) log(`No data for ${options.month}; the index lists the months there are.`);
  const url = first ? `${preview.url}draft/${first.month}/${first.reportId}` : preview.url;
  console.log(`wb-report preview: ${url}`);
  log('Drafts reload when you save a data file, a template or a style. Ctrl-C stops.');
  if (raw.open) openInBrowser(url, log);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // A second Ctrl-C while closing does not wait.
  const force = () => process.exit(130);
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  await preview.close();
  console.log('preview stopped.');
}

function openInBrowser(url: string, log: (line: string) => void): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => log(`Could not open a browser (${command}); open ${url} yourself.`));
  child.unref();
}
