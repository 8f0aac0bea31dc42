import { addMonths, monthLabel, monthRange, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { computeShares, type Share } from '../../indicators/compute-shares.js';
import { SILENT_HINT } from '../find-sanity-issues.js';
import type { Figure } from '../../indicators/figure.js';
import { leftOutSentence } from '../completeness/left-out-sentence.js';
import { sumRegion } from '../completeness/regional-sum.js';
import { findSilentTerritories, reportingTerritories, silentTerritoryWarnings } from '../completeness/silent-territories.js';
import type { UnhcrSeries } from './build-unhcr-model.js';
import type { ModelWarning } from '../report-bundle.js';
import type { UnhcrModel } from './model-types.js';
import type { UnhcrContext } from './unhcr-context.js';
import type { UnhcrMonth } from './schema.js';

/** How many month-ends the "present at the end of each month" series covers: this month and the 12 before. */
export const PRESENT_SERIES_MONTHS = 13;

/** The series of the persons-present charts. */
type PresentSeries = Pick<UnhcrSeries, 'presentByMonth' | 'presentByAccommodation' | 'nonePresent' | 'uascByTerritory'>;

/**
 * Persons present at the end of the month, with UASC, each territory's share, and the series of
 * the charts (by month, by accommodation, UASC by territory). The regional total adds up the
 * territories that reported and names those it leaves out.
 */
export function buildPresentSection(
  context: UnhcrContext,
  /** Whether the layout draws the accommodation breakdown and the persons-present-by-month charts (the 2020 dashboard does not): only then are their gaps warned about. */
  drawsCharts = true,
): { model: UnhcrModel['present']; total: Figure; uasc: Figure; shares: Share<TerritoryCode>[]; series: PresentSeries } {
  const { month, data } = context;
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
  context.warnings.push(...presentWarnings(context, present.leftOut, uasc.value === null ? [] : uascOnlyLeftOut, drawsCharts));

  const presentByMonth = buildPresentByMonth(context, drawsCharts);

  const model: UnhcrModel['present'] = {
    available: present.value !== null,
    unavailable: present.value !== null ? '' : `The number of persons present at the end of ${monthLabel(month)} is not available: no territory reported it.`,
    leftOut: present.value === null ? '' : leftOutSentences(month, present.leftOut, uasc.value === null ? undefined : uascOnlyLeftOut),
    total: formatCount(present.value),
    uasc: formatCount(uasc.value),
    uascAvailable: uasc.value !== null,
    hasShares: shares.length > 0,
    accommodationAvailable: TERRITORY_CODES.some((code) => data.present.by_territory[code]?.accommodation),
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
  };
  const series: PresentSeries = { presentByMonth, ...presentSeriesOf(data) };
  return { model, total: present.value, uasc: uasc.value, shares, series };
}

/** The sentences under the totals: the territories they leave out, and those the UASC figure leaves out besides. */
function leftOutSentences(month: YearMonth, leftOut: readonly TerritoryCode[], uascOnlyLeftOut: readonly TerritoryCode[] | undefined): string {
  return [
    leftOutSentence('These totals leave out', leftOut, `did not report for ${monthLabel(month)}`),
    uascOnlyLeftOut
      ? leftOutSentence(`The number of unaccompanied and separated children ${leftOut.length > 0 ? 'also ' : ''}leaves out`, uascOnlyLeftOut, {
          one: 'gave no figure for them',
          many: 'gave no figures for them',
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The month's series of the accommodation and UASC charts. */
function presentSeriesOf(data: UnhcrMonth): Omit<PresentSeries, 'presentByMonth'> {
  return {
    presentByAccommodation: TERRITORY_CODES.flatMap((code) => {
      const entry = data.present.by_territory[code];
      if (!entry) return [];
      const parts = entry.accommodation ?? {};
      return Object.entries(parts).map(([type, persons]) => ({ code, name: TERRITORY_NAMES[code], type, persons: persons ?? 0 }));
    }),
    nonePresent: TERRITORY_CODES.filter((code) => data.present.by_territory[code]?.persons === 0),
    uascByTerritory: TERRITORY_CODES.map((code) => ({ code, name: TERRITORY_NAMES[code], uasc: data.present.by_territory[code]?.uasc ?? null })),
  };
}

/**
 * The warnings of the month's persons present: a territory without a figure (left out of the
 * totals), one without an accommodation breakdown beside others that have one (no bar in the
 * breakdown chart), one without UASC (left out of their number).
 */
function presentWarnings(context: UnhcrContext, leftOut: readonly TerritoryCode[], uascOnlyLeftOut: readonly TerritoryCode[], drawsCharts: boolean): ModelWarning[] {
  const { month, data } = context;
  const warnings: ModelWarning[] = [];
  for (const code of leftOut) {
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
  if (drawsCharts && withBreakdown.length === 0 && leftOut.length < TERRITORY_CODES.length) {
    warnings.push({
      month,
      field: 'present.by_territory',
      message: `No territory gives an accommodation breakdown; the regional breakdown chart is replaced by a sentence saying so`,
      hint: "Add each territory's accommodation (the parts must add up to persons), or accept the sentence (--strict would stop on it).",
    });
  }
  if (drawsCharts && withBreakdown.length > 0) {
    for (const code of TERRITORY_CODES.filter((each) => (data.present.by_territory[each]?.persons ?? 0) > 0 && !withBreakdown.includes(each))) {
      warnings.push({
        month,
        field: `present.by_territory.${code}.accommodation`,
        message: `${TERRITORY_NAMES[code]} has persons present but no accommodation breakdown; the regional breakdown chart has no bar for it, with a note`,
        hint: 'Add its accommodation (the parts must add up to persons), or accept the note (--strict would stop on it).',
      });
    }
  }
  for (const code of uascOnlyLeftOut) {
    warnings.push({
      month,
      field: `present.by_territory.${code}.uasc`,
      message: `${TERRITORY_NAMES[code]} gives persons present but no unaccompanied and separated children; the regional number of UASC leaves it out, with a note`,
      hint: 'Add its uasc (0 if there are none), or accept the note (--strict would stop on it).',
    });
  }
  return warnings;
}

/**
 * Persons present at each month-end of the series: the territories that reported, added up; one
 * silent while it reports in other months of the series is named in the chart's note, and warned
 * about on its own file (this month's silent territories are warned about with the totals).
 */
function buildPresentByMonth(context: UnhcrContext, drawsCharts: boolean): UnhcrSeries['presentByMonth'] {
  const { month } = context;
  const seriesMonths = monthRange(addMonths(month, -(PRESENT_SERIES_MONTHS - 1)), month);
  const presentMonths = context.blockOf(seriesMonths, (d) => d.present.by_territory);
  const silentInSeries = findSilentTerritories(presentMonths, TERRITORY_CODES);
  const presentReporters = reportingTerritories(presentMonths, TERRITORY_CODES);
  const presentByMonth = seriesMonths.map((each) => {
    const found = context.monthData(each);
    if (!found) return { month: each, persons: null, leftOut: [] };
    const sum = sumRegion(found.present.by_territory, presentReporters, 'partial', (entry) => entry.persons);
    return { month: each, persons: sum.value, leftOut: sum.value === null ? [] : sum.leftOut };
  });
  // This month's silent territories are warned about above, with what the totals leave out.
  if (drawsCharts)
    context.warnings.push(
      ...silentTerritoryWarnings(
        silentInSeries.filter((silent) => silent.month !== month),
        'present.by_territory',
        (name, each) => `${name} has no figure for persons present at the end of ${each}; the chart of persons present by month leaves it out of that month`,
      ),
    );

  return presentByMonth;
}
