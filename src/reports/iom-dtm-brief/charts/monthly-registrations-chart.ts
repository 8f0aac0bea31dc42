import type { ChartSpec } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { findLeaders, partialMonthsClause, partialMonthsNote, type PartialMonth } from '../../../charts/alt-text-phrases.js';
import { joinNames } from '../../../format/phrase-shares.js';
import { missingMonthsClause } from '../../../charts/missing-months-clause.js';
import { IOM_CHART_CONFIG, IOM_COLORS } from '../../../charts/theme-iom.js';
import { monthLabel, shortMonthName, splitMonth, type YearMonth } from '../../../core/months.js';
import { TERRITORY_NAMES } from '../../../core/territories.js';
import { formatCount } from '../../../format/format-number.js';
import type { MonthlyRegistrations } from '../registrations-section.js';
import { IOM_TERRITORY_ORDER } from '../territory-order.js';

/**
 * Monthly registrations on arrival in the Western Balkans over the year, stacked by territory,
 * with the monthly total on top. `months` are the year's months up to the built one: each keeps
 * its slot, so a month with no data is a visible gap, in calendar order.
 */
export function buildMonthlyRegistrationsChart(
  monthly: MonthlyRegistrations,
  months: readonly YearMonth[],
  partials: readonly PartialMonth[] = [],
  width = 470,
  height = 165,
): ChartSpec {
  const year = splitMonth(months[0]!).year;
  const label = (code: (typeof IOM_TERRITORY_ORDER)[number]) => TERRITORY_NAMES[code];
  const values = monthly.map((row) => ({
    month: shortMonthName(row.month),
    territory: label(row.code),
    territoryOrder: IOM_TERRITORY_ORDER.indexOf(row.code),
    registrations: row.registrations,
  }));
  const totals = new Map<string, number>();
  for (const row of monthly) totals.set(row.month, (totals.get(row.month) ?? 0) + row.registrations);
  const top = findLeaders([...totals], ([, total]) => total);
  const missing = months.filter((month) => !totals.has(month));
  return {
    id: 'monthly-registrations',
    altText: top
      ? `Stacked bar chart of monthly registrations on arrival in the Western Balkans in ${year}, by territory; ${top.leaders.length > 1 ? 'the highest months were' : 'the highest month was'} ${joinNames(top.leaders.map(([month]) => monthLabel(month)))} with ${formatCount(top.value)}${top.leaders.length > 1 ? ' each' : ''}${missingMonthsClause(missing)}${partialMonthsClause(partials)}.`
      : `Stacked bar chart of monthly registrations on arrival in ${year}; no figures are available.`,
    legend: IOM_TERRITORY_ORDER.map((code, index) => ({ label: label(code), color: IOM_COLORS.territory[index]! })),
    note: partialMonthsNote(partials),
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: IOM_CHART_CONFIG,
      width,
      height,
      data: { values },
      // An explicit order and domain: a sort by field would be lost in the aggregated total layer.
      encoding: { x: { field: 'month', type: 'ordinal', sort: months.map(shortMonthName), scale: { domain: months.map(shortMonthName) }, title: null } },
      layer: [
        {
          mark: { type: 'bar', width: { band: 0.72 } },
          encoding: {
            y: { field: 'registrations', type: 'quantitative', aggregate: 'sum', title: null, axis: { format: ',d', tickCount: 4, grid: true } },
            color: {
              field: 'territory',
              type: 'nominal',
              sort: IOM_TERRITORY_ORDER.map(label),
              scale: { domain: IOM_TERRITORY_ORDER.map(label), range: [...IOM_COLORS.territory] },
              legend: null,
            },
            order: { field: 'territoryOrder' },
          },
        },
        {
          mark: { type: 'text', dy: -5, fontSize: 8, fontWeight: 'bold', color: IOM_COLORS.navy },
          encoding: {
            y: { field: 'registrations', type: 'quantitative', aggregate: 'sum' },
            text: { field: 'registrations', type: 'quantitative', aggregate: 'sum', format: ',d' },
          },
        },
      ],
    },
  };
}
