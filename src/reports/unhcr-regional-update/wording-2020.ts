import { splitMonth, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES } from '../../core/territories.js';
import type { UnhcrRawFigures } from './model-types.js';

/**
 * The words of the 2020 dashboard (the January 2020 edition), from the shared model's figures:
 * its headings, the intention-step note counting the countries, and "Data as of" written
 * DD-MM-YYYY.
 */
export interface Unhcr2020Words {
  layout: '2020';
  /** 'Mixed Migrations "new arrivals" comparison between current year and total of 2019'. */
  comparisonHeading: string;
  /** "Asylum Statistics in WB in 2020". */
  asylumHeading: string;
  /** "Only 3 countries are having an asylum policy … for only the concerned countries." */
  intentionNote: string;
  /** "Monthly Mixed Movements (new arrivals) 2017 - 2018 - 2019 - 2020". */
  fourYearsHeading: string;
  /** "31-01-2020". */
  dataAsOf: string;
}

export function wordUnhcr2020(month: YearMonth, figures: UnhcrRawFigures, dataAsOf: string, years: readonly number[]): Unhcr2020Words {
  const { year } = splitMonth(month);
  return {
    layout: '2020',
    comparisonHeading: `Mixed Migrations "new arrivals" comparison between current year and total of ${year - 1}`,
    asylumHeading: `Asylum Statistics in WB in ${year}`,
    intentionNote: intentionNote2020(figures.intentionStep.length),
    fourYearsHeading: `Monthly Mixed Movements (new arrivals) ${years.join(' - ')}`,
    dataAsOf: dashedDate(dataAsOf),
  };
}

/**
 * The edition's footnote to the application-vs-intention ratio, with the count from the data:
 * "Only 3 countries are having …"; every territory having the step needs no "only", and no
 * sentence about the concerned countries.
 */
export function intentionNote2020(count: number): string {
  const countries = count === 1 ? '1 country is' : `${count} countries are`;
  const procedure = 'having an asylum policy with a procedure including Intention before the application to asylum.';
  if (count === TERRITORY_CODES.length) return `All ${countries} ${procedure}`;
  return `Only ${countries} ${procedure} The percentage is reflecting this information for only the concerned countries.`;
}

/** "2020-01-31" as the dashboard prints it: "31-01-2020". */
export function dashedDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}
