import { addMonths, monthRange, splitMonth } from '../../core/months.js';
import { describeMonths } from '../../format/describe-months.js';
import { formatCount } from '../../format/format-number.js';
import { computeChange } from '../../indicators/compute-change.js';
import { computeYearToDate } from '../../indicators/compute-year-to-date.js';
import type { Figure } from '../../indicators/figure.js';
import type { UnhcrSeries } from './build-unhcr-model.js';
import type { UnhcrModel } from './model-types.js';
import { describePeriod } from './period-wording.js';
import type { UnhcrContext } from './unhcr-context.js';

/**
 * UNHCR's regional estimate of new arrivals: this year to date against the same months of last
 * year, and the monthly series of both years for the chart. A missing month makes the total n/a,
 * in a sentence that names it; a comparison that cannot be made says why.
 */
export function buildEstimateSection(context: UnhcrContext): {
  model: UnhcrModel['regionalEstimate'];
  monthlyEstimate: UnhcrSeries['monthlyEstimate'];
  total: Figure;
  change: Figure;
} {
  const { month, history } = context;
  const { year } = splitMonth(month);
  const estimate = computeYearToDate(month, (each) => context.read(each, (data) => data.regional_estimate.persons));
  const previousEstimate = computeYearToDate(addMonths(month, -12), (each) => context.read(each, (data) => data.regional_estimate.persons));
  const estimateChange = computeChange(estimate.total, previousEstimate.total);
  return {
    total: estimate.total,
    change: estimateChange,
    model: {
      available: estimate.total !== null,
      unavailable:
        estimate.total !== null ? '' : `The estimate for ${describePeriod(month).label} is not available: there is no data for ${describeMonths(estimate.missingMonths)}.`,
      yearToDate: formatCount(estimate.total),
      previousYearToDate: formatCount(previousEstimate.total),
      hasChange: estimateChange !== null,
      // Why there is no comparison, when the cause is last year's data (months before the record included).
      noComparisonReason: previousEstimate.missingMonths.length > 0 ? ` (there is no data for ${describeMonths(previousEstimate.missingMonths)})` : '',
    },
    monthlyEstimate: monthRange(`${year - 1}-01`, month).map((each) => {
      const parts = splitMonth(each);
      return { month: each, year: parts.year, monthNumber: parts.monthNumber, persons: history.get(each)?.regional_estimate.persons ?? null };
    }),
  };
}
