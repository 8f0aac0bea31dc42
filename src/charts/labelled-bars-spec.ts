import type { Config, TopLevelSpec } from 'vega-lite';
import { VEGA_LITE_SCHEMA } from './chart-spec.js';

/** One bar: its category label, its order on the axis, its value and the text printed after it. */
export interface LabelledBar {
  category: string;
  order: number;
  value: number | null;
  label: string;
}

/**
 * Horizontal bars, one per category in the given order, each followed by its printed value;
 * no value axis, as in the editions' nationality and UASC charts. The report's theme comes in `config`.
 */
export function buildLabelledBarsSpec(bars: readonly LabelledBar[], options: { width: number; barHeight: number; color: string; config: Config }): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: options.config,
    width: options.width,
    height: { step: options.barHeight },
    data: { values: bars.map((bar) => ({ ...bar })) },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: 170, domain: false } },
      x: { field: 'value', type: 'quantitative', title: null, axis: null, scale: { nice: false } },
    },
    layer: [
      { mark: { type: 'bar', color: options.color, height: { band: 0.72 } } },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 8.5 }, encoding: { text: { field: 'label' } } },
    ],
  };
}
