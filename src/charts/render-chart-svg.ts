import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec, RenderedChart } from './chart-spec.js';
import { installTextMeasurement } from './measure-text.js';

const SILENT_LOGGER = vega.logger(vega.None);

/**
 * Compiles a Vega-Lite spec and renders it to an SVG string in Node, with no canvas and
 * no browser. The SVG is marked aria-hidden: the template's <figure> carries its alt text.
 */
export async function renderChartSvg(chart: ChartSpec): Promise<RenderedChart> {
  installTextMeasurement();
  // Vega-Lite's notes on specs go to a silent logger: our specs are tested, and stray console
  // output would mix with the CLI's messages.
  const runtime = vega.parse(compile(chart.spec, { logger: SILENT_LOGGER }).spec);
  const view = new vega.View(runtime, { renderer: 'none', logger: SILENT_LOGGER });
  try {
    const svg = await view.toSVG();
    return { id: chart.id, altText: chart.altText, svg: markDecorative(ownClipIds(svg, chart.id)), legend: chart.legend };
  } finally {
    view.finalize();
  }
}

/** Renders several charts; they are independent, so they run together. */
export function renderChartsSvg(charts: readonly ChartSpec[]): Promise<RenderedChart[]> {
  return Promise.all(charts.map(renderChartSvg));
}

function markDecorative(svg: string): string {
  // Tagged PDFs tag SVG text glyph by glyph; hiding the SVG from assistive tech keeps one
  // alt text per chart (on the figure) and keeps the PDF small.
  return svg.replace(/^<svg /, '<svg aria-hidden="true" focusable="false" ');
}

/**
 * Vega numbers clip paths from one counter for the whole process, so the same chart got other
 * ids depending on what was drawn before it (a range build, charts drawn side by side). Ids
 * numbered within the chart and prefixed with its id are the same on every build and never
 * clash between the charts of one page.
 */
export function ownClipIds(svg: string, chartId: string): string {
  const renamed = new Map<string, string>();
  return svg.replace(/(id="|url\(#)(clip\d+)/g, (_, lead: string, id: string) => {
    if (!renamed.has(id)) renamed.set(id, `${chartId}-clip${renamed.size + 1}`);
    return `${lead}${renamed.get(id)}`;
  });
}
