import { splitMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { findBaseline } from './cumulative-baseline.js';
import { baselineTotal } from './baseline-total.js';
import { baselineSource, byTerritoryThisYear, findSilentThisYear, latestBlock, silentThisYearWarnings, type IomContext } from './iom-context.js';
import type { IomModel, TerritoryTable } from './model-types.js';
import type { IomMonth } from './schema.js';
import { buildTerritoryTable } from './territory-table.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';

/** How many past years of returns by the authorities the brief prints, newest first. */
export const AUTHORITY_YEARS = 2;

/**
 * Assisted voluntary returns in the year so far (total, male and female shares, reintegration
 * grants) and the table per territory: this year and the cumulative total since the baseline year.
 */
export function buildAvrrSection(context: IomContext): IomModel['avrr'] {
  const { year } = splitMonth(context.month);
  const months = context.yearToDate()?.map((data) => data.avrr);
  const complete = months && months.every(Boolean) ? (months as NonNullable<IomMonth['avrr']>[]) : undefined;
  const sum = (pick: (avrr: NonNullable<IomMonth['avrr']>) => number): Figure => (complete ? sumFigures(complete.map(pick)) : null);
  const male = sum((avrr) => avrr.male);
  const female = sum((avrr) => avrr.female);
  const returns = male !== null && female !== null ? male + female : null;
  const thisYear = byTerritoryThisYear(context, (data) => data.avrr?.returns_by_territory);
  const silent = findSilentThisYear(context, (data) => data.avrr?.returns_by_territory);
  context.warnings.push(...silentThisYearWarnings(silent, 'avrr.returns_by_territory', 'assisted voluntary returns'));
  const baseline = findBaseline(context.month, baselineSource(context, (data) => data.avrr, (data) => data.avrr?.returns_by_territory));
  return {
    available: Boolean(complete),
    returns: formatCount(returns),
    male: formatPercent(computeRatio(male, returns)),
    female: formatPercent(computeRatio(female, returns)),
    grants: formatCount(sum((avrr) => avrr.reintegration_grants)),
    table: buildTerritoryTable(IOM_TERRITORY_ORDER, [
      // The territories' returns added up would understate a year in which one fell silent; the
      // regional figure of the headline (male and female added up) is not split by territory.
      { label: `Total returns in ${year}`, values: thisYear, total: silent.length > 0 ? null : undefined },
      { label: baseline ? `Total returns ${baseline.since} - ${year - 1}` : `Total returns before ${year}`, values: baseline?.byTerritory, total: baseline && baselineTotal(baseline) },
    ]),
  };
}

/** Voluntary and non-voluntary returns carried out by the authorities, as carried by the latest month that has them. */
export function buildAuthoritiesSection(context: IomContext): { model: IomModel['authorities']; source?: string } {
  const block = latestBlock(context, (data) => data.returns_by_authorities);
  if (!block) return { model: {} };
  return {
    model: {
      voluntary: authorityTable(block.voluntary, 'Total voluntary returns carried out in'),
      nonVoluntary: authorityTable(block.non_voluntary, 'Total non-voluntary returns carried out in'),
    },
    source: block.source,
  };
}

function authorityTable(byYear: Record<string, Partial<Record<TerritoryCode, number | null>>>, label: string): TerritoryTable {
  const years = Object.keys(byYear).sort().reverse().slice(0, AUTHORITY_YEARS);
  const territories = IOM_TERRITORY_ORDER.filter((code) => years.some((year) => byYear[year]?.[code] !== undefined));
  return buildTerritoryTable(territories, years.map((year) => ({ label: `${label} ${year}`, values: byYear[year] })));
}

