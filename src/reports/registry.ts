import { UsageError } from '../core/errors.js';
import type { ReportBundle } from './report-bundle.js';
import { iomDtmBrief } from './iom-dtm-brief/index.js';
import { unhcrRegionalUpdate } from './unhcr-regional-update/index.js';

/**
 * A bundle of any report: each has its own month and model types, which the pipeline never
 * looks inside (the bundle's own functions do), so the list holds them unparameterised.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyReportBundle = ReportBundle<any, any>;

/** Every report wb-report knows, in the order they are built. */
export const REPORTS: readonly AnyReportBundle[] = [unhcrRegionalUpdate, iomDtmBrief];

/** The known report ids, for messages and --help. */
export function reportIds(): string[] {
  return REPORTS.map((report) => report.id);
}

/** The bundle for a report id; a clear usage error listing the known ids otherwise. */
export function findReport(id: string): AnyReportBundle {
  const report = REPORTS.find((each) => each.id === id);
  if (!report) throw new UsageError(`Unknown report "${id}".\n  Try one of: ${reportIds().join(', ')}.`);
  return report;
}
