import path from 'node:path';
import { UsageError, type DataProblem } from './core/errors.js';
import { displayPath, withDisplayPaths } from './core/display-path.js';
import { discoverDataFiles, misnamedMonthFolders, monthsOf } from './load/discover-data.js';
import { readArchive } from './load/read-archive.js';
import type { RunOptions } from './options.js';
import { findReport, REPORTS } from './reports/registry.js';
import { validateReportData } from './validate/validate-report-data.js';
import { validateHistory } from './validate/validate-history.js';
import { buildReportModel } from './build-report-model.js';

/** What `wb-report validate` found. */
export interface ValidationSummary {
  filesChecked: number;
  problems: DataProblem[];
}

/**
 * Validates every data file of every requested report; with --month, that month's files and
 * the earlier months its build reads, so validate passes only when the build's data is sound.
 * Folders named almost like a month are problems too: their files would never be read.
 */
export async function validateData(options: RunOptions): Promise<ValidationSummary> {
  const bundles = (options.reportIds ?? REPORTS.map((report) => report.id)).map(findReport);
  const refs = await discoverDataFiles(
    options.dataDir,
    bundles.map((bundle) => bundle.id),
  );
  if (options.month && !refs.some((ref) => ref.month === options.month)) {
    throw new UsageError(
      `No report has data for ${options.month} in ${displayPath(options.dataDir)}.\n  Try another --month, or create ${path.join(displayPath(options.dataDir), options.month, `${bundles[0]!.id}.yaml`)}.`,
    );
  }
  // Every report's file is a known file, even when --report checks only one of them.
  const problems: DataProblem[] = await misnamedMonthFolders(
    options.dataDir,
    'error',
    REPORTS.map((report) => report.id),
  );
  let filesChecked = 0;
  for (const bundle of bundles) {
    const ownRefs = refs.filter((ref) => ref.reportId === bundle.id);
    const result = options.month ? await validateHistory(bundle, options.month, refs) : { ...(await validateReportData(bundle, ownRefs)), read: ownRefs };
    const selected = result.read;
    const archive = await readArchive(options.dataDir, bundle.id, monthsOf(refs, bundle.id));
    problems.push(...result.problems, ...withDisplayPaths(archive?.problems ?? []));
    filesChecked += selected.length + (archive ? 1 : 0);
    // Sound files: the warnings the build would raise (missing months, silent territories,
    // partial figures), each once, so --strict fails here as it would there.
    if ([...result.problems, ...(archive?.problems ?? [])].some((problem) => problem.severity === 'error')) continue;
    for (const month of options.month ? [options.month] : [...result.months.keys()]) {
      if (!result.months.has(month)) continue;
      for (const warning of buildReportModel(bundle, month, result.months, refs, options.dataDir, archive).warnings) {
        // A month missing is told once, on the first month that misses it, not on every later one.
        const seen = problems.some((each) => each.message === warning.message && each.field === warning.field && (each.file === warning.file || warning.field === undefined));
        if (!seen) problems.push(warning);
      }
    }
  }
  return { filesChecked, problems };
}
