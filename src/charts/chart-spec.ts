import type { TopLevelSpec } from 'vega-lite';

/** The Vega-Lite schema every chart declares. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A chart as a report declares it: a Vega-Lite spec and the one alt text the PDF carries for it. */
export interface ChartSpec {
  /** Stable id, used by the template ({{chart "arrivals-comparison"}}) and for golden files. */
  id: string;
  /** One sentence describing what the chart shows, generated from its data. */
  altText: string;
  spec: TopLevelSpec;
  /**
   * A legend printed in HTML above the chart instead of inside the SVG, where a label needs
   * markup SVG text cannot carry (Kosovo's footnote marker as a real superscript).
   */
  legend?: LegendItem[];
  /** A note printed under the chart, saying what its figures leave out; the alt text says it too. */
  note?: string;
  /**
   * What the page prints beside the chart in its own words (a map's disclaimer), which an image
   * of the chart on its own must carry: drawn into the image files only.
   */
  caption?: string;
  /** A title an image of the chart on its own needs (a small multiple's territory, which the page prints as a heading). */
  imageTitle?: string;
}

/** One legend entry: the label (plain text; the template adds markers) and its swatch colour. */
export interface LegendItem {
  label: string;
  color: string;
}

/** A chart rendered to SVG, ready for the template. */
export interface RenderedChart {
  id: string;
  altText: string;
  svg: string;
  legend?: LegendItem[];
  note?: string;
  caption?: string;
  imageTitle?: string;
}
