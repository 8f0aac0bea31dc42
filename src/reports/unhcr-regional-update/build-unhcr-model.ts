import { addMonths, makeMonth, lastDayOfMonth, monthLabel, monthName, monthRange, splitMonth, type YearMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { formatLongDate } from '../../format/format-date.js';
import { computeTopNationalities } from '../../indicators/compute-top-nationalities.js';
import type { Figure } from '../../indicators/figure.js';
import { findJump, findSanityIssues, type ByTerritory } from '../find-sanity-issues.js';
import { createMonthReader } from '../completeness/month-reader.js';
import type { ModelWarning, MonthHistory } from '../report-bundle.js';
import { collectIllustrative } from '../collect-illustrative.js';
import { buildArrivalsSection } from './arrivals-section.js';
import { buildAsylumSection } from './asylum-section.js';
import { buildEstimateSection } from './estimate-section.js';
import type { UnhcrModel, UnhcrRawFigures } from './model-types.js';
import { describePeriod } from './period-wording.js';
import { buildPresentSection, PRESENT_SERIES_MONTHS } from './present-section.js';
import type { UnhcrMonth } from './schema.js';
import type { UnhcrContext } from './unhcr-context.js';
import { UNHCR_CONVENTIONS, unhcrLayoutId } from './layouts.js';
import { wordUnhcr2023 } from './wording-2023.js';
import { wordUnhcr2025 } from './wording-2025.js';
import { buildRegionalDemographics, demographicsWarnings } from './demographics-section.js';
import { archiveIllustrativeNote, buildDashboardSection, DASHBOARD_YEARS, type DashboardSeries } from './dashboard-section.js';
import { formatDashboard } from './format-dashboard.js';
import { wordUnhcr2020 } from './wording-2020.js';
import { unhcrFigureRows } from './figure-rows.js';
import type { FigureRow } from '../../core/figure-row.js';

export { PRESENT_SERIES_MONTHS };

/** The blocks of a UNHCR month that may be marked illustrative, with the words the notice prints. */
const ILLUSTRATIVE_BLOCKS = {
  regional_estimate: 'Regional estimate of new arrivals',
  arrivals: 'New arrivals by territory',
  asylum: 'Asylum intentions and applications',
  present: 'Persons present by territory',
  nationalities: 'Nationalities of persons present',
};

/** How many nationalities the chart and table list. */
export const TOP_NATIONALITIES = 10;

/** The figures of the UNHCR regional update for one month, derived from it and the months before. */
export interface UnhcrFigures {
  model: UnhcrModel;
  /** Raw series the charts draw, before formatting. */
  series: UnhcrSeries;
  /** Every figure the layout prints and every chart's values, for the CSV. */
  rows: FigureRow[];
  warnings: ModelWarning[];
}

/** The numeric series behind the charts. */
export interface UnhcrSeries {
  monthlyEstimate: Array<{ month: YearMonth; year: number; monthNumber: number; persons: Figure }>;
  arrivalsYearToDate: Array<{ code: TerritoryCode; name: string; persons: Figure }>;
  presentByMonth: Array<{ month: YearMonth; persons: Figure; leftOut: TerritoryCode[] }>;
  presentByAccommodation: Array<{ code: TerritoryCode; name: string; type: string; persons: number }>;
  /** Territories that reported no one present (0), which have no bar to show. */
  nonePresent: TerritoryCode[];
  uascByTerritory: Array<{ code: TerritoryCode; name: string; uasc: Figure }>;
  topNationalities: ReturnType<typeof computeTopNationalities>;
  /** The layout's marker after "Kosovo" in chart labels. */
  kosovoMarker: string;
  /** The 2020 dashboard's series, when the month follows that layout. */
  dashboard?: DashboardSeries;
}

/**
 * Months a UNHCR model reads: January of last year up to the built month, or, for the 2020
 * dashboard (whose last page draws four calendar years), January three years back. Without the
 * month's data (its file could not be read, or the preview asks which saves matter), the widest.
 */
export function unhcrHistoryMonths(month: YearMonth, data?: UnhcrMonth): YearMonth[] {
  const { year } = splitMonth(month);
  // Without the data, the widest: as if the month followed the dashboard.
  const dashboard = data ? UNHCR_CONVENTIONS[unhcrLayoutId(data)].dashboard : true;
  const first = dashboard ? makeMonth(year - (DASHBOARD_YEARS - 1), 1) : minMonth(makeMonth(year - 1, 1), addMonths(month, -(PRESENT_SERIES_MONTHS - 1)));
  return monthRange(first, month);
}

function minMonth(a: YearMonth, b: YearMonth): YearMonth {
  return a < b ? a : b;
}

/**
 * Derives every figure the template prints from the month and its history, section by
 * section (estimate, asylum, arrivals, persons present, nationalities), each reading the months
 * through the shared month reader, which records the missing ones for one warning.
 */
export function buildUnhcrFigures(history: MonthHistory<UnhcrMonth>): UnhcrFigures {
  const context = createMonthReader(history);
  const { month, data } = context;
  const { year } = splitMonth(month);

  const layout = unhcrLayoutId(data);
  const conventions = UNHCR_CONVENTIONS[layout];
  const estimate = buildEstimateSection(context);
  const arrivals = buildArrivalsSection(context, conventions.starsBefore);
  const asylum = buildAsylumSection(context, arrivals.nextMarker);
  const present = buildPresentSection(context, !conventions.dashboard);
  // The 2020 dashboard's series (four years, per territory) are read only when it is printed.
  const dashboard = conventions.dashboard ? buildDashboardSection(context) : undefined;
  const topNationalities = computeTopNationalities(data.nationalities?.persons ?? {}, present.total, TOP_NATIONALITIES);
  context.warnings.push(...sanityWarnings(context));
  context.warnings.push(
    ...context.missingMonthWarnings(data.report, `year-to-date totals, the comparison with last year, monthly series${dashboard ? ', the dashboard’s charts' : ''}`),
  );

  const figures: UnhcrRawFigures = {
    estimate: estimate.total,
    estimateChange: estimate.change,
    present: present.total,
    uasc: present.uasc,
    presentShares: present.shares,
    intentionStep: asylum.intentionStep,
    comparableIntentions: asylum.comparableIntentions,
    demographics: buildRegionalDemographics(data),
  };
  // Only the 2020 dashboard prints who is present, so only it warns about what its breakdown leaves out.
  if (dashboard) context.warnings.push(...demographicsWarnings(figures.demographics, month));
  const dataAsOf = data.data_as_of ?? `${month}-${String(lastDayOfMonth(month)).padStart(2, '0')}`;
  const period = describePeriod(month);
  const model: UnhcrModel = {
    reportId: data.report,
    organisation: 'UNHCR',
    title: 'Refugees, asylum-seekers and other people in mixed movements',
    subtitle: 'Western Balkans regional update',
    month,
    monthLabel: monthLabel(month),
    monthName: monthName(month),
    lastDayLabel: `${lastDayOfMonth(month)} ${monthName(month)}`,
    year,
    previousYear: year - 1,
    period,
    dataAsOf: formatLongDate(dataAsOf),
    contact: data.contact,
    illustrative: [
      ...collectIllustrative(context.used(unhcrHistoryMonths(month, data)), ILLUSTRATIVE_BLOCKS),
      ...(dashboard ? archiveIllustrativeNote(dashboard, history.archiveIllustrative) : []),
    ],
    regionalEstimate: estimate.model,
    asylum: asylum.model,
    arrivals: arrivals.model,
    present: present.model,
    nationalities: {
      available: topNationalities.length > 0,
      rows: topNationalities.map((row) => ({ name: row.name, count: formatCount(row.count), share: formatPercent(row.fraction) })),
    },
    figures,
    words: dashboard ? wordUnhcr2020(month, figures, dataAsOf, dashboard.years) : layout === '2023' ? wordUnhcr2023(month, figures) : wordUnhcr2025(figures),
    dashboard: dashboard && formatDashboard(dashboard, { figures, arrivals: arrivals.model, previousLabel: String(year - 1), currentLabel: period.label }),
  };
  const series: UnhcrSeries = {
    monthlyEstimate: estimate.monthlyEstimate,
    arrivalsYearToDate: arrivals.arrivalsYearToDate,
    ...present.series,
    topNationalities,
    kosovoMarker: conventions.kosovoMarker,
    dashboard,
  };
  return { model, series, rows: unhcrFigureRows({ month, data, history, model, series, asylum: asylum.totals }), warnings: context.warnings };
}

/**
 * Figures worth a second look: a jump of more than three times since last month in the
 * estimate or a territory, a territory silent after reporting last month. One warning per
 * field: a field the sections already warned about is not warned about again.
 */
function sanityWarnings(context: UnhcrContext): ModelWarning[] {
  const { month, data, history } = context;
  const lastMonth = history.get(addMonths(month, -1));
  const estimateJump = findJump('regional_estimate.persons', 'The regional estimate of new arrivals', lastMonth?.regional_estimate.persons, data.regional_estimate.persons);
  const issues = [
    ...(estimateJump ? [estimateJump] : []),
    ...findSanityIssues(data.arrivals.by_territory, lastMonth?.arrivals.by_territory, 'arrivals.by_territory', 'new arrivals'),
    ...findSanityIssues(personsByTerritory(data), lastMonth && personsByTerritory(lastMonth), 'present.by_territory', 'persons present'),
  ];
  return issues.filter((issue) => !context.warnings.some((warning) => warning.field === issue.field)).map((issue) => ({ month, ...issue }));
}

function personsByTerritory(data: UnhcrMonth): ByTerritory {
  return Object.fromEntries(Object.entries(data.present.by_territory).map(([code, entry]) => [code, entry?.persons ?? null]));
}
