import type { Config } from 'vega-lite';
import { BRAND_FONT_FAMILY } from '../assets/font-files.js';

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
export const IOM_CHART_CONFIG: Config = {
  font: BRAND_FONT_FAMILY,
  background: null as unknown as string,
  padding: 2,
  view: { stroke: null },
  range: { category: [...IOM_COLORS.territory] },
  mark: { color: IOM_COLORS.blue },
  text: { font: BRAND_FONT_FAMILY, fontSize: 8.5, color: IOM_COLORS.text },
  axis: {
    labelFont: BRAND_FONT_FAMILY,
    labelFontSize: 8.5,
    labelColor: IOM_COLORS.secondaryText,
    titleFont: BRAND_FONT_FAMILY,
    titleFontSize: 8.5,
    titleColor: IOM_COLORS.secondaryText,
    titleFontWeight: 'normal',
    domainColor: '#B8C2CF',
    tickColor: '#B8C2CF',
    gridColor: IOM_COLORS.gridline,
  },
  axisX: { grid: false, ticks: false, labelAngle: 0, labelPadding: 4 },
  axisY: { domain: false, ticks: false, labelPadding: 4 },
  legend: {
    labelFont: BRAND_FONT_FAMILY,
    labelFontSize: 8.5,
    labelColor: IOM_COLORS.text,
    symbolType: 'square',
    symbolSize: 70,
    orient: 'top',
    direction: 'horizontal',
    title: null,
  },
};
