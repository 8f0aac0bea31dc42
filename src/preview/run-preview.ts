import { spawn } from 'node:child_process';
import { UsageError } from '../core/errors.js';
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
  if (raw.host !== undefined && raw.host.trim() === '') throw new UsageError('--host is empty.\n  Try an address such as 127.0.0.1 (the default), or leave the option out.');
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
  const preview = await startPreviewServer({
    dataDir: options.dataDir,
    templatesDir: options.templatesDir,
    reportIds,
    host: raw.host ?? DEFAULT_PREVIEW_HOST,
    port,
    log,
    chrome: options.chrome,
    timeoutMs: options.timeoutMs,
  });
  const first = options.month ? (await preview.store.listAvailable()).find((ref) => ref.month === options.month) : undefined;
  if (options.month && !first) log(`No data for ${options.month}; the index lists the months there are.`);
  const url = first ? `${preview.url}draft/${first.month}/${first.reportId}` : preview.url;
  console.log(`wb-report preview: ${url}`);
  log(
    `Drafts reload when you save a data file, a template or a style${first ? `; ${preview.url}pages/${first.month}/${first.reportId} shows the printed pages` : ''}. Ctrl-C stops.`,
  );
  if (raw.open) openInBrowser(url, log);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
  await new Promise<void>((resolve) => {
    for (const signal of signals) process.once(signal, () => resolve());
  });
  // A second signal while closing does not wait (and takes the pages view's browser with it).
  for (const signal of signals)
    process.once(signal, () => {
      preview.killBrowser();
      process.exit(130);
    });
  // Drafts still rendering for open tabs must not hold the way out: give the close a moment,
  // then go; every connection ends with the process.
  await Promise.race([preview.close(), new Promise((resolve) => setTimeout(resolve, 300).unref())]);
  // A browser still closing after that is ended: Ctrl-C never leaves one behind.
  preview.killBrowser();
  await new Promise<void>((resolve) => process.stdout.write('preview stopped.\n', () => resolve()));
  process.exit(0);
}

function openInBrowser(url: string, log: (line: string) => void): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => log(`Could not open a browser (${command}); open ${url} yourself.`));
  child.unref();
}
