import { UsageError } from '../core/errors.js';
import type { ReportBundle } from './report-bundle.js';
import { iomDtmBrief } from './iom-dtm-brief/index.js';
import { unhcrRegionalUpdate } from './unhcr-regional-update/index.js';

/** Every report wb-report knows, in the order they are built. */
export const REPORTS: readonly ReportBundle<any, any>[] = [unhcrRegionalUpdate, iomDtmBrief];

/** The known report ids, for messages and --help. */
export function reportIds(): string[] {
  return REPORTS.map((report) => report.id);
}

/** The bundle for a report id; a clear usage error listing the known ids otherwise. */
export function findReport(id: string): ReportBundle<any, any> {
  const report = REPORTS.find((each) => each.id === id);
  if (!report) throw new UsageError(`Unknown report "${id}".\n  Try one of: ${reportIds().join(', ')}.`);
  return report;
}
