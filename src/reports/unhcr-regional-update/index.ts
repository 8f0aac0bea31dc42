import type { ChartSpec } from '../../charts/chart-spec.js';
import { RECORD_RESTARTS_FIELD, type ReportBundle } from '../report-bundle.js';
import { buildUnhcrFigures, unhcrHistoryMonths, type UnhcrSeries } from './build-unhcr-model.js';
import { buildDemographicsChart } from './charts/demographics-chart.js';
import { buildEvolutionChart } from './charts/evolution-chart.js';
import { buildFourYearsChart } from './charts/four-years-chart.js';
import { buildYearComparisonChart } from './charts/year-comparison-chart.js';
import type { DashboardSeries } from './dashboard-section.js';
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

/** The 2020 dashboard's charts: the comparison, who is present, nationalities, then six of each per-territory chart. */
function buildDashboardCharts(series: UnhcrSeries, dashboard: DashboardSeries, model: UnhcrModel): ChartSpec[] {
  return [
    {
      ...buildYearComparisonChart(
        dashboard,
        { previous: String(model.previousYear), current: model.period.label },
        series.kosovoMarker,
        new Map(model.arrivals.rows.map((row) => [row.code, row.marker])),
      ),
      // Its labels carry the arrival notes' markers; an image of it on its own carries the notes.
      caption: model.arrivals.notes.map((note) => `${note.marker} ${note.text}`).join(' ') || undefined,
    },
    buildDemographicsChart(model.figures.demographics, model.monthLabel),
    buildNationalitiesChart(series, model.monthLabel),
    ...dashboard.evolution.map((row) => buildEvolutionChart(dashboard, row)),
    ...dashboard.fourYears.map((row) => buildFourYearsChart(dashboard, row)),
  ];
}

/** The UNHCR regional update: "Refugees, asylum-seekers and other people in mixed movements". */
export const unhcrRegionalUpdate: ReportBundle<UnhcrMonth, UnhcrModel> = {
  id: UNHCR_REPORT_ID,
  schema: unhcrMonthSchema,
  checkMonth: checkUnhcrMonth,
  monthOf: (data) => data.month,
  historyMonthsNeeded: unhcrHistoryMonths,
  layoutOf: unhcrLayoutOf,
  restartsRecord: (data) => data.record_restarts === true,
  startMonth: { drop: ['illustrative', 'data_as_of', RECORD_RESTARTS_FIELD], keep: [] },
  buildModel(history) {
    const { model, series, rows, warnings } = buildUnhcrFigures(history);
    const charts: ChartSpec[] = series.dashboard
      ? buildDashboardCharts(series, series.dashboard, model)
      : [
          buildArrivalsComparisonChart(series, model.year),
          buildArrivalsMapChart(series, model.period.label),
          buildAccommodationChart(series),
          buildPresentByMonthChart(series),
          buildNationalitiesChart(series, model.monthLabel),
          buildUascChart(series),
        ];
    // A chart's rows go only with the charts drawn (and the render keeps those the template prints).
    const drawn = new Set(charts.map((chart) => chart.id));
    return {
      model,
      charts,
      rows: rows.filter((row) => !row.chart || drawn.has(row.chart)),
      illustrative: model.illustrative.length > 0,
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
