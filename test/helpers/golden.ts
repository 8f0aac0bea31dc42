import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Set UPDATE_GOLDEN=1 to rewrite golden files after a deliberate change; review the diff before committing. */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares text with a golden file. A missing golden file fails the test (rather than being
 * written silently), so a forgotten file cannot make the comparison vacuous.
 */
export function expectGolden(file: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`Golden file ${file} is missing; run with UPDATE_GOLDEN=1 and review it.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/**
 * SVG with coordinates rounded to whole pixels, so sub-pixel differences between font
 * rasterisers do not fail the comparison while any real change of layout or text does.
 */
export function normaliseSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d+(e-?\d+)?/g, (number) => String(Math.round(Number(number)))).replace(/></g, '>\n<');
}

/** A spec as stable JSON, with long GeoJSON outlines replaced by a count (they come from world-atlas, not from us). */
export function normaliseSpec(spec: unknown): string {
  return `${JSON.stringify(
    spec,
    (key, value: unknown) => {
      if (Array.isArray(value) && value.length > 0 && (value[0] as { type?: string })?.type === 'Feature') {
        return value.map((feature: { properties?: unknown }) => ({ type: 'Feature', properties: feature.properties, geometry: '(outline)' }));
      }
      return value;
    },
    2,
  )}\n`;
}
