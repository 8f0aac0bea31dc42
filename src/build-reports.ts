/**
 * The build pipeline, one report at a time:
 *
 *   data/YYYY-MM/<report>.yaml ─ discover ─▶ renderReport (render-report.ts, shared with the preview):
 *       validate ─▶ typed months (all problems at once) ─ buildModel ─▶ figures + chart specs
 *       ─ renderChartsSvg ─▶ SVG ─ renderReportHtml ─▶ HTML
 *     ─ printPdf (Chromium, --jobs pages, one restart; layout checked first)
 *     ─ finishPdf (artifacts, bookmarks, structure ids, metadata) ─ auditPrint (sizes, blank pages, figures whole) ─▶ PDF
 *     ─ writeFileAtomic ─▶ output/
 *
 * Nothing is written until every report of the run has validated and rendered, so bad data
 * never replaces a good PDF. Chromium starts at the beginning, while the data work runs.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { trace } from './core/trace.js';
import path from 'node:path';
import { DataError, PrintAuditError, UsageError, type DataProblem } from './core/errors.js';
import { TOOL } from './core/tool-identity.js';
import type { YearMonth } from './core/months.js';
import { discoverDataFiles, misnamedMonthFolders, type DataFileRef } from './load/discover-data.js';
import type { RunOptions } from './options.js';
import { findChrome } from './pdf/find-chrome.js';
import { printPdf } from './pdf/print-pdf.js';
import { BRAND_FONT_FAMILY } from './assets/font-files.js';
import { auditPrint } from './pdf/audit-print.js';
import { finishPdf } from './pdf/finish-pdf.js';
import { loadPdfLib } from './pdf/load-pdf-lib.js';
import { BrowserSession } from './pdf/browser-session.js';
import { renderReport, type RenderedReport } from './render-report.js';
import { findReport, REPORTS } from './reports/registry.js';
import type { ReportBundle } from './reports/report-bundle.js';
import { displayPath } from './core/display-path.js';
import type { ValidateFile } from './validate/validate-report-data.js';
import { describeCompletedWrites, removePendingTemporaryFiles, writeFileAtomic } from './write/write-atomic.js';
import { prepareOutputFolder } from './write/prepare-output-folder.js';
import { describeFileSystemError } from './write/describe-file-system-error.js';
import { withInterruptCleanup } from './core/on-interrupt.js';
import { renderChartImage } from './charts/chart-image.js';

/** A file the build wrote. */
export interface WrittenReport {
  reportId: string;
  month: YearMonth;
  htmlPath: string;
  /** The report's figures as data, beside the PDF. */
  csvPath: string;
  pdfPath?: string;
  pages?: number;
  /** The chart images written with --charts (SVG, PNG and alt text of each). */
  charts: string[];
}

/** What a build did: the files written and the warnings raised along the way. */
export interface BuildResult {
  written: WrittenReport[];
  warnings: DataProblem[];
}

/** Builds every requested report of `options.month`: validate, model, charts, HTML, PDF, write. */
export async function buildReports(options: RunOptions): Promise<BuildResult> {
  if (!options.month) throw new UsageError('No month given.\n  Try --month 2025-12.');
  const bundles = selectedBundles(options);
  // A folder that cannot take the files fails now, not after every report has printed.
  const monthFolder = path.join(options.outDir, options.month);
  const files = bundles.flatMap((bundle) => ['pdf', 'html', 'csv'].map((extension) => path.join(monthFolder, `${bundle.id}-${options.month}.${extension}`)));
  await prepareOutputFolder(options.outDir, [monthFolder], files);
  return withBuildSession(options, (session) => runBuild(bundles, options, session));
}

/** The bundles of the requested reports (all by default). */
export function selectedBundles(options: RunOptions): ReportBundle[] {
  return (options.reportIds ?? REPORTS.map((report) => report.id)).map(findReport);
}

/**
 * Runs `fn` with the command's one browser (none for --html): found before any work, so a
 * missing Chromium fails fast with its install hint, and started at once, so it launches
 * while the data and charts are prepared. Closed on every path; killed on Ctrl-C or SIGTERM.
 */
