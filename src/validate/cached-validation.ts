import { stat } from 'node:fs/promises';
import type { YearMonth } from '../core/months.js';
import type { ReportBundle } from '../reports/report-bundle.js';
import { validateMonthFile, type ValidatedMonth } from './validate-month-file.js';
import type { ValidateFile } from './validate-report-data.js';

/**
 * A file validator that remembers each file's result until the file changes on disk (size or
 * modification time): in the preview a save re-reads one month, not the two years of history
 * behind it, and a range build reads each month once, not once per month that looks back at it.
 */
export function createCachedValidation(): { validateFile: ValidateFile; forget(file: string): void } {
  const cache = new Map<string, { stamp: string; result: Promise<ValidatedMonth<unknown>> }>();
  const validateFile: ValidateFile = async <Month>(bundle: ReportBundle<Month>, file: string, month: YearMonth) => {
    const info = await stat(file).catch(() => undefined);
    const stamp = info ? `${bundle.id}:${info.size}:${info.mtimeMs}` : 'missing';
    const key = `${bundle.id}\u0000${file}`;
    const cached = cache.get(key);
    if (cached && cached.stamp === stamp) return cached.result as Promise<ValidatedMonth<Month>>;
    const result = validateMonthFile(bundle, file, month);
    cache.set(key, { stamp, result: result as Promise<ValidatedMonth<unknown>> });
    return result;
  };
  return {
    validateFile,
    forget(file) {
      for (const key of cache.keys()) if (key.endsWith(`\u0000${file}`)) cache.delete(key);
    },
  };
}
