import { TERRITORY_CODES, TERRITORY_NAMES } from '../../core/territories.js';
import { sumPresent } from '../../indicators/figure.js';
import type { CheckProblem } from '../report-bundle.js';
import { describeLateDate } from '../../core/date-window.js';
import type { IomMonth } from './schema.js';
import { splitMonth } from '../../core/months.js';

/** Cross-field rules of an IOM month that the schema alone cannot state. Returns every problem found. */
export function checkIomMonth(data: IomMonth): CheckProblem[] {
  return [...checkNationalities(data), ...checkAvrr(data), ...checkAsylumTotal(data), ...checkPublicationDate(data), ...checkReception(data), ...checkYears(data)];
}

/**
 * Years that cannot be right in this month's file: a cumulative total that would start after
 * the year it ends (it covers `since` to the end of last year), and authorities' returns of a
 * year that has not begun.
 */
function checkYears(data: IomMonth): CheckProblem[] {
  const { year } = splitMonth(data.month);
  const problems: CheckProblem[] = [];
  for (const block of ['avrr', 'asylum'] as const) {
    const since = data[block]?.before_this_year?.since;
    if (since !== undefined && since > year - 1) {
      problems.push({
        path: [block, 'before_this_year', 'since'],
        message: `the totals run from ${since} to the end of ${year - 1}, so they cannot start in ${since}`,
        hint: `Write the first year the totals cover, ${year - 1} or earlier.`,
      });
    }
  }
  for (const kind of ['voluntary', 'non_voluntary'] as const) {
    for (const key of Object.keys(data.returns_by_authorities?.[kind] ?? {})) {
      if (Number(key) > year) {
        problems.push({
          path: ['returns_by_authorities', kind, key],
          message: `${key} comes after ${year}, the year of this file`,
          hint: 'Check the year; the returns of a year are known once it has begun.',
        });
      }
    }
  }
  return problems;
}

function checkNationalities(data: IomMonth): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const code of TERRITORY_CODES) {
    const counts = data.nationalities_on_arrival?.by_territory[code];
    if (!counts) continue;
    const listed = sumPresent(Object.values(counts));
    const registered = data.registrations.by_territory[code];
    const path = ['nationalities_on_arrival', 'by_territory', code];
    if (registered === undefined || registered === null) {
      problems.push({
        path,
        message: `nationalities are given for ${TERRITORY_NAMES[code]}, which has no registrations this month`,
        hint: `Add registrations.by_territory.${code}, or remove these nationalities.`,
      });
    } else if (listed > registered) {
      problems.push({
        path,
        message: `the nationalities of ${TERRITORY_NAMES[code]} add up to ${listed}, more than its ${registered} registrations`,
        hint: 'Nationalities are a breakdown of the registrations; check both.',
      });
    }
  }
  return problems;
}

function checkAvrr(data: IomMonth): CheckProblem[] {
  if (!data.avrr) return [];
  const returns = sumPresent(Object.values(data.avrr.returns_by_territory));
  const bySex = data.avrr.male + data.avrr.female;
  if (bySex === returns) return [];
  return [
    {
      path: ['avrr', 'male'],
      message: `male (${data.avrr.male}) and female (${data.avrr.female}) add up to ${bySex}, but the returns by territory add up to ${returns}`,
      hint: 'Every return is counted once by sex and once by territory; make the two add up to the same total.',
    },
  ];
}

function checkAsylumTotal(data: IomMonth): CheckProblem[] {
  const total = data.asylum?.applications_total;
  if (total === undefined) return [];
  const parts = sumPresent(Object.values(data.asylum!.applications_by_territory));
  if (total >= parts) return [];
  return [
    {
      path: ['asylum', 'applications_total'],
      message: `the regional total (${total}) is less than the applications by territory added up (${parts})`,
      hint: 'The total can include applications not attributed to a territory, never fewer; check both.',
    },
  ];
}

function checkPublicationDate(data: IomMonth): CheckProblem[] {
  const date = data.publication_date;
  if (!date) return [];
  if (date.slice(0, 7) < data.month) {
    return [
      {
        path: ['publication_date'],
        message: `the brief cannot be published on ${date}, before the month it covers (${data.month})`,
        hint: 'Use the date the brief is (or will be) published, after the month ends.',
      },
    ];
  }
  const late = describeLateDate(date, data.month, { future: true });
  return late
    ? [
        {
          path: ['publication_date'],
          severity: 'warning',
          message: `publication date ${date} ${late}`,
          hint: 'Check the year; a monthly brief is usually published in the weeks after its month.',
        },
      ]
    : [];
}

/** Reception figures worth a second look (warnings): more people accommodated than places, or people in no places at all. */
function checkReception(data: IomMonth): CheckProblem[] {
  return TERRITORY_CODES.flatMap((code): CheckProblem[] => {
    const entry = data.reception?.by_territory[code];
    if (!entry || entry.accommodated <= entry.capacity) return [];
    const path = ['reception', 'by_territory', code, 'accommodated'];
    if (entry.capacity === 0) {
      return [
        {
          path,
          severity: 'warning',
          message: `${TERRITORY_NAMES[code]} accommodates ${entry.accommodated} in a capacity of 0; its occupancy shows n/a, while the regional rate counts them`,
          hint: 'Check capacity against the source (--strict would stop on it).',
        },
      ];
    }
    return [
      {
        path,
        severity: 'warning',
        message: `${TERRITORY_NAMES[code]} accommodates ${entry.accommodated}, more than its capacity of ${entry.capacity} (${Math.round((entry.accommodated / entry.capacity) * 100)}% occupancy)`,
        hint: 'Check both figures against the source; if the centres are over capacity, nothing needs doing (--strict would stop on it).',
      },
    ];
  });
}
