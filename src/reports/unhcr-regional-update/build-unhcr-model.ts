import { addMonths, lastDayOfMonth, monthLabel, monthName, monthRange, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { phraseChange } from '../../format/phrase-change.js';
import { joinNames, phraseShares } from '../../format/phrase-shares.js';
import { computeChange } from '../../indicators/compute-change.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import { computeShares } from '../../indicators/compute-shares.js';
import { computeTopNationalities } from '../../indicators/compute-top-nationalities.js';
import { computeYearToDate } from '../../indicators/compute-year-to-date.js';
import { sumFigures, sumPresent, type Figure } from '../../indicators/figure.js';
import { findSanityIssues, SILENT_HINT, type ByTerritory } from '../../indicators/find-sanity-issues.js';
import { missingMonthWarnings } from '../missing-month-warnings.js';
import { findSilentTerritories, silentTerritoryWarnings, type MonthValues, type SilentTerritory } from '../silent-territories.js';
import type { ModelWarning, MonthHistory } from '../report-bundle.js';
import { collectIllustrative } from '../collect-illustrative.js';
import type { Footnote, UnhcrModel } from './model-types.js';
import { describePeriod } from './period-wording.js';
import { describeMonths } from '../../format/describe-months.js';
import type { UnhcrMonth } from './schema.js';

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
/** How many month-ends the "present at the end of each month" series covers: this month and the 12 before. */
export const PRESENT_SERIES_MONTHS = 13;

/** The figures of the UNHCR regional update for one month, derived from it and the months before. */
export interface UnhcrFigures {
  model: UnhcrModel;
  /** Raw series the charts draw, before formatting. */
  series: UnhcrSeries;
  warnings: ModelWarning[];
}

/** The numeric series behind the charts. */
export interface UnhcrSeries {
  monthlyEstimate: Array<{ month: YearMonth; year: number; monthNumber: number; persons: Figure }>;
  arrivalsYearToDate: Array<{ code: TerritoryCode; name: string; persons: Figure }>;
  presentByMonth: Array<{ month: YearMonth; persons: Figure; leftOut: TerritoryCode[] }>;
  presentByAccommodation: Array<{ code: TerritoryCode; name: string; type: string; persons: number }>;
  uascByTerritory: Array<{ code: TerritoryCode; name: string; uasc: Figure }>;
  topNationalities: ReturnType<typeof computeTopNationalities>;
}

/** Months a UNHCR model reads: January of last year up to the built month. */
export function unhcrHistoryMonths(month: YearMonth): YearMonth[] {
  const { year } = splitMonth(month);
  const first = `${year - 1}-01` < addMonths(month, -(PRESENT_SERIES_MONTHS - 1)) ? `${year - 1}-01` : addMonths(month, -(PRESENT_SERIES_MONTHS - 1));
  return monthRange(first, month);
}

/** Derives every figure the template prints from the month and its history. */
export function buildUnhcrFigures(history: MonthHistory<UnhcrMonth>): UnhcrFigures {
  const { month, data } = history;
  const { year } = splitMonth(month);
  const warnings: ModelWarning[] = [];
  const missing = new Set<YearMonth>();
  const valueIn = <T>(each: YearMonth, pick: (data: UnhcrMonth) => T): T | undefined => {
    const found = history.get(each);
    if (!found) missing.add(each);
    return found ? pick(found) : undefined;
  };

  // Regional estimate: this year to date against the same months of last year.
  const estimate = computeYearToDate(month, (each) => valueIn(each, (d) => d.regional_estimate.persons));
  const previousEstimate = computeYearToDate(addMonths(month, -12), (each) => valueIn(each, (d) => d.regional_estimate.persons));
  const estimateChange = computeChange(estimate.total, previousEstimate.total);

  // Asylum: intentions and applications to date; the ratio over territories with an intention step.
  const intentionStep = new Set<TerritoryCode>(data.asylum.intention_step);
  const asylumTotals = (pick: (entry: { intentions?: number; applications: number }, code: TerritoryCode) => number | undefined) =>
    computeYearToDate(month, (each) => valueIn(each, (d) => sumPresent(TERRITORY_CODES.map((code) => {
      const entry = d.asylum.by_territory[code];
      return entry ? pick(entry, code) : undefined;
    })))).total;
  // A territory silent in a month of the year while reporting asylum in another would leave the
  // regional sums short: the totals it is part of show n/a, and the month's file gets a warning.
  const silentAsylum = findSilentTerritories(monthValues(history, yearToDateMonths(month), (d) => d.asylum.by_territory), TERRITORY_CODES);
  const silentInStep = silentAsylum.some((each) => intentionStep.has(each.code));
  const intentions = silentInStep ? null : asylumTotals((entry, code) => (intentionStep.has(code) ? entry.intentions : undefined));
  const applications = silentAsylum.length > 0 ? null : asylumTotals((entry) => entry.applications);
  const applicationsWithIntentionStep = silentInStep ? null : asylumTotals((entry, code) => (intentionStep.has(code) ? entry.applications : undefined));
  warnings.push(...silentTerritoryWarnings(silentAsylum, 'asylum.by_territory', (name, each) => `${name} has no asylum figures for ${each} though it has them in other months of ${year}; the ${year} asylum totals show n/a`));

  // Arrivals by territory, year to date; a territory silent in any month of the year is n/a.
  const arrivalsYearToDate = TERRITORY_CODES.map((code) => {
    const perMonth = yearToDateMonths(month).map((each) => valueIn(each, (d) => d.arrivals.by_territory[code] ?? null) ?? null);
    return { code, name: TERRITORY_NAMES[code], persons: sumFigures(perMonth) };
  });
  const arrivalNotes: Footnote[] = [];
  const markerOf = new Map<TerritoryCode, string>();
  for (const code of TERRITORY_CODES) {
    const text = data.arrivals.notes?.[code];
    if (!text) continue;
    const marker = '*'.repeat(arrivalNotes.length + 1);
    arrivalNotes.push({ marker, text });
    markerOf.set(code, marker);
  }

  // Persons present at the end of the month, with UASC and each territory's share.
  const presentParts = TERRITORY_CODES.map((code) => ({ key: code, entry: data.present.by_territory[code] }));
  // Territories that reported make the regional total, and the brief says which did not; with
  // none reporting there is no total at all, never 0.
  const reporting = presentParts.filter((part) => part.entry);
  const silent = presentParts.filter((part) => !part.entry).map((part) => TERRITORY_NAMES[part.key]);
  const presentTotal = reporting.length === 0 ? null : sumPresent(reporting.map((part) => part.entry!.persons));
  const uascTotal = reporting.length === 0 ? null : sumPresent(reporting.map((part) => part.entry!.uasc));
  const shares = computeShares(presentParts.filter((part) => part.entry).map((part) => ({ key: part.key, count: part.entry!.persons })));
  for (const part of presentParts) {
    if (!part.entry) warnings.push({ month, field: `present.by_territory.${part.key}`, message: `${TERRITORY_NAMES[part.key]} has no figure for persons present; it shows n/a and the regional total leaves it out`, hint: SILENT_HINT });
  }

  // Each month-end adds up the territories that reported; one silent while it reports in other
  // months of the series is named in the chart's note, and warned about on its own file.
  const seriesMonths = monthRange(addMonths(month, -(PRESENT_SERIES_MONTHS - 1)), month);
  const silentInSeries = findSilentTerritories(monthValues(history, seriesMonths, (d) => d.present.by_territory), TERRITORY_CODES);
  const presentByMonth = seriesMonths.map((each) => {
    const found = valueIn(each, (d) => d);
    if (!found) return { month: each, persons: null, leftOut: [] };
    const leftOut = silentInSeries.filter((silent) => silent.month === each).map((silent) => silent.code);
    const reported = Object.values(found.present.by_territory).filter((entry) => entry);
    return { month: each, persons: reported.length === 0 ? null : sumPresent(reported.map((entry) => entry!.persons)), leftOut };
  });
  // This month's silent territories are warned about above, with what the totals leave out.
  warnings.push(...silentTerritoryWarnings(silentInSeries.filter((silent) => silent.month !== month), 'present.by_territory',
    (name, each) => `${name} has no figure for persons present at the end of ${each}; the chart of persons present by month leaves it out of that month`));

  const nationalityCounts = data.nationalities?.persons ?? {};
  const topNationalities = computeTopNationalities(nationalityCounts, presentTotal, TOP_NATIONALITIES);

  const lastMonth = history.get(addMonths(month, -1));
  for (const issue of [
    ...findSanityIssues(data.arrivals.by_territory, lastMonth?.arrivals.by_territory, 'arrivals.by_territory', 'new arrivals'),
    ...findSanityIssues(personsByTerritory(data), lastMonth && personsByTerritory(lastMonth), 'present.by_territory', 'persons present'),
  ]) {
    // A territory without persons present is already warned about above; one warning per field.
    if (!warnings.some((warning) => warning.field === issue.field)) warnings.push({ month, ...issue });
  }

  warnings.push(...missingMonthWarnings(month, missing, history.firstMonth, data.report, 'year-to-date totals, the comparison with last year, monthly series'));

  const used = unhcrHistoryMonths(month).flatMap((each) => {
    const found = history.get(each);
    return found ? [{ month: each, data: found }] : [];
  });

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
    period: describePeriod(month),
    dataAsOf: formatDate(data.data_as_of ?? `${month}-${String(lastDayOfMonth(month)).padStart(2, '0')}`),
    contact: data.contact,
    illustrative: collectIllustrative(used, ILLUSTRATIVE_BLOCKS),
    regionalEstimate: {
      available: estimate.total !== null,
      unavailable: estimate.total !== null ? '' : `The estimate for ${describePeriod(month).label} is not available: there is no data for ${describeMonths(estimate.missingMonths)}.`,
      yearToDate: formatCount(estimate.total),
      previousYearToDate: formatCount(previousEstimate.total),
      change: phraseChange(estimateChange),
      hasChange: estimateChange !== null,
    },
    asylum: {
      unavailable: silentAsylum.length === 0 ? '' : `The ${year} ${silentInStep ? 'totals are' : 'total of new asylum applications is'} not available: ${describeSilent(silentAsylum)}.`,
      intentions: formatCount(intentions),
      applications: formatCount(applications),
      ratio: formatPercent(computeRatio(applicationsWithIntentionStep, intentions)),
      intentionTerritories: joinNames(TERRITORY_CODES.filter((code) => intentionStep.has(code)).map((code) => TERRITORY_NAMES[code])),
      marker: '*'.repeat(arrivalNotes.length + 1),
    },
    arrivals: {
      rows: arrivalsYearToDate.map((row) => ({ code: row.code, name: row.name, value: formatCount(row.persons), marker: markerOf.get(row.code) ?? '' })),
      notes: arrivalNotes,
    },
    present: {
      available: presentTotal !== null,
      unavailable: presentTotal !== null ? '' : `The number of persons present at the end of ${monthLabel(month)} is not available: no territory reported it.`,
      leftOut: presentTotal !== null && silent.length > 0 ? `These totals leave out ${joinNames(silent)}, which did not report for ${monthLabel(month)}.` : '',
      total: formatCount(presentTotal),
      uasc: formatCount(uascTotal),
      sharesSentence: phraseShares(shares, (code) => TERRITORY_NAMES[code as TerritoryCode]),
      hasShares: shares.length > 0,
      rows: TERRITORY_CODES.map((code) => {
        const entry = data.present.by_territory[code];
        const share = shares.find((each) => each.key === code);
        return {
          name: TERRITORY_NAMES[code],
          persons: formatCount(entry?.persons ?? null),
          uasc: formatCount(entry?.uasc ?? null),
          share: share ? `${share.percent}%` : 'n/a',
        };
      }),
    },
    nationalities: {
      available: topNationalities.length > 0,
      rows: topNationalities.map((row) => ({ name: row.name, count: formatCount(row.count), share: formatPercent(row.fraction) })),
    },
  };

  const series: UnhcrSeries = {
    monthlyEstimate: monthRange(`${year - 1}-01`, month).map((each) => {
      const parts = splitMonth(each);
      return { month: each, year: parts.year, monthNumber: parts.monthNumber, persons: history.get(each)?.regional_estimate.persons ?? null };
    }),
    arrivalsYearToDate,
    presentByMonth,
    presentByAccommodation: TERRITORY_CODES.flatMap((code) => {
      const entry = data.present.by_territory[code];
      if (!entry) return [];
      const parts = entry.accommodation ?? {};
      return Object.entries(parts).map(([type, persons]) => ({ code, name: TERRITORY_NAMES[code], type, persons: persons ?? 0 }));
    }),
    uascByTerritory: TERRITORY_CODES.map((code) => ({ code, name: TERRITORY_NAMES[code], uasc: data.present.by_territory[code]?.uasc ?? null })),
    topNationalities,
  };
  return { model, series, warnings };
}

/** A block of the months that exist among `months`, for findSilentTerritories (a missing month is a gap of its own). */
function monthValues(history: MonthHistory<UnhcrMonth>, months: readonly YearMonth[], pick: (data: UnhcrMonth) => MonthValues['values']): MonthValues[] {
  return months.flatMap((each) => {
    const found = history.get(each);
    return found ? [{ month: each, values: pick(found) }] : [];
  });
}

/** "Serbia has no figures for March and June 2025" and the like, territory by territory. */
function describeSilent(silent: readonly SilentTerritory[]): string {
  const codes = [...new Set(silent.map((each) => each.code))];
  const parts = codes.map((code) => `${TERRITORY_NAMES[code]} for ${describeMonths(silent.filter((each) => each.code === code).map((each) => each.month))}`);
  return `there are no figures from ${joinNames(parts)}`;
}

function personsByTerritory(data: UnhcrMonth): ByTerritory {
  return Object.fromEntries(Object.entries(data.present.by_territory).map(([code, entry]) => [code, entry?.persons ?? null]));
}

function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)} ${monthName(`${year}-${month}`)} ${year}`;
}