export function withBuildSession<T>(options: RunOptions, fn: (session?: BrowserSession) => Promise<T>, whatWasWritten: () => string = describeCompletedWrites): Promise<T> {
  const session = options.htmlOnly ? undefined : new BrowserSession(findChrome(options.chrome), options.timeoutMs, options.jobs);
  session?.start();
  const killOnInterrupt = () => {
    session?.killEverything();
    removePendingTemporaryFiles();
  };
  return withInterruptCleanup(
    killOnInterrupt,
    async () => {
      try {
        return await fn(session);
      } finally {
        await session?.close();
      }
    },
    whatWasWritten,
  );
}

/** The pipeline proper: data, models, charts and HTML for every report, then print and write. */
async function runBuild(bundles: ReportBundle[], options: RunOptions, session?: BrowserSession): Promise<BuildResult> {
  const { refs, misnamed } = await discoverForBuild(bundles, options);
  const targets = selectTargets(bundles, refs, options);
  // A page for each report opens while the data and charts are prepared.
  session?.expectPrints(targets.length);
  const result = await buildMonthReports(targets, refs, options.month!, options, session);
  return { ...result, warnings: [...misnamed, ...result.warnings] };
}

/**
 * The data files of the selected reports, and what the data folder holds that the build would
 * skip (a folder named almost like a month, a YAML file no report reads): warnings, or under
 * --strict an error before anything is built. A single month and a range both start here.
 */
export async function discoverForBuild(bundles: readonly ReportBundle[], options: RunOptions): Promise<{ refs: DataFileRef[]; misnamed: DataProblem[] }> {
  const refs = await discoverDataFiles(
    options.dataDir,
    bundles.map((bundle) => bundle.id),
  );
  const misnamed = await misnamedMonthFolders(
    options.dataDir,
    options.strict ? 'error' : 'warning',
    REPORTS.map((report) => report.id),
  );
  if (options.strict && misnamed.length > 0) throw new DataError(misnamed);
  return { refs, misnamed };
}

/**
 * Builds the given reports of one month: all render, then all print, then all are written,
 * so a failure at any stage leaves every earlier output of that month untouched.
 */
export async function buildMonthReports(
  targets: ReportBundle[],
  refs: readonly DataFileRef[],
  month: YearMonth,
  options: RunOptions,
  session?: BrowserSession,
  validateFile?: ValidateFile,
): Promise<BuildResult> {
  const warnings: DataProblem[] = [];
  const rendered: RenderedReport[] = [];
  for (const bundle of targets) {
    const report = await renderReport({ bundle, month, refs, dataDir: options.dataDir, templatesDir: options.templatesDir, validateFile });
    warnings.push(...report.warnings, ...externalReferenceWarnings(report, options));
    rendered.push(report);
  }
  failIfStrict(warnings, options);
  const printed = await printReports(rendered, options, session, warnings);
  warnings.push(...printed.warnings);
  failIfStrict(printed.warnings, options);
  const written = await writeReports(printed.reports, options);
  return { written, warnings };
}

/** Under --strict a warning stops the build before anything is written. */
function failIfStrict(warnings: readonly DataProblem[], options: RunOptions): void {
  if (options.strict && warnings.length > 0) throw new DataError(warnings.map((warning) => ({ ...warning, severity: 'error' })));
}

function selectTargets(bundles: ReportBundle[], refs: readonly DataFileRef[], options: RunOptions): ReportBundle[] {
  const month = options.month!;
  const withData = bundles.filter((bundle) => refs.some((ref) => ref.reportId === bundle.id && ref.month === month));
  const missing = bundles.filter((bundle) => !withData.includes(bundle));
  if (options.reportIds && missing.length > 0) {
    const expected = path.join(displayPath(options.dataDir), month, `${missing[0]!.id}.yaml`);
    throw new UsageError(
      `There is no ${missing[0]!.id} data for ${month}: ${expected} does not exist.\n  Try another --month, or start that file with: wb-report new --month ${month} --report ${missing[0]!.id}`,
    );
  }
  if (withData.length === 0) {
    throw new UsageError(
      `No report has data for ${month} in ${displayPath(options.dataDir)}.\n  Try another --month, or start the month's files with: wb-report new --month ${month}`,
    );
  }
  return withData;
}

