import type { ChartSpec } from '../../charts/chart-spec.js';
import type { ReportBundle } from '../report-bundle.js';
import { buildUnhcrFigures, unhcrHistoryMonths } from './build-unhcr-model.js';
import { buildAccommodationChart } from './charts/accommodation-chart.js';
import { buildArrivalsComparisonChart } from './charts/arrivals-comparison-chart.js';
import { buildArrivalsMapChart } from './charts/arrivals-map-chart.js';
import { buildNationalitiesChart } from './charts/nationalities-chart.js';
import { buildPresentByMonthChart } from './charts/present-by-month-chart.js';
import { buildUascChart } from './charts/uasc-chart.js';
import { checkUnhcrMonth } from './check-month.js';
import { unhcrLayoutOf } from './layouts.js';
import type { UnhcrModel } from './model-types.js';
import { UNHCR_REPORT_ID, unhcrMonthSchema, type UnhcrMonth } from './schema.js';

/** The UNHCR regional update: "Refugees, asylum-seekers and other people in mixed movements". */
export const unhcrRegionalUpdate: ReportBundle<UnhcrMonth, UnhcrModel> = {
  id: UNHCR_REPORT_ID,
  schema: unhcrMonthSchema,
  checkMonth: checkUnhcrMonth,
  monthOf: (data) => data.month,
  historyMonthsNeeded: unhcrHistoryMonths,
  layoutOf: unhcrLayoutOf,
  buildModel(history) {
    const { model, series, warnings } = buildUnhcrFigures(history);
    const charts: ChartSpec[] = [
      buildArrivalsComparisonChart(series, model.year),
      buildArrivalsMapChart(series, model.period.label),
      buildAccommodationChart(series),
      buildPresentByMonthChart(series),
      buildNationalitiesChart(series, model.monthLabel),
      buildUascChart(series),
    ];
    return {
      model,
      charts,
      warnings,
      metadata: {
        title: `${model.subtitle}: ${model.title} — ${model.monthLabel}`,
        author: 'UNHCR Regional Bureau for Europe, Western Balkans',
        subject: `Refugees, asylum-seekers and migrants in mixed movements in the Western Balkans, ${model.period.label}`,
        keywords: ['UNHCR', 'Western Balkans', 'mixed movements', 'asylum', 'refugees', 'migrants', model.monthLabel],
        lang: 'en',
        runningFooter: `UNHCR · ${model.subtitle} · ${model.monthLabel}`,
      },
    };
  },
};
