import { splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { describeMonths } from '../../format/describe-months.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { joinNames } from '../../format/phrase-shares.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import { computeYearToDate } from '../../indicators/compute-year-to-date.js';
import type { Figure } from '../../indicators/figure.js';
import { sumRegion } from '../completeness/regional-sum.js';
import { findSilentTerritories, reportingTerritories, silentTerritoryWarnings, type SilentTerritory } from '../completeness/silent-territories.js';
import type { UnhcrModel } from './model-types.js';
import type { UnhcrContext } from './unhcr-context.js';
import type { UnhcrMonth } from './schema.js';

/**
 * Asylum intentions and applications in the year so far, and the application-vs-intention
 * ratio over the territories with an intention step. `marker` is the footnote marker of the
 * intention-step note, which follows the arrival notes.
 */
export function buildAsylumSection(
  context: UnhcrContext,
  marker: string,
): { model: UnhcrModel['asylum']; intentionStep: TerritoryCode[]; comparableIntentions: Figure; totals: AsylumTotals } {
  const { month, history } = context;
  const { year } = splitMonth(month);
  // Asylum: intentions and applications to date; the ratio over the territories with an intention
  // step. Each month counts the territories its own file lists in asylum.intention_step, so a list
  // changed during the year (a territory adding the step in July) neither asks for intentions
  // before the change nor drops them after. A territory silent in a month of the year while
  // reporting asylum in another, or one with the step and no intentions that month, would leave
  // a regional sum short: the totals it is part of show n/a, and that month's file gets a warning.
  const stepOf = (d: UnhcrMonth) => TERRITORY_CODES.filter((code) => d.asylum.intention_step.includes(code));
  const asylumMonths = context.blockOf(yearToDateMonths(month), (d) => d.asylum.by_territory);
  // Last year counts too: a territory that reported then and is silent all this year (or in
  // January) would leave this year's totals short.
  // Before data/ begins, the archive's applications say who reported asylum last year.
  const lastYearAsylum = context.lastYearBlock(
    (d) => d.asylum.by_territory,
    (figures) => (figures.applications === undefined ? undefined : { applications: figures.applications }),
  );
  const silentAsylum = findSilentTerritories(asylumMonths, TERRITORY_CODES, lastYearAsylum);
  const asylumReporters = reportingTerritories([...lastYearAsylum, ...asylumMonths], TERRITORY_CODES);
  const absentMonths = new Set<YearMonth>();
  const asylumTotal = (
    expected: (d: UnhcrMonth) => readonly TerritoryCode[],
    pick: (entry: { intentions?: number; applications: number }) => number | undefined,
    within?: (d: UnhcrMonth) => readonly TerritoryCode[],
  ) => {
    const result = computeYearToDate(month, (each) => context.read(each, (d) => sumRegion(d.asylum.by_territory, expected(d), 'not-available', pick, within?.(d)).value));
    // A month of the year without a file leaves every total n/a; the sentence names it.
    for (const each of result.missingMonths) if (!history.get(each)) absentMonths.add(each);
    return result.total;
  };
  // The ratio compares like with like: applications and intentions of the same territories.
  const intentions = asylumTotal(stepOf, (entry) => entry.intentions, stepOf);
  const applications = asylumTotal(
    () => asylumReporters,
    (entry) => entry.applications,
  );
  const applicationsWithIntentionStep = asylumTotal(stepOf, (entry) => entry.applications, stepOf);
  const withoutIntentions = yearToDateMonths(month).flatMap((each) => {
    const found = history.get(each);
    // A territory silent that month is told as such (below), once; a missing month by the missing-month warning.
    const silent = (code: TerritoryCode) => silentAsylum.some((entry) => entry.code === code && entry.month === each);
    return found
      ? stepOf(found)
          .filter((code) => found.asylum.by_territory[code]?.intentions === undefined && !silent(code))
          .map((code) => ({ month: each, code }))
      : [];
  });
  context.warnings.push(
    ...silentTerritoryWarnings(
      silentAsylum,
      'asylum.by_territory',
      (name, each) => `${name} has no asylum figures for ${each} though it has them in other months (this year or last); the ${year} asylum totals show n/a`,
    ),
  );
  const stepMonths = (code: TerritoryCode) => describeMonths(yearToDateMonths(month).filter((each) => history.get(each)?.asylum.intention_step.includes(code)));
  context.warnings.push(
    ...withoutIntentions.map(({ month: each, code }) => ({
      month: each,
      field: `asylum.by_territory.${code}.intentions`,
      message: `${TERRITORY_NAMES[code]} has an intention step in ${year} (asylum.intention_step of ${stepMonths(code)}) but no intentions for ${each}; the ${year} intentions total and the application-vs-intention ratio show n/a`,
      hint: 'Add its intentions (0 if none were expressed), or remove it from asylum.intention_step if its procedure has no intention step.',
    })),
  );
  const silentInStep = silentAsylum.some((each) => history.get(each.month)?.asylum.intention_step.includes(each.code) ?? true) || withoutIntentions.length > 0;

  const ratio = computeRatio(applicationsWithIntentionStep, intentions);
  const model = {
    unavailable: asylumUnavailable(year, [...absentMonths].sort(), silentAsylum, withoutIntentions, silentInStep),
    intentions: formatCount(intentions),
    applications: formatCount(applications),
    ratio: formatPercent(ratio),
    marker,
  };
  // The 2020 dashboard compares like with like differently: where a territory has no intention
  // step, its applications count as intentions ("the applications are considered as intentions as well").
  const comparableIntentions =
    intentions === null || applications === null || applicationsWithIntentionStep === null ? null : intentions + applications - applicationsWithIntentionStep;
  // The notes describe the procedure as the built month's file gives it.
  return { model, intentionStep: stepOf(context.data), comparableIntentions, totals: { intentions, applications, ratio } };
}

/** The year's asylum totals before formatting, for the figures as data. */
export interface AsylumTotals {
  intentions: Figure;
  applications: Figure;
  ratio: Figure;
}

/**
 * Why the year's asylum totals are n/a, as a sentence: "The 2025 totals are not available: there
 * are no figures from Serbia for March 2025.", or "" when they are complete.
 */
function asylumUnavailable(
  year: number,
  absent: readonly YearMonth[],
  silent: readonly SilentTerritory[],
  withoutIntentions: readonly SilentTerritory[],
  intentionsToo: boolean,
): string {
  if (absent.length === 0 && silent.length === 0 && withoutIntentions.length === 0) return '';
  const reasons = [
    ...(absent.length > 0 ? [`there is no data for ${describeMonths(absent)}`] : []),
    ...(silent.length > 0 ? [`there are no figures from ${byTerritory(silent)}`] : []),
    ...(withoutIntentions.length > 0 ? [`there are no intentions from ${byTerritory(withoutIntentions)}`] : []),
  ];
  // A month missing, or a territory silent in its step, leaves every total n/a; one without intentions, those needing them.
  const what =
    absent.length > 0 || (silent.length > 0 && intentionsToo)
      ? 'totals are'
      : silent.length === 0
        ? 'total of intentions and the application-vs-intention ratio are'
        : 'total of new asylum applications is';
  return `The ${year} ${what} not available: ${reasons.join('; ')}.`;
}

/** "Serbia for March and June 2025 and Kosovo for May 2025", territory by territory. */
function byTerritory(silent: readonly SilentTerritory[]): string {
  const codes = [...new Set(silent.map((each) => each.code))];
  return joinNames(codes.map((code) => `${TERRITORY_NAMES[code]} for ${describeMonths(silent.filter((each) => each.code === code).map((each) => each.month))}`));
}
