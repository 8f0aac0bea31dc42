import { describe, expect, it } from 'vitest';
import { buildRegionalDemographics } from '../../../src/reports/unhcr-regional-update/demographics-section.js';
import type { UnhcrMonth } from '../../../src/reports/unhcr-regional-update/schema.js';

const monthWith = (byTerritory: UnhcrMonth['present']['by_territory']) => ({ present: { by_territory: byTerritory } }) as UnhcrMonth;

describe('the regional demographics of persons present', () => {
  it('adds up the territories that give them and names those that do not', () => {
    const demographics = buildRegionalDemographics(
      monthWith({
        ALB: { persons: 160, uasc: 10, demographics: { men: 100, women: 30, accompanied_children: 20 } },
        BIH: { persons: 1_130, uasc: 60, demographics: { men: 800, women: 170, accompanied_children: 100 } },
        XKS: { persons: 233, uasc: 12 },
      }),
    );
    // By hand: men 100 + 800, women 30 + 170, accompanied 20 + 100, UASC 10 + 60; 1,290 = 160 + 1,130.
    expect(demographics).toEqual({ men: 900, women: 200, accompaniedChildren: 120, unaccompaniedChildren: 70, total: 1_290, leftOut: ['XKS'] });
  });

  it('is absent when no territory gives demographics', () => {
    expect(buildRegionalDemographics(monthWith({ ALB: { persons: 160, uasc: 10 } }))).toBeUndefined();
  });
});
