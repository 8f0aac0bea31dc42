import { splitMonth } from '../../core/months.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { findBaseline } from './cumulative-baseline.js';
import { baselineTotal } from './baseline-total.js';
import { baselineSource, byTerritoryThisYear, findSilentThisYear, latestBlock, silentThisYearWarnings, type IomContext } from './iom-context.js';
import type { IomModel } from './model-types.js';
import type { IomMonth } from './schema.js';
import { buildTerritoryTable, partialRowNotes } from './territory-table.js';
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
      // Every month's territories add up to its male and female returns (checked on each file),
      // so the headline is the year's total; the territories' returns added up would understate
      // a year in which one fell silent.
      { label: `Total returns in ${year}`, values: thisYear, total: silent.length > 0 ? null : returns },
      { label: baseline ? `Total returns ${baseline.since} - ${year - 1}` : `Total returns before ${year}`, values: baseline?.byTerritory, total: baseline && baselineTotal(baseline) },
    ]).table,
  };
}

/**
 * Voluntary and non-voluntary returns carried out by the authorities, as carried by the latest
 * month that has them. A year's total adds up the territories that have a figure, as the edition
 * does ("561 - 561"), and a note names those it leaves out. A figure written as null is the
 * source publishing none (the edition's "-"); a territory left out of a year it has in another
 * is warned about as well.
 */
export function buildAuthoritiesSection(context: IomContext): { model: IomModel['authorities']; notes: { voluntary: string[]; nonVoluntary: string[] }; source?: string } {
  const block = latestBlock(context, (data) => data.returns_by_authorities);
  if (!block) return { model: {}, notes: { voluntary: [], nonVoluntary: [] } };
  const voluntary = authorityTable(context, block.voluntary, 'voluntary', 'Total voluntary returns carried out in');
  const nonVoluntary = authorityTable(context, block.non_voluntary, 'non_voluntary', 'Total non-voluntary returns carried out in');
  return {
    model: { voluntary: voluntary.table, nonVoluntary: nonVoluntary.table },
    notes: { voluntary: partialRowNotes(voluntary.partialRows), nonVoluntary: partialRowNotes(nonVoluntary.partialRows) },
    source: block.source,
  };
}

function authorityTable(context: IomContext, byYear: Record<string, Partial<Record<TerritoryCode, number | null>>>, key: string, label: string) {
  const years = Object.keys(byYear).sort().reverse().slice(0, AUTHORITY_YEARS);
  const territories = IOM_TERRITORY_ORDER.filter((code) => years.some((year) => byYear[year]?.[code] !== undefined));
  for (const year of years) {
    for (const code of territories.filter((each) => byYear[year]?.[each] === undefined)) {
      context.warnings.push({
        month: context.month,
        field: `returns_by_authorities.${key}.${year}`,
        message: `${TERRITORY_NAMES[code]} has no ${key.replace('_', '-')} returns for ${year} though it has them for another year; the ${year} total leaves it out, with a note`,
        hint: `Add ${code} to that year (null if the source publishes no figure), or accept the note (--strict would stop on it).`,
      });
    }
  }
  return buildTerritoryTable(territories, years.map((year) => ({ label: `${label} ${year}`, values: byYear[year] })));
}
