import type { Config } from 'vega-lite';
import { BRAND_FONT_FAMILY } from '../assets/font-files.js';

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
export const UNHCR_CHART_CONFIG: Config = {
  font: BRAND_FONT_FAMILY,
  background: null as unknown as string,
  padding: 2,
  view: { stroke: null },
  range: { category: [...UNHCR_COLORS.categorical], ramp: [...UNHCR_COLORS.ramp] },
  mark: { color: UNHCR_COLORS.blue },
  bar: { color: UNHCR_COLORS.blue },
  text: { font: BRAND_FONT_FAMILY, fontSize: 9, color: UNHCR_COLORS.text },
  axis: {
    labelFont: BRAND_FONT_FAMILY,
    labelFontSize: 9,
    labelColor: UNHCR_COLORS.secondaryText,
    titleFont: BRAND_FONT_FAMILY,
    titleFontSize: 9,
    titleColor: UNHCR_COLORS.secondaryText,
    titleFontWeight: 'normal',
    domainColor: '#BBBBBB',
    tickColor: '#BBBBBB',
    gridColor: UNHCR_COLORS.gridline,
  },
  axisX: { grid: false, ticks: false, labelAngle: 0, labelPadding: 4 },
  axisY: { domain: false, ticks: false, labelPadding: 4 },
  axisBand: { domain: true },
  legend: {
    labelFont: BRAND_FONT_FAMILY,
    labelFontSize: 9,
    labelColor: UNHCR_COLORS.text,
    titleFont: BRAND_FONT_FAMILY,
    symbolType: 'square',
    symbolSize: 80,
    orient: 'top',
    direction: 'horizontal',
    title: null,
  },
};
