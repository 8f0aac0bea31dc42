import { TERRITORY_NAMES, TERRITORY_CODES, type TerritoryCode } from '../../core/territories.js';
import type { CheckProblem } from '../report-bundle.js';
import { describeLateDate } from '../../core/date-window.js';
import type { UnhcrMonth } from './schema.js';

/** Cross-field rules of a UNHCR month that the schema alone cannot state. Returns every problem found. */
export function checkUnhcrMonth(data: UnhcrMonth): CheckProblem[] {
  return [...checkPresent(data), ...checkAsylum(data), ...checkNationalities(data), ...checkDataAsOf(data)];
}

function checkPresent(data: UnhcrMonth): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const code of TERRITORY_CODES) {
    const entry = data.present.by_territory[code];
    if (!entry) continue;
    const path = ['present', 'by_territory', code];
    if (entry.uasc !== undefined && entry.uasc > entry.persons) {
      problems.push({
        path: [...path, 'uasc'],
        message: `${TERRITORY_NAMES[code]} has ${entry.uasc} unaccompanied and separated children but only ${entry.persons} persons present in all`,
        hint: 'Children are counted among the persons present; check both figures.',
      });
    }
    if (entry.demographics) problems.push(...checkDemographics(code, entry, path));
    if (entry.accommodation) {
      const sum = Object.values(entry.accommodation).reduce<number>((total, value) => total + (value ?? 0), 0);
      if (sum !== entry.persons) {
        problems.push({
          path: [...path, 'accommodation'],
          message: `the accommodation types add up to ${sum}, but ${TERRITORY_NAMES[code]} has ${entry.persons} persons present`,
          hint: 'Make the parts add up to `persons`, or correct `persons`.',
        });
      }
    }
  }
  return problems;
}

type PresentEntry = NonNullable<UnhcrMonth['present']['by_territory'][TerritoryCode]>;

/** Men, women, accompanied children and UASC are the persons present, no more, no fewer. */
function checkDemographics(code: TerritoryCode, entry: PresentEntry, path: string[]): CheckProblem[] {
  const parts = entry.demographics!;
  if (entry.uasc === undefined) {
    return [
      {
        path: [...path, 'demographics'],
        message: `the demographics of ${TERRITORY_NAMES[code]} need its uasc: unaccompanied and separated children are the fourth part of persons present`,
        hint: 'Add uasc (0 if there are none).',
      },
    ];
  }
  const sum = parts.men + parts.women + parts.accompanied_children + entry.uasc;
  if (sum === entry.persons) return [];
  return [
    {
      path: [...path, 'demographics'],
      message: `men, women, accompanied children and uasc add up to ${sum}, but ${TERRITORY_NAMES[code]} has ${entry.persons} persons present`,
      hint: 'Make the parts add up to `persons`, or correct `persons`.',
    },
  ];
}

function checkAsylum(data: UnhcrMonth): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const withIntentionStep = new Set(data.asylum.intention_step);
  for (const code of TERRITORY_CODES) {
    const entry = data.asylum.by_territory[code];
    if (entry?.intentions !== undefined && !withIntentionStep.has(code)) {
      problems.push({
        path: ['asylum', 'by_territory', code, 'intentions'],
        message: `intentions are given for ${TERRITORY_NAMES[code]}, which is not listed in asylum.intention_step`,
        hint: `Add ${code} to asylum.intention_step if its procedure has an intention step, or remove the line.`,
      });
    }
  }
  const seen = new Set<string>();
  data.asylum.intention_step.forEach((code, index) => {
    if (seen.has(code)) {
      problems.push({ path: ['asylum', 'intention_step', index], message: `${code} is listed twice`, hint: 'Delete one of the two entries.' });
    }
    seen.add(code);
  });
  return problems;
}

function checkNationalities(data: UnhcrMonth): CheckProblem[] {
  if (!data.nationalities) return [];
  const present = Object.values(data.present.by_territory).reduce<number>((total, entry) => total + (entry?.persons ?? 0), 0);
  const listed = Object.values(data.nationalities.persons).reduce<number>((total, value) => total + (value ?? 0), 0);
  if (listed <= present) return [];
  return [
    {
      path: ['nationalities', 'persons'],
      message: `the nationalities add up to ${listed}, more than the ${present} persons present in the territories that reported`,
      hint: 'Check the nationality counts against present.by_territory.',
    },
  ];
}

function checkDataAsOf(data: UnhcrMonth): CheckProblem[] {
  if (!data.data_as_of) return [];
  if (data.data_as_of.slice(0, 7) < data.month) {
    return [
      {
        path: ['data_as_of'],
        message: `the data cannot be as of ${data.data_as_of}, before the month it covers (${data.month})`,
        hint: 'Use the date the figures were extracted: in the month or after it.',
      },
    ];
  }
  const late = describeLateDate(data.data_as_of, data.month);
  return late
    ? [
        {
          path: ['data_as_of'],
          severity: 'warning',
          message: `data as of ${data.data_as_of} ${late}`,
          hint: 'Check the year; the date the figures were extracted usually falls in the weeks after the month.',
        },
      ]
    : [];
}
