import type { Config } from 'vega-lite';
import { BRAND_FONT_FAMILY } from '../assets/font-files.js';

/** The few colours and sizes a report's charts differ by. */
export interface ChartThemeColors {
  primary: string;
  text: string;
  secondaryText: string;
  gridline: string;
  domain: string;
  category: readonly string[];
  ramp?: readonly string[];
  fontSize: number;
}

/** A Vega-Lite config in the house style of the briefs: Lato, quiet axes, no frame, the report's palette. */
export function buildChartTheme(colors: ChartThemeColors): Config {
  const label = { labelFont: BRAND_FONT_FAMILY, labelFontSize: colors.fontSize };
  return {
    font: BRAND_FONT_FAMILY,
    // A transparent background lets the page colour show through.
    background: null as unknown as string,
    padding: 2,
    view: { stroke: null },
    range: { category: [...colors.category], ...(colors.ramp ? { ramp: [...colors.ramp] } : {}) },
    mark: { color: colors.primary },
    bar: { color: colors.primary },
    text: { font: BRAND_FONT_FAMILY, fontSize: colors.fontSize, color: colors.text },
    axis: {
      ...label,
      labelColor: colors.secondaryText,
      titleFont: BRAND_FONT_FAMILY,
      titleFontSize: colors.fontSize,
      titleColor: colors.secondaryText,
      titleFontWeight: 'normal',
      domainColor: colors.domain,
      tickColor: colors.domain,
      gridColor: colors.gridline,
    },
    axisX: { grid: false, ticks: false, labelAngle: 0, labelPadding: 4 },
    axisY: { domain: false, ticks: false, labelPadding: 4 },
    axisBand: { domain: true },
    legend: { ...label, labelColor: colors.text, titleFont: BRAND_FONT_FAMILY, symbolType: 'square', symbolSize: 75, orient: 'top', direction: 'horizontal', title: null },
  };
}
