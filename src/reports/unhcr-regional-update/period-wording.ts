import { monthName, splitMonth, type YearMonth } from '../../core/months.js';

/** How the editions name the year-to-date period, in headings and in sentences. */
export interface PeriodWording {
  /** "January-December 2025", or "January 2025" for a January edition. */
  label: string;
  /** The same months a year earlier: "January-December 2024". */
  previousLabel: string;
  /** Opens the narrative: "Between January and December 2025" or "In January 2025". */
  sentenceStart: string;
  /** "between January and December", or "in January", for the map heading. */
  span: string;
}

/** The wording of the year-to-date period ending with `month`. */
export function describePeriod(month: YearMonth): PeriodWording {
  const { year, monthNumber } = splitMonth(month);
  const last = monthName(month);
  if (monthNumber === 1) {
    return { label: `January ${year}`, previousLabel: `January ${year - 1}`, sentenceStart: `In January ${year}`, span: 'in January' };
  }
  return {
    label: `January-${last} ${year}`,
    previousLabel: `January-${last} ${year - 1}`,
    sentenceStart: `Between January and ${last} ${year}`,
    span: `between January and ${last}`,
  };
}
