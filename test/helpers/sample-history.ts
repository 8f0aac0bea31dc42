import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { MonthHistory } from '../../src/reports/report-bundle.js';
import { unhcrMonthSchema, type UnhcrMonth } from '../../src/reports/unhcr-regional-update/schema.js';
import { SAMPLE_DATA } from './run-cli.js';

/** Reads every sample UNHCR month straight from data/, validated by the schema. */
export function loadSampleUnhcrMonths(dataDir = SAMPLE_DATA): Map<string, UnhcrMonth> {
  const months = new Map<string, UnhcrMonth>();
  for (const month of readdirSync(dataDir).filter((name) => /^\d{4}-\d{2}$/.test(name))) {
    const text = readFileSync(path.join(dataDir, month, 'unhcr-regional-update.yaml'), 'utf8');
    months.set(month, unhcrMonthSchema.parse(parse(text)));
  }
  return months;
}

/** A history over the given months, as the pipeline hands it to the model builder. */
export function historyOf(months: Map<string, UnhcrMonth>, month: string): MonthHistory<UnhcrMonth> {
  return { month, data: months.get(month)!, get: (each) => months.get(each) };
}
