import type { Config } from 'vega-lite';
import { buildChartTheme } from './build-chart-theme.js';

/**
 * A sober blue palette for the IOM brief. IOM's brand values were not found in public
 * sources, so these are our own choices, not an official IOM palette.
 */
export const IOM_COLORS = {
  navy: '#0B2D5B',
  blue: '#1F5FA8',
  mid: '#4C8BCB',
  light: '#9DC3E8',
  pale: '#DCEAF7',
  territory: ['#0B2D5B', '#1F5FA8', '#4C8BCB', '#9DC3E8', '#6B7C93', '#C9D3E0'],
  up: '#1F5FA8',
  down: '#B0413E',
  text: '#1A1A1A',
  secondaryText: '#5F6B7A',
  gridline: '#E3E8EF',
} as const;

/** Vega-Lite config shared by every IOM chart. */
export const IOM_CHART_CONFIG: Config = buildChartTheme({
  primary: IOM_COLORS.blue,
  text: IOM_COLORS.text,
  secondaryText: IOM_COLORS.secondaryText,
  gridline: IOM_COLORS.gridline,
  domain: '#B8C2CF',
  category: IOM_COLORS.territory,
  fontSize: 8.5,
});
