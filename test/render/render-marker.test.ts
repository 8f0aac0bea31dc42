import { describe, expect, it } from 'vitest';
import { renderMarker } from '../../src/render/render-marker.js';

describe('renderMarker', () => {
  it("prints figures as the font's superscript figures", () => {
    expect(renderMarker('4')).toBe('<span class="marker">⁴</span>');
    expect(renderMarker(14)).toBe('<span class="marker">¹⁴</span>');
    expect(renderMarker('¹')).toBe('<span class="marker">¹</span>');
  });

  it('keeps asterisks and raises only the comma of a list', () => {
    expect(renderMarker('**')).toBe('<span class="marker">**</span>');
    expect(renderMarker('5,6')).toBe('<span class="marker">⁵<span class="marker-comma">,</span>⁶</span>');
  });

  it('prints nothing for no marker, and escapes what is not a figure', () => {
    expect(renderMarker('')).toBe('');
    expect(renderMarker(undefined)).toBe('');
    expect(renderMarker('<b>')).toBe('<span class="marker">&lt;b&gt;</span>');
  });
});
