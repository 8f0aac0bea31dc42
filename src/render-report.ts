import { renderChartsSvg } from './charts/render-chart-svg.js';
import type { RenderedChart } from './charts/chart-spec.js';
import { trace } from './core/trace.js';
import { DataError, type DataProblem } from './core/errors.js';
import type { YearMonth } from './core/months.js';
import { monthsOf, type DataFileRef } from './load/discover-data.js';
import { readArchive } from './load/read-archive.js';
import { withDisplayPaths } from './core/display-path.js';
import { renderReportHtml } from './render/render-html.js';
import type { DocumentMetadata, ReportBundle } from './reports/report-bundle.js';
import { buildReportModel } from './build-report-model.js';
import type { ValidateFile } from './validate/validate-report-data.js';
import { validateHistory } from './validate/validate-history.js';
import { formatFiguresCsv } from './write/figures-csv.js';

/** One report of one month, rendered to its self-contained HTML and ready to print. */
export interface RenderedReport {
  reportId: string;
  /** The folder under templates/ of the layout this month follows, for messages about its template. */
  templateFolder: string;
  month: YearMonth;
  html: string;
  /** Every figure the report prints and every chart's values, as CSV with its HXL row. */
  csv: string;
  /** The charts the HTML embeds, for --charts to write as images. */
  charts: RenderedChart[];
  /** The layout's marker after "Kosovo", which the chart images print in their legends and notes. */
  kosovoMarker: string;
  metadata: DocumentMetadata;
  warnings: DataProblem[];
}

/** What rendering one report needs: the bundle, the month, the data files found, and where templates are. */
export interface RenderReportInput {
  bundle: ReportBundle;
  month: YearMonth;
  refs: readonly DataFileRef[];
  dataDir: string;
  templatesDir: string;
  validateFile?: ValidateFile;
}

/**
 * Validates the months a report reads, builds its model and charts, and merges them into
 * its template. Shared by the build (which then prints) and the preview (which serves it).
 * Throws a DataError listing every problem of every file read.
 */
export async function renderReport(input: RenderReportInput): Promise<RenderedReport> {
  const { bundle, month } = input;
  trace(`${bundle.id} ${month}: render starts`);
  const validated = await validateHistory(bundle, month, input.refs, input.validateFile);
  trace(`${bundle.id} ${month}: data read and checked (${validated.months.size} months)`);
  const archive = await readArchive(input.dataDir, bundle.id, monthsOf(input.refs, bundle.id));
  const errors = [...validated.problems, ...withDisplayPaths(archive?.problems ?? [])].filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new DataError(errors);
  const model = buildReportModel(bundle, month, validated.months, input.refs, input.dataDir, archive);
  const { built } = model;
  // The files' own warnings (an implausible date) come first, then the model's.
  const warnings = [...validated.problems, ...model.warnings];
  // Each month follows its own layout: a range or the preview may print several side by side.
  const { templateFolder, kosovoMarker } = bundle.layoutOf(validated.months.get(month)!.data);
  trace(`${bundle.id} ${month}: model built`);
  const charts = await renderChartsSvg(built.charts);
  trace(`${bundle.id} ${month}: charts drawn`);
  // The charts the template prints: a chart it leaves out (no data for it, a sentence instead) has no image and no rows.
  const printedCharts = new Set<string>();
  const html = await renderReportHtml({
    printedCharts,
    templatesDir: input.templatesDir,
    templateFolder,
    model: built.model,
    charts,
    metadata: built.metadata,
    kosovoMarker,
  });
  trace(`${bundle.id} ${month}: html ready`);
  const rows = built.rows.filter((row) => !row.chart || printedCharts.has(row.chart));
  const csv = formatFiguresCsv(rows, { reportId: bundle.id, month, source: built.metadata.author, illustrative: built.illustrative });
  const printed = charts.filter((chart) => printedCharts.has(chart.id));
  return { reportId: bundle.id, templateFolder, month, html, csv, charts: printed, kosovoMarker, metadata: built.metadata, warnings };
}
