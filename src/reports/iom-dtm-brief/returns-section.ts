import { splitMonth } from '../../core/months.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { joinNames } from '../../format/phrase-shares.js';
import { formatCount } from '../../format/format-number.js';
import { roundPercent } from '../../indicators/compute-shares.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { byTerritoryThisYear, cumulativeRow, findSilentThisYear, latestBlock, silentThisYearWarnings, type IomContext } from './iom-context.js';
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
  const cumulative = cumulativeRow(
    context,
    'avrr',
    { since: (since, last) => `Total returns ${since} - ${last}`, none: (each) => `Total returns before ${each}` },
    (data) => data.avrr,
    (data) => data.avrr?.returns_by_territory,
  );
  const thisYear = byTerritoryThisYear(context, (data) => data.avrr?.returns_by_territory);
  const silent = findSilentThisYear(context, (data) => data.avrr?.returns_by_territory, cumulative.baselineTerritories);
  // Each month's male and female add up to its territories (checked on each file): a territory
  // silent in a month leaves them short as well, so the year's figures are n/a.
  const male = silent.length > 0 ? null : sum((avrr) => avrr.male);
  const female = silent.length > 0 ? null : sum((avrr) => avrr.female);
  const returns = male !== null && female !== null ? male + female : null;
  // Whole percentages that add up to 100, as a two-way split must (5 and 3 are 63% and 37%).
  const malePercent = returns ? roundPercent(male! / returns) : null;
  context.warnings.push(...silentThisYearWarnings(silent, 'avrr.returns_by_territory', 'assisted voluntary returns'));
  return {
    available: Boolean(complete),
    returns: formatCount(returns),
    male: malePercent === null ? 'n/a' : `${malePercent}%`,
    female: malePercent === null ? 'n/a' : `${100 - malePercent}%`,
    sharesAvailable: malePercent !== null,
    grants: formatCount(sum((avrr) => avrr.reintegration_grants)),
    table: buildTerritoryTable(IOM_TERRITORY_ORDER, [
      // Every month's territories add up to its male and female returns (checked on each file),
      // so the headline is the year's total; the territories' returns added up would understate
      // a year in which one fell silent.
      { label: `Total returns in ${year}`, values: thisYear, total: silent.length > 0 ? null : returns, missing: 'n/a' },
      cumulative,
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
  const allYears = Object.keys(byYear).sort().reverse();
  const years = allYears.slice(0, AUTHORITY_YEARS);
  if (allYears.length > AUTHORITY_YEARS) {
    context.warnings.push({
      month: context.month,
      field: `returns_by_authorities.${key}`,
      message: `the brief prints the latest ${AUTHORITY_YEARS} years of ${key.replace('_', '-')} returns (${years.join(', ')}); ${joinNames(allYears.slice(AUTHORITY_YEARS))} ${allYears.length - AUTHORITY_YEARS === 1 ? 'is' : 'are'} not printed`,
      hint: 'Remove the older years, or accept that they are left out (--strict would stop on it).',
    });
  }
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
  return buildTerritoryTable(
    territories,
    years.map((year) => ({ label: `${label} ${year}`, values: byYear[year] })),
  );
}
