import Handlebars from 'handlebars';
import type { RenderedChart } from '../charts/chart-spec.js';
import { renderMarker } from './render-marker.js';

/** Options of the helpers that depend on the report: its charts and its Kosovo marker. */
export interface HelperContext {
  charts: ReadonlyMap<string, RenderedChart>;
  kosovoMarker: string;
  /** Filled with the id of each chart the template prints (a chart behind an {{#if}} may not be). */
  printed?: Set<string>;
}

/**
 * The template helpers of one report, passed to its template at each call (the compiled template
 * is shared between reports). Only `chart` inserts raw markup, and only SVG our renderer
 * produced; everything else is escaped.
 */
export function templateHelpers(context: HelperContext): Record<string, Handlebars.HelperDelegate> {
  const helpers: Record<string, Handlebars.HelperDelegate> = {};
  const define = (name: string, helper: Handlebars.HelperDelegate) => (helpers[name] = helper);
  // Every "Kosovo" in printed text carries the resolution 1244 marker, so no sentence can forget it.
  const withKosovoMarker = (text: string) => Handlebars.escapeExpression(text).replace(/\bKosovo\b/g, `Kosovo${renderMarker(context.kosovoMarker)}`);
  const chartOf = (id: string) => {
    const chart = context.charts.get(id);
    if (!chart) throw new Error(`The template asks for chart "${id}", which this report does not build.`);
    return chart;
  };
  // The legend repeats what the alt text says, so assistive technology skips it (and the PDF
  // leaves it out of the reading order).
  const legendOf = (chart: RenderedChart) =>
    chart.legend
      ? `<ul class="chart-legend" aria-hidden="true">${chart.legend.map((item) => `<li><span class="swatch" style="background:${cssColor(item.color)}"></span>${withKosovoMarker(item.label)}</li>`).join('')}</ul>`
      : '';
  // {{chart "id"}} prints the chart with its legend; {{chart "id" legend=false}} without it, for
  // small multiples that share one legend, printed once with {{chartLegend "id"}}.
  define('chartLegend', (id: string) => new Handlebars.SafeString(legendOf(chartOf(id))));
  define('chart', (id: string, options?: Handlebars.HelperOptions) => {
    const chart = chartOf(id);
    context.printed?.add(id);
    const legend = options?.hash?.legend === false ? '' : legendOf(chart);
    // A plain <div>, not a <figure>: Chromium would tag a <figure> as a second /Figure, with no
    // alt text, around the SVG's own (see labelAsImage).
    const note = chart.note ? `<p class="chart-note">${withKosovoMarker(chart.note)}</p>` : '';
    return new Handlebars.SafeString(`<div class="chart chart-${Handlebars.escapeExpression(id)}">${legend}${chart.svg}${note}</div>`);
  });
  define('territories', (text: unknown) => new Handlebars.SafeString(withKosovoMarker(String(text))));
  // A footnote marker ("4", "5,6", "**"), printed with the font's superscript figures.
  define('sup', (marker: unknown) => new Handlebars.SafeString(renderMarker(marker)));
  define('eq', (a: unknown, b: unknown) => a === b);
  // Builds a chart id inside a loop: {{chart (concat "evolution-" code)}}. The last argument is Handlebars' options.
  define('concat', (...parts: unknown[]) => parts.slice(0, -1).map(String).join(''));
  define('join', (items: unknown[], separator: string) => (Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : ''));
  return helpers;
}

/** Only plain hex colours reach a style attribute; they come from our themes, never from data. */
function cssColor(color: string): string {
  if (!/^#[0-9a-fA-F]{3,8}$/.test(color)) throw new Error(`Not a theme colour: ${color}`);
  return color;
}
