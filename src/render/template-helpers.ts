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
  // Every "Kosovo" in printed text carries the resolution 1244 marker, so no sentence can forget it.
  const withKosovoMarker = (text: string) =>
    Handlebars.escapeExpression(text).replace(/\bKosovo\b/g, `Kosovo<sup class="marker">${Handlebars.escapeExpression(context.kosovoMarker)}</sup>`);
  handlebars.registerHelper('chart', (id: string) => {
    const chart = context.charts.get(id);
    if (!chart) throw new Error(`The template asks for chart "${id}", which this report does not build.`);
    const label = Handlebars.escapeExpression(chart.altText);
    // The legend repeats what the alt text says, so assistive technology skips it.
    const legend = chart.legend
      ? `<ul class="chart-legend" aria-hidden="true">${chart.legend.map((item) => `<li><span class="swatch" style="background:${cssColor(item.color)}"></span>${withKosovoMarker(item.label)}</li>`).join('')}</ul>`
      : '';
    return new Handlebars.SafeString(`<figure class="chart chart-${Handlebars.escapeExpression(id)}" role="img" aria-label="${label}">${legend}${chart.svg}</figure>`);
  });
  handlebars.registerHelper('territories', (text: unknown) => new Handlebars.SafeString(withKosovoMarker(String(text))));
  handlebars.registerHelper('sup', (marker: unknown) =>
    marker ? new Handlebars.SafeString(`<sup class="marker">${Handlebars.escapeExpression(String(marker))}</sup>`) : '');
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  handlebars.registerHelper('join', (items: unknown[], separator: string) => (Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : ''));
}

/** Only plain hex colours reach a style attribute; they come from our themes, never from data. */
function cssColor(color: string): string {
  if (!/^#[0-9a-fA-F]{3,8}$/.test(color)) throw new Error(`Not a theme colour: ${color}`);
  return color;
}
