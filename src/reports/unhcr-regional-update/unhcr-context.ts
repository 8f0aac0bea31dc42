import type { MonthReader } from '../completeness/month-reader.js';
import type { UnhcrMonth } from './schema.js';

/** What every section of the UNHCR model reads: the shared month reader over UNHCR months. */
export type UnhcrContext = MonthReader<UnhcrMonth>;
