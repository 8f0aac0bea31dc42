import path from 'node:path';
import type { DataProblem } from './core/errors.js';
import type { YearMonth } from './core/months.js';
import { displayPath } from './core/display-path.js';
import { firstMonthOf, type DataFileRef } from './load/discover-data.js';
import type { ReadArchive } from './load/read-archive.js';
import type { BuiltModel, ReportBundle } from './reports/report-bundle.js';
import type { ValidatedReportData } from './validate/validate-report-data.js';

/**
 * Builds one month's model from validated months, with its warnings located on the files they
 * concern. The build and `validate` both call it, so validate warns of what the build would.
 */
export function buildReportModel(
  bundle: ReportBundle,
  month: YearMonth,
  months: ValidatedReportData<unknown>['months'],
  refs: readonly DataFileRef[],
  dataDir: string,
  archive?: ReadArchive,
): { built: BuiltModel<unknown>; warnings: DataProblem[] } {
  // A month that restarts the record (after a deliberate break) is where the record begins for
  // this build; the archive's months then lie before it, outside the record like any other.
  const restart = [...months]
    .filter(([each, entry]) => each <= month && bundle.restartsRecord?.(entry.data))
    .map(([each]) => each)
    .sort()
    .at(-1);
  const built = bundle.buildModel({
    month,
    data: months.get(month)!.data,
    get: (each) => months.get(each)?.data,
    firstMonth: restart ?? firstMonthOf(refs, bundle.id),
    archived: (each) => archive?.months.get(each),
    archiveFirstMonth: restart || !archive ? undefined : [...archive.months.keys()].sort()[0],
    archiveIllustrative: archive?.illustrative,
  });
  const fileOf = (each: YearMonth) => displayPath(months.get(each)?.file ?? path.join(dataDir, each, `${bundle.id}.yaml`));
  // A warning about a field points at it in its month's file, as far as the file has it.
  const warnings: DataProblem[] = built.warnings.map((warning) => ({
    file: fileOf(warning.month ?? month),
    ...(warning.field ? months.get(warning.month ?? month)?.locate?.(warning.field) : undefined),
    field: warning.field,
    message: warning.message,
    hint: warning.hint,
    severity: 'warning',
  }));
  return { built, warnings };
}
