import type { DataProblem } from './core/errors.js';
import { discoverDataFiles } from './load/discover-data.js';
import type { RunOptions } from './options.js';
import { findReport, REPORTS } from './reports/registry.js';
import { validateReportData } from './validate/validate-report-data.js';

/** What `wb-report validate` found. */
export interface ValidationSummary {
  filesChecked: number;
  problems: DataProblem[];
}

/** Validates every data file (of one month when --month is given) of every requested report. */
export async function validateData(options: RunOptions): Promise<ValidationSummary> {
  const bundles = (options.reportIds ?? REPORTS.map((report) => report.id)).map(findReport);
  const refs = await discoverDataFiles(options.dataDir, bundles.map((bundle) => bundle.id));
  const selected = options.month ? refs.filter((ref) => ref.month === options.month) : refs;
  const problems: DataProblem[] = [];
  for (const bundle of bundles) {
    const result = await validateReportData(bundle, selected.filter((ref) => ref.reportId === bundle.id));
    problems.push(...result.problems);
  }
  return { filesChecked: selected.length, problems };
}
