import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import * as vega from 'vega';
import { BRAND_FONT_FAMILY, listBrandFontFiles } from '../assets/font-files.js';

/** The parts of vega-scenegraph's text API that vega re-exports but its typings leave out. */
interface TextItem {
  font?: string;
  fontSize?: number;
  fontStyle?: string;
  fontWeight?: string | number;
}
const scenegraph = vega as unknown as {
  textMetrics: { width: (item: TextItem, text: unknown) => number };
  font: (item: TextItem) => string;
};

let context: SKRSContext2D | undefined;
const widthCache = new Map<string, number>();

/**
 * Makes vega measure chart text with the real Lato glyphs instead of its estimate
 * (0.8 × characters × size, 30-50% too wide for Lato), so label padding and truncation in
 * the SVG match what Chromium draws. Idempotent: the first call registers the fonts.
 */
export function installTextMeasurement(): void {
  if (context) return;
  // The very files the HTML embeds, so a label measures here as wide as Chromium draws it. A file
  // the canvas cannot load would silently measure in a fallback font: fail instead.
  for (const font of listBrandFontFiles()) {
    if (!GlobalFonts.registerFromPath(font.file, font.family)) throw new Error(`The chart font ${font.file} could not be loaded for text measurement.`);
  }
  context = createCanvas(8, 8).getContext('2d');
  scenegraph.textMetrics.width = measureWidth;
}

function measureWidth(item: TextItem, text: unknown): number {
  const line = text == null ? '' : String(text).trim();
  if (line === '') return 0;
  const font = scenegraph.font(item);
  const key = `${font}\u0000${line}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    context!.font = font;
    width = context!.measureText(line).width;
    widthCache.set(key, width);
  }
  return width;
}

/** The width in pixels of one line of Lato at `size` px, as the chart labels are measured. */
export function measureLine(text: string, size: number, weight: number | string = 'normal'): number {
  installTextMeasurement();
  return measureWidth({ font: BRAND_FONT_FAMILY, fontSize: size, fontWeight: weight }, text);
}
