import type { Config } from 'vega-lite';
import { buildChartTheme } from './build-chart-theme.js';

/** UNHCR's colours, from UNHCR's own charting package (design.md section 6). */
export const UNHCR_COLORS = {
  blue: '#0072BC',
  navy: '#18375F',
  ramp: ['#CDE3F1', '#8FC1E1', '#4F9ED0', '#0072BC', '#05568B', '#0B3754'],
  categorical: ['#0072BC', '#FFC740', '#32C189', '#6CD8FD', '#D25A45', '#A097E3'],
  text: '#191919',
  secondaryText: '#666666',
  gridline: '#E6E6E6',
  land: '#EFEFEF',
  border: '#FFFFFF',
} as const;

/** Vega-Lite config shared by every UNHCR chart: Lato, quiet axes, the brand palette. */
export const UNHCR_CHART_CONFIG: Config = buildChartTheme({
  primary: UNHCR_COLORS.blue,
  text: UNHCR_COLORS.text,
  secondaryText: UNHCR_COLORS.secondaryText,
  gridline: UNHCR_COLORS.gridline,
  domain: '#BBBBBB',
  category: UNHCR_COLORS.categorical,
  ramp: UNHCR_COLORS.ramp,
  fontSize: 9,
});
