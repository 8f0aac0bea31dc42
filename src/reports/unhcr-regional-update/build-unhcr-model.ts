import { addMonths, lastDayOfMonth, makeMonth, monthLabel, monthName, monthRange, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { phraseChange } from '../../format/phrase-change.js';
import { joinNames, phraseShares } from '../../format/phrase-shares.js';
import { computeChange } from '../../indicators/compute-change.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import { computeShares } from '../../indicators/compute-shares.js';
import { computeTopNationalities } from '../../indicators/compute-top-nationalities.js';
import { computeYearToDate } from '../../indicators/compute-year-to-date.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { findJump, findSanityIssues, SILENT_HINT, type ByTerritory } from '../../indicators/find-sanity-issues.js';
import { missingMonthWarnings } from '../completeness/missing-month-warnings.js';
import { findSilentTerritories, reportingTerritories, silentTerritoryWarnings, type MonthValues, type SilentTerritory } from '../completeness/silent-territories.js';
import { sumRegion } from '../completeness/regional-sum.js';
import { leftOutSentence } from '../completeness/left-out-sentence.js';
import type { ModelWarning, MonthHistory } from '../report-bundle.js';
import { collectIllustrative } from '../collect-illustrative.js';
import type { Footnote, UnhcrModel } from './model-types.js';
import { describePeriod } from './period-wording.js';
import { describeMonths } from '../../format/describe-months.js';
import { endSentence } from '../../format/end-sentence.js';
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
  /** Territories that reported no one present (0), which have no bar to show. */
  nonePresent: TerritoryCode[];
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

  // Asylum: intentions and applications to date; the ratio over territories with an intention
  // step. A territory silent in a month of the year while reporting asylum in another, or one with
  // an intention step and no intentions that month, would leave a regional sum short: the totals
  // it is part of show n/a, and that month's file gets a warning.
  // The territories with an intention step this year: every month's list counts, so a list
  // changed during the year neither drops a territory's intentions nor adds a territory's part.
  const intentionStep = new Set<TerritoryCode>(yearToDateMonths(month).flatMap((each) => history.get(each)?.asylum.intention_step ?? []));
  const asylumMonths = monthValues(history, yearToDateMonths(month), (d) => d.asylum.by_territory);
  // Last year counts too: a territory that reported then and is silent all this year (or in
  // January) would leave this year's totals short.
  const lastYearAsylum = monthValues(history, monthRange(makeMonth(year - 1, 1), makeMonth(year - 1, 12)), (d) => d.asylum.by_territory);
  const silentAsylum = findSilentTerritories(asylumMonths, TERRITORY_CODES, lastYearAsylum);
  const asylumReporters = reportingTerritories([...lastYearAsylum, ...asylumMonths], TERRITORY_CODES);
  const inStep = asylumReporters.filter((code) => intentionStep.has(code));
  const asylumTotal = (expected: readonly TerritoryCode[], pick: (entry: { intentions?: number; applications: number }) => number | undefined, within?: readonly TerritoryCode[]) =>
    computeYearToDate(month, (each) => valueIn(each, (d) => sumRegion(d.asylum.by_territory, expected, 'not-available', pick, within).value)).total;
  // The ratio compares like with like: applications and intentions of the same territories.
  const stepTerritories = [...intentionStep];
  const intentions = asylumTotal(inStep, (entry) => entry.intentions, stepTerritories);
  const applications = asylumTotal(asylumReporters, (entry) => entry.applications);
  const applicationsWithIntentionStep = asylumTotal(inStep, (entry) => entry.applications, stepTerritories);
  const withoutIntentions = yearToDateMonths(month).flatMap((each) => {
    const entries = history.get(each)?.asylum.by_territory;
    return inStep.filter((code) => entries?.[code] && entries[code]!.intentions === undefined).map((code) => ({ month: each, code }));
  });
  warnings.push(
    ...silentTerritoryWarnings(
      silentAsylum,
      'asylum.by_territory',
      (name, each) => `${name} has no asylum figures for ${each} though it has them in other months of ${year}; the ${year} asylum totals show n/a`,
    ),
  );
  const stepMonths = (code: TerritoryCode) => describeMonths(yearToDateMonths(month).filter((each) => history.get(each)?.asylum.intention_step.includes(code)));
  warnings.push(
    ...withoutIntentions.map(({ month: each, code }) => ({
      month: each,
      field: `asylum.by_territory.${code}.intentions`,
      message: `${TERRITORY_NAMES[code]} has an intention step in ${year} (asylum.intention_step of ${stepMonths(code)}) but no intentions for ${each}; the ${year} intentions total and the application-vs-intention ratio show n/a`,
      hint: 'Add its intentions (0 if none were expressed), or remove it from asylum.intention_step if its procedure has no intention step.',
    })),
  );
  const silentInStep = silentAsylum.some((each) => intentionStep.has(each.code)) || withoutIntentions.length > 0;

  // Arrivals by territory, year to date; a territory silent in any month of the year is n/a,
  // with a warning on that month's file.
  const silentArrivals = findSilentTerritories(
    monthValues(history, yearToDateMonths(month), (d) => d.arrivals.by_territory),
    TERRITORY_CODES,
    monthValues(history, monthRange(makeMonth(year - 1, 1), makeMonth(year - 1, 12)), (d) => d.arrivals.by_territory),
  );
  warnings.push(
    ...silentTerritoryWarnings(
      silentArrivals,
      'arrivals.by_territory',
      (name, each) => `${name} has no arrivals figure for ${each} though it has them in other months; its new arrivals for ${year} show n/a`,
    ),
  );
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
    arrivalNotes.push({ marker, text: endSentence(text) });
    markerOf.set(code, marker);
  }

  // Persons present at the end of the month, with UASC and each territory's share. The briefs
  // add up the territories that reported and say which did not; with none reporting there is no
  // total at all, never 0. A territory that gives persons but no UASC is left out of the UASC total.
  const present = sumRegion(data.present.by_territory, TERRITORY_CODES, 'partial', (entry) => entry.persons);
  const uasc = sumRegion(data.present.by_territory, TERRITORY_CODES, 'partial', (entry) => entry.uasc);
  const uascOnlyLeftOut = uasc.leftOut.filter((code) => !present.leftOut.includes(code));
  const shares = computeShares(
    TERRITORY_CODES.flatMap((code) => {
      const entry = data.present.by_territory[code];
      return entry ? [{ key: code, count: entry.persons }] : [];
    }),
  );
  for (const code of present.leftOut) {
    warnings.push({
      month,
      field: `present.by_territory.${code}`,
      message: `${TERRITORY_NAMES[code]} has no figure for persons present; it shows n/a and the regional total leaves it out`,
      hint: SILENT_HINT,
    });
  }
  // The regional breakdown chart shows where people stay; a territory with people present but
  // no breakdown, beside others that have one, has no bar: a note says so, and so does a warning.
  const withBreakdown = TERRITORY_CODES.filter((code) => data.present.by_territory[code]?.accommodation);
  if (withBreakdown.length > 0) {
    for (const code of TERRITORY_CODES.filter((each) => (data.present.by_territory[each]?.persons ?? 0) > 0 && !withBreakdown.includes(each))) {
      warnings.push({
        month,
        field: `present.by_territory.${code}.accommodation`,
        message: `${TERRITORY_NAMES[code]} has persons present but no accommodation breakdown; the regional breakdown chart has no bar for it, with a note`,
        hint: 'Add its accommodation (the parts must add up to persons), or accept the note (--strict would stop on it).',
      });
    }
  }
  if (uasc.value !== null) {
    for (const code of uascOnlyLeftOut) {
      warnings.push({
        month,
        field: `present.by_territory.${code}.uasc`,
        message: `${TERRITORY_NAMES[code]} gives persons present but no unaccompanied and separated children; the regional number of UASC leaves it out, with a note`,
        hint: 'Add its uasc (0 if there are none), or accept the note (--strict would stop on it).',
      });
    }
  }

  // Each month-end adds up the territories that reported; one silent while it reports in other
  // months of the series is named in the chart's note, and warned about on its own file.
  const seriesMonths = monthRange(addMonths(month, -(PRESENT_SERIES_MONTHS - 1)), month);
  const presentMonths = monthValues(history, seriesMonths, (d) => d.present.by_territory);
  const silentInSeries = findSilentTerritories(presentMonths, TERRITORY_CODES);
  const presentReporters = reportingTerritories(presentMonths, TERRITORY_CODES);
  const presentByMonth = seriesMonths.map((each) => {
    const found = valueIn(each, (d) => d);
    if (!found) return { month: each, persons: null, leftOut: [] };
    const sum = sumRegion(found.present.by_territory, presentReporters, 'partial', (entry) => entry.persons);
    return { month: each, persons: sum.value, leftOut: sum.value === null ? [] : sum.leftOut };
  });
  // This month's silent territories are warned about above, with what the totals leave out.
  warnings.push(
    ...silentTerritoryWarnings(
      silentInSeries.filter((silent) => silent.month !== month),
      'present.by_territory',
      (name, each) => `${name} has no figure for persons present at the end of ${each}; the chart of persons present by month leaves it out of that month`,
    ),
  );

  const nationalityCounts = data.nationalities?.persons ?? {};
  const topNationalities = computeTopNationalities(nationalityCounts, present.value, TOP_NATIONALITIES);

  const lastMonth = history.get(addMonths(month, -1));
  const estimateJump = findJump('regional_estimate.persons', 'The regional estimate of new arrivals', lastMonth?.regional_estimate.persons, data.regional_estimate.persons);
  for (const issue of [
    ...(estimateJump ? [estimateJump] : []),
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
      unavailable:
        estimate.total !== null ? '' : `The estimate for ${describePeriod(month).label} is not available: there is no data for ${describeMonths(estimate.missingMonths)}.`,
      yearToDate: formatCount(estimate.total),
      previousYearToDate: formatCount(previousEstimate.total),
      change: phraseChange(estimateChange),
      hasChange: estimateChange !== null,
      // Why there is no comparison, when the cause is last year's data (months before the record included).
      noComparisonReason: previousEstimate.missingMonths.length > 0 ? ` (there is no data for ${describeMonths(previousEstimate.missingMonths)})` : '',
    },
    asylum: {
      unavailable: asylumUnavailable(year, silentAsylum, withoutIntentions, silentInStep),
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
      available: present.value !== null,
      unavailable: present.value !== null ? '' : `The number of persons present at the end of ${monthLabel(month)} is not available: no territory reported it.`,
      leftOut:
        present.value === null
          ? ''
          : [
              leftOutSentence('These totals leave out', present.leftOut, `did not report for ${monthLabel(month)}`),
              uasc.value === null
                ? ''
                : leftOutSentence(`The number of unaccompanied and separated children ${present.leftOut.length > 0 ? 'also ' : ''}leaves out`, uascOnlyLeftOut, {
                    one: 'gave no figure for them',
                    many: 'gave no figures for them',
                  }),
            ]
              .filter(Boolean)
              .join(' '),
      total: formatCount(present.value),
      uasc: formatCount(uasc.value),
      uascAvailable: uasc.value !== null,
      sharesSentence: phraseShares(shares, (code) => TERRITORY_NAMES[code as TerritoryCode]),
      hasShares: shares.length > 0,
      rows: TERRITORY_CODES.map((code) => {
        const entry = data.present.by_territory[code];
        const share = shares.find((each) => each.key === code);
        return {
          name: TERRITORY_NAMES[code],
          persons: formatCount(entry?.persons ?? null),
          uasc: formatCount(entry?.uasc ?? null),
          share: formatPercent(share?.fraction),
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
    nonePresent: TERRITORY_CODES.filter((code) => data.present.by_territory[code]?.persons === 0),
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

/**
 * Why the year's asylum totals are n/a, as a sentence: "The 2025 totals are not available: there
 * are no figures from Serbia for March 2025.", or "" when they are complete.
 */
function asylumUnavailable(year: number, silent: readonly SilentTerritory[], withoutIntentions: readonly SilentTerritory[], intentionsToo: boolean): string {
  if (silent.length === 0 && withoutIntentions.length === 0) return '';
  const reasons = [
    ...(silent.length > 0 ? [`there are no figures from ${byTerritory(silent)}`] : []),
    ...(withoutIntentions.length > 0 ? [`there are no intentions from ${byTerritory(withoutIntentions)}`] : []),
  ];
  const what = silent.length === 0 ? 'total of intentions and the application-vs-intention ratio are' : intentionsToo ? 'totals are' : 'total of new asylum applications is';
  return `The ${year} ${what} not available: ${reasons.join('; ')}.`;
}

/** "Serbia for March and June 2025 and Kosovo for May 2025", territory by territory. */
function byTerritory(silent: readonly SilentTerritory[]): string {
  const codes = [...new Set(silent.map((each) => each.code))];
  return joinNames(codes.map((code) => `${TERRITORY_NAMES[code]} for ${describeMonths(silent.filter((each) => each.code === code).map((each) => each.month))}`));
}

function personsByTerritory(data: UnhcrMonth): ByTerritory {
  return Object.fromEntries(Object.entries(data.present.by_territory).map(([code, entry]) => [code, entry?.persons ?? null]));
}

function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)} ${monthName(`${year}-${month}`)} ${year}`;
}
