import { REPORTS } from '../reports/registry.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WbError, EXIT_BAD_INPUT } from '../core/errors.js';
import { isYearMonth } from '../core/months.js';
import { misnamedMonthFolders } from '../load/discover-data.js';
import { allowedHosts, isAllowedHost } from './check-host.js';
import { watchFolders } from './watch-folders.js';
import { DraftStore, type Draft } from './draft-store.js';
import { renderDraftPage, renderIndexPage, renderMissingDraftPage, renderPagesPage } from './preview-page.js';
import { PagesPrinter } from './pages-printer.js';

/** How many ports above the asked one to try when it is taken. */
const PORT_ATTEMPTS = 20;
/** A comment line every so often keeps proxies and browsers from closing the event stream. */
const HEARTBEAT_MS = 15_000;

/** What the preview server needs. */
export interface PreviewOptions {
  dataDir: string;
  templatesDir: string;
  reportIds?: string[];
  host: string;
  port: number;
  /** Called with each log line (rebuild times, port changes); silent when omitted. */
  log?: (line: string) => void;
  /** The Chromium the pages view prints with (--chrome), found as a build finds it when omitted. */
  chrome?: string;
  /** How long Chromium may take to start or to print one draft. */
  timeoutMs?: number;
}

/** A running preview server. */
export interface RunningPreview {
  url: string;
  store: DraftStore;
  /** Resolves after each batch of rebuilds triggered by saved files. */
  onRebuilt(listener: (drafts: Draft[]) => void): void;
  /** Ends the pages view's browser at once. */
  killBrowser(): void;
  close(): Promise<void>;
}

/** Every security header a draft needs: nothing loads from anywhere but this server and the page itself. */
const HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'self'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/**
 * Starts the preview: serves the index, the drafts and the event stream that tells open
 * pages to reload, and watches data/ and templates/ to rebuild what a save affects.
 * Needs no browser.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<RunningPreview> {
  const log = options.log ?? (() => undefined);
  const store = new DraftStore(options);
  const printer = new PagesPrinter({ chrome: options.chrome, timeoutMs: options.timeoutMs ?? 60_000 });
  const clients = new Set<ServerResponse>();
  const listeners: Array<(drafts: Draft[]) => void> = [];

  let allowed = new Set<string>();
  const server = createServer((request, response) => {
    // Another site's page that reached us by DNS rebinding sends its own name as Host.
    // Node keeps the first of two Host headers; a request with two is not one a browser sends.
    const hostHeaders = request.rawHeaders.filter((_value, index) => index % 2 === 0 && request.rawHeaders[index]!.toLowerCase() === 'host').length;
    if (hostHeaders !== 1 || !isAllowedHost(request.headers.host, allowed)) {
      send(response, 421, 'text/plain; charset=utf-8', 'This preview answers only to its own address.');
      return;
    }
    handleRequest(request, response, store, clients, printer).catch((error) => {
      if (!response.headersSent) send(response, 500, 'text/plain', `wb-report preview failed: ${(error as Error).message}`);
    });
  });
  const heartbeat = setInterval(() => clients.forEach((client) => client.write(': keep-alive\n\n')), HEARTBEAT_MS);
  heartbeat.unref();

  const watching = await watchFolders(
    [options.dataDir, options.templatesDir],
    rebuildOnSave(store, log, (rebuilt, indexChanged) => {
      const event = JSON.stringify({ keys: rebuilt.map((draft) => draft.key), indexChanged });
      clients.forEach((client) => client.write(`event: rebuilt\ndata: ${event}\n\n`));
      listeners.forEach((listener) => listener(rebuilt));
      // The pages open in a pages view follow: printed again on the warm browser, then announced.
      for (const draft of rebuilt.filter((each) => printer.watched.has(each.key))) {
        void printer.print(draft).then((pages) => {
          log(`printed ${draft.reportId} ${draft.month}${pages.status === 'printed' ? ` (${pages.pages} pages) in ${Math.round(pages.durationMs)} ms` : ': not printed'}`);
          clients.forEach((client) => client.write(`event: printed\ndata: ${JSON.stringify({ key: draft.key })}\n\n`));
        });
      }
    }),
  );

  const port = await listen(server, options.host, options.port, log);
  allowed = allowedHosts(options.host, port);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    store,
    onRebuilt: (listener) => listeners.push(listener),
    killBrowser: () => printer.kill(),
    async close() {
      await watching.close();
      clearInterval(heartbeat);
      await printer.close();
      clients.forEach((client) => client.end());
      // Open event streams and idle keep-alive sockets would hold close() forever: cut them now.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * What a batch of saved files does: rebuild the drafts they affect, log each, and announce the
 * batch when a draft or the index changed. Batches are handled one at a time, so two quick
 * saves never build over each other.
 */
