import { splitMonth } from '../../core/months.js';
import { formatCount } from '../../format/format-number.js';
import { sumFigures, sumPresent, type Figure } from '../../indicators/figure.js';
import { findBaseline } from './cumulative-baseline.js';
import { baselineSource, byTerritoryThisYear, type IomContext } from './iom-context.js';
import type { IomModel } from './model-types.js';

import type { IomMonth } from './schema.js';
import { buildTerritoryTable } from './territory-table.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';

/** Applications for asylum in the year so far, decisions granting protection, and the table per territory. */
export function buildAsylumSection(context: IomContext): { model: IomModel['asylum']; source?: string } {
  const { year } = splitMonth(context.month);
  const months = context.yearToDate()?.map((data) => data.asylum);
  const complete = months && months.every(Boolean) ? (months as NonNullable<IomMonth['asylum']>[]) : undefined;
  const sum = (pick: (asylum: NonNullable<IomMonth['asylum']>) => number): Figure => (complete ? sumFigures(complete.map(pick)) : null);
  // The regional total may include applications not attributed to a territory.
  const applications = sum((asylum) => asylum.applications_total ?? sumPresent(Object.values(asylum.applications_by_territory)));
  const thisYear = byTerritoryThisYear(context, (data) => data.asylum?.applications_by_territory);
  const baseline = findBaseline(context.month, baselineSource(context, (data) => data.asylum, (data) => data.asylum?.applications_by_territory));
  const table = buildTerritoryTable(IOM_TERRITORY_ORDER, [
    { label: `Total applications in ${year}`, values: thisYear, total: applications },
    { label: baseline ? `Total applications ${baseline.since}-${year - 1}` : `Total applications before ${year}`, values: baseline?.byTerritory },
  ]);
  return {
    model: {
      available: Boolean(complete),
      applications: formatCount(applications),
      refugeeStatus: formatCount(sum((asylum) => asylum.refugee_status_granted)),
      complementaryProtection: formatCount(sum((asylum) => asylum.complementary_protection_granted)),
      table,
    },
    source: context.data.asylum?.source,
  };
}
