import Handlebars from 'handlebars';
import type { RenderedChart } from '../charts/chart-spec.js';

/** Options of the helpers that depend on the report: its charts and its Kosovo marker. */
export interface HelperContext {
  charts: ReadonlyMap<string, RenderedChart>;
  kosovoMarker: string;
}

/**
 * Registers the template helpers on a Handlebars environment. Only `chart` inserts raw
 * markup, and only SVG our renderer produced; everything else is escaped.
 */
export function registerTemplateHelpers(handlebars: typeof Handlebars, context: HelperContext): void {
  handlebars.registerHelper('chart', (id: string) => {
    const chart = context.charts.get(id);
    if (!chart) throw new Error(`The template asks for chart "${id}", which this report does not build.`);
    const label = Handlebars.escapeExpression(chart.altText);
    return new Handlebars.SafeString(`<figure class="chart chart-${Handlebars.escapeExpression(id)}" role="img" aria-label="${label}">${chart.svg}</figure>`);
  });
  // Every "Kosovo" in printed text carries the resolution 1244 marker, so no sentence can forget it.
  handlebars.registerHelper('territories', (text: unknown) => {
    const escaped = Handlebars.escapeExpression(String(text));
    return new Handlebars.SafeString(escaped.replace(/\bKosovo\b/g, `Kosovo<sup class="marker">${context.kosovoMarker}</sup>`));
  });
  handlebars.registerHelper('sup', (marker: unknown) =>
    marker ? new Handlebars.SafeString(`<sup class="marker">${Handlebars.escapeExpression(String(marker))}</sup>`) : '');
  handlebars.registerHelper('join', (items: unknown[], separator: string) => (Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : ''));
}
