import { yearToDateMonths } from '../../core/months.js';
import type { ReportBundle } from '../report-bundle.js';
import { buildIomFigures, iomHistoryMonths } from './build-iom-model.js';
import { buildMonthlyRegistrationsChart } from './charts/monthly-registrations-chart.js';
import { buildOccupancyTrendChart } from './charts/occupancy-trend-chart.js';
import { checkIomMonth } from './check-month.js';
import { iomFigureRows } from './figure-rows.js';
import type { IomModel } from './model-types.js';
import { IOM_REPORT_ID, iomMonthSchema, type IomMonth } from './schema.js';
import { IOM_KOSOVO_MARKER } from './territory-order.js';

/** The IOM DTM brief: "Western Balkans — Mixed Migratory Flows". */
export const iomDtmBrief: ReportBundle<IomMonth, IomModel> = {
  id: IOM_REPORT_ID,
  schema: iomMonthSchema,
  checkMonth: checkIomMonth,
  monthOf: (data) => data.month,
  historyMonthsNeeded: iomHistoryMonths,
  // One layout, the 2024 brief's, through the same mechanism as the UNHCR update's several.
  // The annual blocks are carried over as they are; a baseline and a published total are the old month's.
  startMonth: {
    drop: ['illustrative', 'publication_date', 'before_this_year', 'applications_total', 'applications_total_reason'],
    keep: ['returns_by_authorities', 'trafficking_permits', 'funders'],
  },
  layoutOf: () => ({ id: '2024', templateFolder: `${IOM_REPORT_ID}/2024`, kosovoMarker: IOM_KOSOVO_MARKER }),
  buildModel(history) {
    const { model, monthlyRegistrations, partialRegistrationMonths, occupancyTrend, warnings } = buildIomFigures(history);
    return {
      model,
      charts: [buildMonthlyRegistrationsChart(monthlyRegistrations, yearToDateMonths(history.month), partialRegistrationMonths), buildOccupancyTrendChart(occupancyTrend)],
      rows: iomFigureRows(history.month, model, monthlyRegistrations, partialRegistrationMonths, occupancyTrend),
      illustrative: model.illustrative.length > 0,
      warnings,
      metadata: {
        title: `DTM Western Balkans — Mixed Migratory Flows Report (${model.monthLabel})`,
        author: 'International Organization for Migration (IOM), DTM Western Balkans',
        subject: `Registrations on arrival, reception, returns and asylum in the Western Balkans, ${model.monthLabel}`,
        keywords: ['IOM', 'DTM', 'Western Balkans', 'mixed migratory flows', 'registrations on arrival', 'returns', model.monthLabel],
        lang: 'en',
        runningFooter: `IOM · DTM Western Balkans — Mixed Migratory Flows · ${model.monthLabel}`,
      },
    };
  },
};
