import type { ReportLayout } from '../report-bundle.js';
import { LATEST_UNHCR_LAYOUT, UNHCR_REPORT_ID, type UnhcrLayout, type UnhcrMonth } from './schema.js';

/** What sets a layout apart: the marker after "Kosovo", the stars it takes first, and what it draws. */
export interface UnhcrConventions {
  kosovoMarker: string;
  /** How many stars the notes before the arrival notes take (the 2023 brief's Kosovo note is "*"). */
  starsBefore: number;
  /**
   * The 2020 dashboard: four years of arrivals per territory instead of the later briefs' charts
   * of persons present by month and by accommodation (whose gaps it then need not warn about).
   */
  dashboard: boolean;
}

/** Each layout's conventions, as its editions print them. */
export const UNHCR_CONVENTIONS: Record<UnhcrLayout, UnhcrConventions> = {
  // 2020 dashboard: "* Security Council Resolution 1244 (1999) ** for North Macedonia, …", then "***" the intention step.
  '2020': { kosovoMarker: '*', starsBefore: 1, dashboard: true },
  // 2023-24: "* Includes Serbia and Kosovo (S/RES/1244 [1999])", then "**" North Macedonia, "***" Serbia.
  '2023': { kosovoMarker: '*', starsBefore: 1, dashboard: false },
  // 2025: "²References to Kosovo …", then "*" North Macedonia, "**" Serbia.
  '2025': { kosovoMarker: '²', starsBefore: 0, dashboard: false },
};

/** The layout a month follows: the one its file names, or the latest. */
export function unhcrLayoutId(data: UnhcrMonth): UnhcrLayout {
  return data.layout ?? LATEST_UNHCR_LAYOUT;
}

/** The layout a month follows, with its template folder and Kosovo marker. */
export function unhcrLayoutOf(data: UnhcrMonth): ReportLayout {
  const id = unhcrLayoutId(data);
  return { id, templateFolder: `${UNHCR_REPORT_ID}/${id}`, kosovoMarker: UNHCR_CONVENTIONS[id].kosovoMarker };
}