function rebuildOnSave(store: DraftStore, log: (line: string) => void, announce: (rebuilt: Draft[], indexChanged: boolean) => void): (files: string[]) => void {
  // The index as last announced: read when a batch starts, it would already show the change
  // (a folder moved away before the batch ran), and the change would go unannounced.
  let announcedIndex: string | undefined;
  let queue: Promise<void> = store.listAvailable().then(
    (list) => {
      announcedIndex = JSON.stringify(list);
    },
    () => undefined,
  );
  return (files) => {
    queue = queue
      .then(async () => {
        const rebuilt = await store.applyChanges(files);
        const index = JSON.stringify(await store.listAvailable());
        const indexChanged = index !== announcedIndex;
        announcedIndex = index;
        for (const draft of rebuilt) {
          log(`${draft.problems.length > 0 ? 'problem in' : 'rebuilt'} ${draft.reportId} ${draft.month} in ${Math.round(draft.durationMs)} ms`);
        }
        if (rebuilt.length > 0 || indexChanged) announce(rebuilt, indexChanged);
      })
      .catch((error: unknown) => {
        // The preview keeps running whatever a save brings; the page shows what it can.
        log(`could not rebuild after a save: ${(error as Error).message.split('\n')[0]}`);
      });
  };
}

async function handleRequest(request: IncomingMessage, response: ServerResponse, store: DraftStore, clients: Set<ServerResponse>, printer: PagesPrinter): Promise<void> {
  const route = routeOf(request);
  if (route.kind === 'index')
    return send(
      response,
      200,
      'text/html; charset=utf-8',
      renderIndexPage(await store.listAvailable(), [
        ...(store.folderProblem
          ? [
              {
                file: store.dataDir,
                severity: 'error' as const,
                message: store.folderProblem.split('\n')[0]!,
                hint: store.folderProblem.split('\n')[1]?.replace(/^\s*Try:?\s*/, ''),
              },
            ]
          : []),
        ...(await misnamedMonthFolders(
          store.dataDir,
          'warning',
          REPORTS.map((report) => report.id),
        )),
      ]),
    );
  if (route.kind === 'events') {
    response.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    response.write(': connected\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  if (route.kind === 'draft') {
    const draft = await store.get(route.month, route.reportId);
    if (draft) return send(response, 200, 'text/html; charset=utf-8', renderDraftPage(draft));
    return send(response, 404, 'text/html; charset=utf-8', renderMissingDraftPage(route.month, route.reportId));
  }
  if (route.kind === 'pages' || route.kind === 'pdf') {
    const draft = await store.get(route.month, route.reportId);
    if (!draft) return send(response, 404, 'text/html; charset=utf-8', renderMissingDraftPage(route.month, route.reportId));
    const pages = await printer.pagesOf(draft);
    if (route.kind === 'pages') return send(response, 200, 'text/html; charset=utf-8', renderPagesPage(draft, pages), PAGES_HEADERS);
    if (pages.status !== 'printed') return send(response, 404, 'text/plain; charset=utf-8', pages.message);
    // The browser's own PDF viewer shows it; the PDF runs nothing, so it needs none of the page's policy.
    response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pages.pdf.byteLength, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.end(Buffer.from(pages.pdf));
    return;
  }
  send(response, 404, 'text/plain; charset=utf-8', 'Not found. The preview serves /, /draft/YYYY-MM/<report> and /pages/YYYY-MM/<report> only.');
}

/** The pages view frames the PDF this server prints, and nothing else. */
const PAGES_HEADERS = { ...HEADERS, 'content-security-policy': `${HEADERS['content-security-policy']}; frame-src 'self'` };

type Route = { kind: 'index' } | { kind: 'events' } | { kind: 'draft' | 'pages' | 'pdf'; month: string; reportId: string } | { kind: 'none' };

/**
 * Maps a request to one of the three things the preview serves. Anything else, including
 * every form of path traversal (../, encoded dots or slashes, backslashes, absolute URLs), is none.
 */
export function routeOf(request: Pick<IncomingMessage, 'method' | 'url'>): Route {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { kind: 'none' };
  const raw = request.url ?? '';
  if (!raw.startsWith('/') || /%2e|%2f|%5c|\\|\.\./i.test(raw)) return { kind: 'none' };
  const pathname = raw.split('?')[0]!;
  if (pathname === '/') return { kind: 'index' };
  if (pathname === '/events') return { kind: 'events' };
  const match = /^\/(draft|pages)\/(\d{4}-\d{2})\/([a-z][a-z0-9-]*)\/?$/.exec(pathname) ?? /^\/(pdf)\/(\d{4}-\d{2})\/([a-z][a-z0-9-]*)\.pdf$/.exec(pathname);
  if (match && isYearMonth(match[2]!)) return { kind: match[1] as 'draft' | 'pages' | 'pdf', month: match[2]!, reportId: match[3]! };
  return { kind: 'none' };
}

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = HEADERS): void {
  response.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** Listens on the port, or the next free one within PORT_ATTEMPTS, saying so; port 0 picks any free port. */
async function listen(server: Server, host: string, port: number, log: (line: string) => void): Promise<number> {
  for (let attempt = 0; attempt < (port === 0 ? 1 : Math.min(PORT_ATTEMPTS, 65536 - port)); attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const actual = (server.address() as AddressInfo).port;
      if (port !== 0 && actual !== port) log(`Port ${port} is in use; using ${actual} instead.`);
      return actual;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') continue;
      throw new WbError(`The preview cannot listen on ${host}:${candidate}: ${(error as Error).message}\n  Try another --host or --port.`, { exitCode: EXIT_BAD_INPUT });
    }
  }
  throw new WbError(`Ports ${port} to ${Math.min(port + PORT_ATTEMPTS - 1, 65535)} are all in use.\n  Try --port with another number.`, { exitCode: EXIT_BAD_INPUT });
}
