import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import type { YearMonth } from '../../core/months.js';
import type { ModelWarning } from '../report-bundle.js';
import type { Figure } from '../../indicators/figure.js';
import type { UnhcrMonth } from './schema.js';

/** Who is present in the region: the parts over the territories that give them. */
export interface RegionalDemographics {
  men: number;
  women: number;
  accompaniedChildren: number;
  unaccompaniedChildren: number;
  /** The four parts added up: the persons present of the territories that give demographics. */
  total: number;
  /** Territories with persons present but no demographics, which these figures leave out. */
  leftOut: TerritoryCode[];
}

/**
 * The region's demographics (the 2020 dashboard's men, women, accompanied and unaccompanied
 * children), added up over the territories that give them; undefined when none does. The
 * parts of a territory add up to its persons present (the month's check), so the total here is
 * the persons present of those territories, and `leftOut` names the others for a note.
 */
export function buildRegionalDemographics(data: UnhcrMonth): RegionalDemographics | undefined {
  const entries = TERRITORY_CODES.flatMap((code) => {
    const entry = data.present.by_territory[code];
    return entry?.demographics && entry.uasc !== undefined ? [{ code, parts: entry.demographics, uasc: entry.uasc }] : [];
  });
  if (entries.length === 0) return undefined;
  const sum = (pick: (each: (typeof entries)[number]) => number) => entries.reduce((total, each) => total + pick(each), 0);
  const parts = {
    men: sum((each) => each.parts.men),
    women: sum((each) => each.parts.women),
    accompaniedChildren: sum((each) => each.parts.accompanied_children),
    unaccompaniedChildren: sum((each) => each.uasc),
  };
  const giving = new Set(entries.map((each) => each.code));
  return {
    ...parts,
    total: parts.men + parts.women + parts.accompaniedChildren + parts.unaccompaniedChildren,
    leftOut: TERRITORY_CODES.filter((code) => data.present.by_territory[code] && !giving.has(code)),
  };
}

/** The parts of the demographics, in the dashboard's order, with the labels it prints. */
export const DEMOGRAPHIC_PARTS = [
  ['men', 'Men'],
  ['women', 'Women'],
  ['accompaniedChildren', 'Accompanied children'],
  ['unaccompaniedChildren', 'Unaccompanied and separated children'],
] as const;

/** Each part with its share of the persons the parts add up to; n/a throughout without demographics. */
export function demographicParts(demographics: RegionalDemographics | undefined): Array<{ label: string; count: Figure; share: Figure }> {
  return DEMOGRAPHIC_PARTS.map(([key, label]) => ({
    label,
    count: demographics ? demographics[key] : null,
    share: demographics && demographics.total > 0 ? demographics[key] / demographics.total : null,
  }));
}

/**
 * A territory with persons present but no demographics, while others give theirs: the dashboard's
 * breakdown leaves it out (with a note), and the build says so, on that territory's entry.
 */
export function demographicsWarnings(demographics: RegionalDemographics | undefined, month: YearMonth): ModelWarning[] {
  return (demographics?.leftOut ?? []).map((code) => ({
    month,
    field: `present.by_territory.${code}`,
    message: `${TERRITORY_NAMES[code]} gives no demographics though other territories do: the breakdown by men, women and children leaves it out, with a note`,
    hint: 'Add its demographics (men, women, accompanied_children; with uasc they add up to persons), or accept the note.',
  }));
}
