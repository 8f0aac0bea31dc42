import type { TopLevelSpec } from 'vega-lite';

/** A chart as a report declares it: a Vega-Lite spec and the one alt text the PDF carries for it. */
export interface ChartSpec {
  /** Stable id, used by the template ({{chart "arrivals-comparison"}}) and for golden files. */
  id: string;
  /** One sentence describing what the chart shows, generated from its data. */
  altText: string;
  spec: TopLevelSpec;
}

/** A chart rendered to SVG, ready for the template. */
export interface RenderedChart {
  id: string;
  altText: string;
  svg: string;
}
