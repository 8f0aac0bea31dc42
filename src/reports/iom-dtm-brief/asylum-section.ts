import { splitMonth, yearToDateMonths } from '../../core/months.js';
import { formatCount } from '../../format/format-number.js';
import { sumFigures, sumPresent, type Figure } from '../../indicators/figure.js';
import { byTerritoryThisYear, cumulativeRow, findSilentThisYear, type IomContext } from './iom-context.js';
import { silentTerritoryWarnings } from '../completeness/silent-territories.js';
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
  // A territory silent in a month it reports in others leaves that month's sum incomplete,
  // unless the month gives its published regional total (which may also hold applications not
  // attributed to a territory).
  const cumulative = cumulativeRow(
    context,
    'asylum',
    { since: (since, last) => `Total applications ${since}-${last}`, none: (each) => `Total applications before ${each}` },
    (data) => data.asylum,
    (data) => data.asylum?.applications_by_territory,
    unattributedApplications,
  );
  const silent = findSilentThisYear(context, (data) => data.asylum?.applications_by_territory, cumulative.baselineTerritories);
  const hasPublishedTotal = (month: string) => context.history.get(month)?.asylum?.applications_total !== undefined;
  context.warnings.push(
    ...silentTerritoryWarnings(silent, 'asylum.applications_by_territory', (name, month) =>
      hasPublishedTotal(month)
        ? `${name} has no asylum applications figure for ${month} though it has one in other months; its total for the year shows n/a (the regional total uses the month's published applications_total)`
        : `${name} has no asylum applications figure for ${month} though it has one in other months; its total for the year and the regional total show n/a`,
    ),
  );
  const silentMonths = new Set(silent.map((each) => each.month));
  const applications = complete
    ? sumFigures(
        yearToDateMonths(context.month).map((month, index) => {
          const asylum = complete[index]!;
          if (asylum.applications_total !== undefined) return asylum.applications_total;
          return silentMonths.has(month) ? null : sumPresent(Object.values(asylum.applications_by_territory));
        }),
      )
    : null;
  const thisYear = byTerritoryThisYear(context, (data) => data.asylum?.applications_by_territory);
  // Both rows bring their totals, so the table has no partial total to footnote.
  const { table } = buildTerritoryTable(IOM_TERRITORY_ORDER, [{ label: `Total applications in ${year}`, values: thisYear, total: applications, missing: 'n/a' }, cumulative]);
  const published = context.data.asylum;
  if (published?.applications_total !== undefined && !published.applications_total_reason) {
    const parts = sumPresent(Object.values(published.applications_by_territory));
    if (parts !== published.applications_total) {
      context.warnings.push({
        month: context.month,
        field: 'asylum.applications_total',
        message: `the published total (${formatCount(published.applications_total)}) differs from the applications by territory added up (${formatCount(parts)})`,
        hint: 'Correct the total or a territory; if that is how it was published, say why in asylum.applications_total_reason.',
      });
    }
  }
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

/** Applications a month's published regional total holds beyond its territories added up. */
function unattributedApplications(data: IomMonth): number {
  const asylum = data.asylum;
  if (!asylum || asylum.applications_total === undefined) return 0;
  return Math.max(0, asylum.applications_total - sumPresent(Object.values(asylum.applications_by_territory)));
}