/**
 * Reports print offline: a template that points at the web gets a warning naming the address
 * (the request is blocked when printing, so the PDF builds without it).
 */
function externalReferenceWarnings(report: RenderedReport, options: RunOptions): DataProblem[] {
  const addresses = new Set(
    [...report.html.matchAll(/(?:src|href)\s*=\s*["']?(https?:\/\/[^"'\s>]+)|url\(\s*["']?(https?:\/\/[^"')\s]+)/gi)].map((match) => match[1] ?? match[2]!),
  );
  return [...addresses].map((address) => ({
    file: displayPath(path.join(options.templatesDir, report.templateFolder)),
    severity: 'warning',
    message: `the ${report.reportId} template refers to ${address}; reports print offline, so it is left out`,
    hint: 'Put the file in the template folder and inline it, or remove the reference.',
  }));
}

/**
 * The print stage: every report printed (side by side, up to --jobs pages) before any is
 * written, so a print failure leaves every earlier output untouched. Returns the printed reports
 * and the printer's warnings (requests it blocked that `earlier` warnings do not name already,
 * fonts other than Lato).
 */
async function printReports(
  rendered: RenderedReport[],
  options: RunOptions,
  session: BrowserSession | undefined,
  earlier: readonly DataProblem[],
): Promise<{ reports: PrintedReport[]; warnings: DataProblem[] }> {
  if (session) loadPdfLib().catch(() => undefined);
  const reports = await Promise.all(
    rendered.map((report): Promise<PrintedReport> => (session ? printReport(report, options, session) : Promise.resolve({ report, blockedRequests: [], fonts: [] }))),
  );
  const warnings = reports.flatMap(({ report, blockedRequests, fonts }): DataProblem[] => [
    // A request the template check already named is not named twice.
    ...blockedRequests
      .filter((address) => !earlier.some((warning) => warning.message.includes(address)))
      .map((address): DataProblem => ({
        file: displayPath(options.templatesDir),
        severity: 'warning',
        message: `printing ${report.reportId} tried to load ${address}; it was blocked`,
      })),
    ...foreignFontWarnings(report, fonts, options),
  ]);
  return { reports, warnings };
}

/** The write stage: each report's HTML, PDF and the files beside them, atomically. */
async function writeReports(printed: PrintedReport[], options: RunOptions): Promise<WrittenReport[]> {
  // Everything to write is made first (chart images drawn), so nothing is written unless all of it can be.
  const outputs = await Promise.all(printed.map((each) => reportFiles(each, options)));
  // A folder where a file must go would fail half-way, after the month's first file: look first.
  for (const file of outputs.flat()) {
    const info = await stat(file.path).catch(() => undefined);
    if (info?.isDirectory()) throw describeFileSystemError(Object.assign(new Error(`${file.path} is a folder`), { code: 'EISDIR', path: file.path }));
  }
  const written: WrittenReport[] = [];
  for (const [index, { report, pdf, pages }] of printed.entries()) {
    for (const file of outputs[index]!) await writeFileAtomic(file.path, file.content);
    const base = reportBase(report, options);
    const charts = outputs[index]!.filter((file) => file.chart).map((file) => file.path);
    // The charts folder holds this build's charts of the report: an earlier build's that it did not draw (another layout) go.
    if (options.chartImages) await removeOtherChartImages(path.join(options.outDir, report.month, CHART_FOLDER), `${report.reportId}-${report.month}-`, charts);
    written.push({ reportId: report.reportId, month: report.month, htmlPath: `${base}.html`, csvPath: `${base}.csv`, pdfPath: pdf ? `${base}.pdf` : undefined, pages, charts });
  }
  return written;
}

/** output/<YYYY-MM>/<report>-<YYYY-MM>, to which each file adds its extension. */
function reportBase(report: RenderedReport, options: RunOptions): string {
  return path.join(options.outDir, report.month, `${report.reportId}-${report.month}`);
}

/** The files of one report: its HTML, figures as CSV and PDF, and with --charts each chart's SVG, PNG and alt text. */
async function reportFiles({ report, pdf }: PrintedReport, options: RunOptions): Promise<OutputFile[]> {
  const base = reportBase(report, options);
  const files: OutputFile[] = [
    { path: `${base}.html`, content: report.html },
    { path: `${base}.csv`, content: report.csv },
  ];
  if (pdf) files.push({ path: `${base}.pdf`, content: pdf });
  if (!options.chartImages) return files;
  const folder = path.join(options.outDir, report.month, CHART_FOLDER);
  for (const chart of report.charts) {
    const image = await renderChartImage(chart, report.kosovoMarker);
    const name = path.join(folder, `${report.reportId}-${report.month}-${chart.id}`);
    files.push(
      { path: `${name}.svg`, content: image.svg, chart: true },
      { path: `${name}.png`, content: image.png, chart: true },
      { path: `${name}.txt`, content: `${image.altText}\n`, chart: true },
    );
  }
  return files;
}

/** Removes the chart images of `prefix` (a report and month) that are not among `kept`. */
async function removeOtherChartImages(folder: string, prefix: string, kept: readonly string[]): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.(svg|png|txt)$/.test(name)) continue;
    const file = path.join(folder, name);
    if (!kept.includes(file)) await rm(file, { force: true });
  }
}

/** The folder, inside the month's, that --charts writes to. */
export const CHART_FOLDER = 'charts';

interface OutputFile {
  path: string;
  content: string | Uint8Array;
  /** Whether the file is one of the chart images (--charts). */
  chart?: boolean;
}

/** A report printed to its finished PDF: Chromium's bytes with our metadata, its page count and fonts. */
interface PrintedReport {
  report: RenderedReport;
  pdf?: Uint8Array;
  pages?: number;
  blockedRequests: string[];
  fonts: string[];
}

/**
 * Chromium falls back to a system font, without a word, for a character Lato lacks. The data
 * checks refuse such characters in text fields, so a foreign font here comes from a template
 * (or a name in the code): say so, since the PDF then mixes typefaces.
 */
function foreignFontWarnings(report: RenderedReport, fonts: readonly string[], options: RunOptions): DataProblem[] {
  return fonts
    .filter((font) => !font.startsWith(`${BRAND_FONT_FAMILY}-`))
    .map((font) => ({
      file: displayPath(path.join(options.templatesDir, report.templateFolder)),
      severity: 'warning',
      message: `the ${report.reportId} PDF prints some characters in ${font}, not in the report's font (${BRAND_FONT_FAMILY}), which lacks them`,
      hint: `Look in the template for a character ${BRAND_FONT_FAMILY} cannot draw (an emoji or a symbol) and replace it.`,
    }));
}

async function printReport(report: RenderedReport, options: RunOptions, session: BrowserSession): Promise<PrintedReport> {
  const { printed, problems } = await printAndAudit(report, options, session);
  if (problems.length > 0) {
    throw new PrintAuditError(
      `The print audit stopped the build of ${report.reportId} ${report.month}: ${problems.join('; ')}.\n  Try --html and look at the draft for the block concerned; nothing was written, the last good PDF stays.`,
      { causedByData: false },
    );
  }
  return printed;
}

/**
 * Prints one report on the session's browser (once more after a restart if Chromium fails),
 * finishes the PDF and audits it. The build stops on the audit's problems; the preview's pages
 * view shows the PDF with them.
 */
export async function printAndAudit(
  report: RenderedReport,
  options: Pick<RunOptions, 'timeoutMs' | 'quiet' | 'buildDate'>,
  session: BrowserSession,
): Promise<{ printed: PrintedReport & { pdf: Uint8Array }; problems: string[] }> {
  const result = await session.withRetry(
    (browser) => printPdf(browser, report.html, options.timeoutMs, () => session.openPage(browser)),
    (error) => {
      if (!options.quiet) console.error(`${error.message.split('\n')[0]}; restarting Chromium and trying once more.`);
    },
  );
  const finished = await finishPdf(result.pdf, result.headings, report.metadata, TOOL, options.buildDate);
  trace(`${report.reportId} ${report.month}: pdf finished`);
  const problems = auditPrint({ html: report.html, pages: finished.texts, pageSizes: finished.pageSizes, expectedPageSize: result.layout.pageSize });
  return { printed: { report, pdf: finished.pdf, pages: finished.pages, fonts: finished.fonts, blockedRequests: result.blockedRequests }, problems };
}
