import { describe, expect, it } from 'vitest';
import { computeTopNationalities } from '../../src/indicators/compute-top-nationalities.js';

describe('computeTopNationalities', () => {
  it('ranks by count, names with UN-style names, and takes shares of the whole', () => {
    const top = computeTopNationalities({ SYR: 30, PSE: 50, AFG: 10, IRQ: 0 }, 200, 2);
    expect(top).toEqual([
      { code: 'PSE', name: 'Occupied Palestinian Territory', count: 50, fraction: 0.25 },
      { code: 'SYR', name: 'Syrian Arab Republic', count: 30, fraction: 0.15 },
    ]);
  });

  it('breaks ties by name and leaves out zeros', () => {
    const top = computeTopNationalities({ TUR: 5, EGY: 5, MAR: 0 }, 10, 5);
    expect(top.map((row) => row.name)).toEqual(['Egypt', 'Türkiye']);
  });
});
