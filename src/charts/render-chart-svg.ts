import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec, RenderedChart } from './chart-spec.js';
import { installTextMeasurement } from './measure-text.js';

const SILENT_LOGGER = vega.logger(vega.None);

/**
 * Compiles a Vega-Lite spec and renders it to an SVG string in Node, with no canvas and
 * no browser. The SVG itself is an image with the chart's alt text, so the tagged PDF holds it
 * as one /Figure with that /Alt.
 */
export async function renderChartSvg(chart: ChartSpec): Promise<RenderedChart> {
  installTextMeasurement();
  // Vega-Lite's notes on specs go to a silent logger: our specs are tested, and stray console
  // output would mix with the CLI's messages.
  const runtime = vega.parse(compile(chart.spec, { logger: SILENT_LOGGER }).spec);
  const view = new vega.View(runtime, { renderer: 'none', logger: SILENT_LOGGER });
  try {
    const svg = await view.toSVG();
    return {
      id: chart.id,
      altText: chart.altText,
      svg: labelAsImage(ownClipIds(svg, chart.id), chart.altText),
      legend: chart.legend,
      note: chart.note,
      caption: chart.caption,
      imageTitle: chart.imageTitle,
    };
  } finally {
    view.finalize();
  }
}

/** Renders several charts; they are independent, so they run together. */
export function renderChartsSvg(charts: readonly ChartSpec[]): Promise<RenderedChart[]> {
  return Promise.all(charts.map(renderChartSvg));
}

/**
 * Chromium tags an `<svg role="img" aria-label="…">` as one /Figure whose /Alt is the label,
 * and tags nothing inside it (an image's children are presentational), so the PDF neither
 * spells the chart out glyph by glyph nor loses its alt text. Measured: a <figure role="img">
 * around an aria-hidden SVG kept no /Figure and no /Alt at all; a <figure> around this SVG
 * nests a second /Figure with no /Alt, which is why the template wraps charts in a <div>.
 */
export function labelAsImage(svg: string, altText: string): string {
  if (!svg.startsWith('<svg ')) throw new Error('Vega returned something other than an SVG document.');
  return `<svg role="img" aria-label="${escapeAttribute(altText)}" focusable="false" ${svg.slice('<svg '.length)}`;
}

/** Text for a double-quoted attribute: the alt text is built from data (nationality names, notes). */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
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
