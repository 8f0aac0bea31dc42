import type { z } from 'zod';
import type { YearMonth } from '../core/months.js';
import type { TerritoryCode } from '../core/territories.js';
import type { ArchivedFigures } from '../load/parse-archive.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import type { DocumentMetadata } from '../core/document-metadata.js';
import type { FigureRow } from '../core/figure-row.js';

export type { DocumentMetadata };

/** A problem a cross-field check found, at a path inside the month's document. */
export interface CheckProblem {
  path: (string | number)[];
  message: string;
  hint?: string;
  /** A warning keeps the month usable (the build goes on, --strict stops); an error does not. */
  severity?: 'error' | 'warning';
}

/** A warning the model builder raises, such as a month missing from the history it needs. */
export interface ModelWarning {
  message: string;
  /** What to try, printed on a line of its own starting "Try:". */
  hint: string;
  /** The month whose file the warning is about, when there is one. */
  month?: YearMonth;
  /** A month of the report's archive the warning is about: it then points at the archive, at that month's first line. */
  archiveMonth?: YearMonth;
  /** The figure of that month the warning is about: it then points at its cell. */
  archiveCell?: { territory: TerritoryCode; figure: 'arrivals' | 'applications' };
  field?: string;
}

/** The months a model reads: the one being built and the ones before it, each possibly missing. */
export interface MonthHistory<Month> {
  month: YearMonth;
  data: Month;
  /** Looks up another month; undefined when its file does not exist. */
  get(month: YearMonth): Month | undefined;
  /**
   * The first month data/ holds for this report. Months before it are outside the record, not
   * gaps in it: figures that need them show n/a without a warning.
   */
  firstMonth?: YearMonth;
  /** A month before data/ begins, from the report's archive (data/archive/<report>.csv), by territory. */
  archived?(month: YearMonth): Partial<Record<TerritoryCode, ArchivedFigures>> | undefined;
  /** The archive's "# illustrative: …" note, when its figures were filled in for a sample. */
  archiveIllustrative?: string;
}

/** The field with which a month file says it restarts the record after a deliberate break. */
export const RECORD_RESTARTS_FIELD = 'record_restarts';

/** The months of `missing` that are gaps in the record, not months before it began. */
export function gapsInRecord(missing: Iterable<YearMonth>, firstMonth: YearMonth | undefined): YearMonth[] {
  return [...missing].filter((month) => firstMonth === undefined || month >= firstMonth).sort();
}

/** Everything a report's template prints, with the charts it embeds. */
export interface BuiltModel<Model> {
  model: Model;
  charts: ChartSpec[];
  /** Every figure the template prints and every chart's values, as the CSV beside the PDF carries them. */
  rows: FigureRow[];
  /** Whether some figure the report reads was filled in for a sample (its notice is printed). */
  illustrative: boolean;
  metadata: DocumentMetadata;
  warnings: ModelWarning[];
}

/** One published layout of a report: its name and the folder under templates/ that prints it. */
export interface ReportLayout {
  id: string;
  /** Folder under templates/ holding report.hbs, partials/ and style.css. */
  templateFolder: string;
  /** The marker printed after every "Kosovo" (its footnote cites resolution 1244 (1999)). */
  kosovoMarker: string;
}

/**
 * A report type as a self-contained bundle: its id, input schema, checks, model builder,
 * charts and layouts. Adding a report means adding one of these to the registry.
 */
export interface ReportBundle<Month = unknown, Model = unknown> {
  id: string;
  schema: z.ZodType<Month>;
  /** Cross-field rules the schema cannot express (parts that add up, UASC within persons present). */
  checkMonth(data: Month): CheckProblem[];
  /** The month stored inside the document, compared with its folder. */
  monthOf(data: Month): YearMonth;
  /**
   * The months the model reads, the built one last (year-to-date of last year, 12-month series).
   * A layout may read more than another, so the built month's data is passed when it is known;
   * without it, the widest window any layout reads.
   */
  historyMonthsNeeded(month: YearMonth, data?: Month): YearMonth[];
  /** Whether a month restarts the record after a deliberate break (months before it are then not gaps). */
  restartsRecord?(data: Month): boolean;
  buildModel(history: MonthHistory<Month>): BuiltModel<Model>;
  /**
   * The layout a month follows (a month file may name one; the latest is the default). Its
   * model builder words the figures for the same layout.
   */
  layoutOf(data: Month): ReportLayout;
  /**
   * How `wb-report new` starts a month from the one before: fields dropped wherever they are
   * (the sample's `illustrative`, a date of that month), and blocks kept as they are (annual
   * figures the brief carries over). Every other figure is left empty, text and lists kept.
   */
  startMonth: { drop: readonly string[]; keep: readonly string[] };
}
