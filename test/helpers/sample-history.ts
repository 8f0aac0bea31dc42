import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { MonthHistory } from '../../src/reports/report-bundle.js';
import { iomMonthSchema, type IomMonth } from '../../src/reports/iom-dtm-brief/schema.js';
import { unhcrMonthSchema, type UnhcrMonth } from '../../src/reports/unhcr-regional-update/schema.js';
import { SAMPLE_DATA } from './run-cli.js';

/** Reads every sample month of one report straight from data/, validated by its schema. */
export function loadSampleMonths<Month>(reportId: string, schema: z.ZodType<Month>, dataDir = SAMPLE_DATA): Map<string, Month> {
  const months = new Map<string, Month>();
  for (const month of readdirSync(dataDir).filter((name) => /^\d{4}-\d{2}$/.test(name))) {
    const file = path.join(dataDir, month, `${reportId}.yaml`);
    if (existsSync(file)) months.set(month, schema.parse(parse(readFileSync(file, 'utf8'))));
  }
  return months;
}

/** The sample months of the UNHCR regional update. */
export const loadSampleUnhcrMonths = (): Map<string, UnhcrMonth> => loadSampleMonths('unhcr-regional-update', unhcrMonthSchema);
/** The sample months of the IOM DTM brief. */
export const loadSampleIomMonths = (): Map<string, IomMonth> => loadSampleMonths('iom-dtm-brief', iomMonthSchema);

/** A history over the given months, as the pipeline hands it to the model builder. */
export function historyOf<Month>(months: Map<string, Month>, month: string): MonthHistory<Month> {
  return { month, data: months.get(month)!, get: (each) => months.get(each), firstMonth: [...months.keys()].sort()[0] };
}
