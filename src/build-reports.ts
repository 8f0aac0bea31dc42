/**
 * The build pipeline, one report at a time:
 *
 *   data/YYYY-MM/<report>.yaml ─ discover ─ validate ─▶ typed months (all problems at once)
 *     ─ buildModel ─▶ figures + chart specs ─ renderChartsSvg ─▶ SVG
 *     ─ renderReportHtml ─▶ HTML ─ printPdf (Chromium) ─ setPdfMetadata ─▶ PDF ─ writeFileAtomic ─▶ output/
 *
 * Nothing is written until every report of the run has validated and rendered, so bad data
 * never replaces a good PDF. Chromium starts at the beginning, while the data work runs.
 */
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { DataError, UsageError, type DataProblem } from './core/errors.js';
import { TOOL } from './core/tool-identity.js';
import type { YearMonth } from './core/months.js';
import { discoverDataFiles, type DataFileRef } from './load/discover-data.js';
import type { RunOptions } from './options.js';
import { findChrome } from './pdf/find-chrome.js';
import { printPdf } from './pdf/print-pdf.js';
import { setPdfMetadata } from './pdf/set-pdf-metadata.js';
import { closeBrowser, killBrowserProcess, launchBrowser, type LaunchedBrowser } from './pdf/with-browser.js';
import { renderReport, type RenderedReport } from './render-report.js';
import { findReport, REPORTS } from './reports/registry.js';
import type { ReportBundle } from './reports/report-bundle.js';
import { displayPath } from './validate/validate-report-data.js';
import { removePendingTemporaryFiles, writeFileAtomic } from './write/write-atomic.js';
import { withInterruptCleanup } from './core/on-interrupt.js';

/** A file the build wrote. */
export interface WrittenReport {
  reportId: string;
  month: YearMonth;
  htmlPath: string;
  pdfPath?: string;
  pages?: number;
}

/** What a build did: the files written and the warnings raised along the way. */
export interface BuildResult {
  written: WrittenReport[];
  warnings: DataProblem[];
}

/** Builds every requested report of `options.month`: validate, model, charts, HTML, PDF, write. */
export async function buildReports(options: RunOptions): Promise<BuildResult> {
  if (!options.month) throw new UsageError('No month given.\n  Try --month 2025-12.');
  const bundles = (options.reportIds ?? REPORTS.map((report) => report.id)).map(findReport);
  // Find the browser before any work, so a missing Chromium fails fast with its install hint.
  const chromePath = options.htmlOnly ? undefined : findChrome(options.chrome);
  const browserStart = chromePath ? launchBrowser(chromePath) : undefined;
  let launched: LaunchedBrowser | undefined;
  browserStart?.then((browser) => (launched = browser), () => undefined); // Failures surface where it is awaited.
  const killOnInterrupt = () => {
    if (launched) killBrowserProcess(launched);
    removePendingTemporaryFiles();
  };
  return withInterruptCleanup(killOnInterrupt, () => runBuild(bundles, options, browserStart));
}


/** The pipeline proper: data, models, charts and HTML for every report, then print and write. */
async function runBuild(bundles: ReportBundle[], options: RunOptions, browserStart?: Promise<LaunchedBrowser>): Promise<BuildResult> {
  try {
    const refs = await discoverDataFiles(options.dataDir, bundles.map((bundle) => bundle.id));
    const targets = selectTargets(bundles, refs, options);
    const warnings: DataProblem[] = [];
    const rendered: RenderedReport[] = [];
    for (const bundle of targets) {
      const report = await renderReport({ bundle, month: options.month!, refs, dataDir: options.dataDir, templatesDir: options.templatesDir });
      warnings.push(...report.warnings);
      rendered.push(report);
    }
    if (options.strict && warnings.length > 0) throw new DataError(warnings.map((warning) => ({ ...warning, severity: 'error' })));
    const written = await writeReports(rendered, options, browserStart);
    return { written, warnings };
  } finally {
    if (browserStart) await browserStart.then(closeBrowser, () => undefined);
  }
}

function selectTargets(bundles: ReportBundle[], refs: readonly DataFileRef[], options: RunOptions): ReportBundle[] {
  const month = options.month!;
  const withData = bundles.filter((bundle) => refs.some((ref) => ref.reportId === bundle.id && ref.month === month));
  const missing = bundles.filter((bundle) => !withData.includes(bundle));
  if (options.reportIds && missing.length > 0) {
    const expected = path.join(displayPath(options.dataDir), month, `${missing[0]!.id}.yaml`);
    throw new UsageError(`There is no ${missing[0]!.id} data for ${month}: ${expected} does not exist.\n  Try another --month, or create that file (copy last month's and change its figures).`);
  }
  if (withData.length === 0) {
    throw new UsageError(`No report has data for ${month} in ${displayPath(options.dataDir)}.\n  Try another --month, or create ${path.join(displayPath(options.dataDir), month, `${bundles[0]!.id}.yaml`)}.`);
  }
  return withData;
}

async function writeReports(rendered: RenderedReport[], options: RunOptions, browserStart?: Promise<LaunchedBrowser>): Promise<WrittenReport[]> {
  // Print everything first: a print failure must leave every earlier output untouched.
  const printed: Array<{ report: RenderedReport; pdf?: Uint8Array; pages?: number }> = [];
  for (const report of rendered) {
    if (!browserStart) {
      printed.push({ report });
      continue;
    }
    const raw = await printPdf(await browserStart, report.html);
    const pdf = await setPdfMetadata(raw, report.metadata, TOOL, options.buildDate);
    const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
    printed.push({ report, pdf, pages });
  }
  const written: WrittenReport[] = [];
  for (const { report, pdf, pages } of printed) {
    const base = path.join(options.outDir, report.month, `${report.reportId}-${report.month}`);
    await writeFileAtomic(`${base}.html`, report.html);
    if (pdf) await writeFileAtomic(`${base}.pdf`, pdf);
    written.push({ reportId: report.reportId, month: report.month, htmlPath: `${base}.html`, pdfPath: pdf ? `${base}.pdf` : undefined, pages });
  }
  return written;
}
