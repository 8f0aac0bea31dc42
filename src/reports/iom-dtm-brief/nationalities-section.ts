import { monthLabel } from '../../core/months.js';
import { nationalityName } from '../../core/nationalities.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { joinNames } from '../../format/phrase-shares.js';
import { formatPercent } from '../../format/format-number.js';
import { formatPointChange, pointChangeDirection } from '../../format/format-signed.js';
import { computeShareChange } from '../../indicators/compute-share-change.js';
import { takeWithTies } from '../../indicators/compute-top-nationalities.js';
import type { IomContext } from './iom-context.js';
import type { IomModel, NationalityCell } from './model-types.js';
import type { IomMonth } from './schema.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';

/** How many nationalities the table lists per territory. */
export const TOP_NATIONALITIES_ON_ARRIVAL = 3;

/**
 * The top nationalities on arrival in each territory, each with its share of the territory's
 * registrations and the change of that share against last month in percentage points.
 * Returns the names of territories with registrations but no nationality data, for the footnote.
 */
export function buildNationalitiesSection(context: IomContext): { model: IomModel['nationalities']; withoutData: string[]; tieNotes: string[] } {
  const previous = context.previous();
  const rows: IomModel['nationalities']['rows'] = [];
  const withoutData: string[] = [];
  const tieNotes: string[] = [];
  for (const code of IOM_TERRITORY_ORDER) {
    const registrations = context.data.registrations.by_territory[code];
    const counts = context.data.nationalities_on_arrival?.by_territory[code];
    // No row may vanish without a word: a reported 0 says so in its row; a territory without
    // registrations or nationality data is named in the footnote.
    if (registrations === 0) {
      rows.push({ name: TERRITORY_NAMES[code], cells: [], note: `No registrations on arrival in ${monthLabel(context.month)}` });
      continue;
    }
    if (registrations === undefined || registrations === null || !counts) {
      withoutData.push(TERRITORY_NAMES[code]);
      continue;
    }
    const top = topCells(code, counts, registrations, previous);
    rows.push({ name: TERRITORY_NAMES[code], cells: top.cells });
    if (top.tied.length > 0) {
      const last = top.cells.at(-1)!;
      tieNotes.push(`In ${TERRITORY_NAMES[code]}, ${joinNames(top.tied)} ${top.tied.length === 1 ? 'had' : 'each had'} the same share as ${last.name} (${last.share}).`);
    }
  }
  return { model: { rows, available: rows.length > 0 }, withoutData, tieNotes };
}

/** The top cells of one territory, and the nationalities tied with the last of them that the table has no room for. */
function topCells(
  code: TerritoryCode,
  counts: Partial<Record<string, number>>,
  registrations: number,
  previous: IomMonth | undefined,
): { cells: NationalityCell[]; tied: string[] } {
  const previousShare = sharesOf(previous, code);
  const sorted = Object.entries(counts)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .sort((a, b) => b[1] - a[1] || nationalityName(a[0]).localeCompare(nationalityName(b[0])));
  const withTies = takeWithTies(sorted, TOP_NATIONALITIES_ON_ARRIVAL, (entry) => entry[1]);
  const tied = withTies.slice(TOP_NATIONALITIES_ON_ARRIVAL).map(([nationality]) => nationalityName(nationality));
  const cells = withTies.slice(0, TOP_NATIONALITIES_ON_ARRIVAL).map(([nationality, count]) => {
    const fraction = count / registrations;
    const points = computeShareChange(fraction, previousShare ? previousShareOf(previousShare, nationality) : null);
    return {
      name: nationalityName(nationality),
      share: formatPercent(fraction),
      change: formatPointChange(points),
      direction: pointChangeDirection(points),
    };
  });
  return { cells, tied };
}

/** Last month's shares of one territory's registrations by nationality, or undefined without data. */
function sharesOf(data: IomMonth | undefined, code: TerritoryCode): { shares: Map<string, number>; complete: boolean } | undefined {
  const counts = data?.nationalities_on_arrival?.by_territory[code];
  const registrations = data?.registrations.by_territory[code];
  if (!counts || !registrations) return undefined;
  const listed = Object.values(counts).reduce<number>((total, count) => total + (count ?? 0), 0);
  return { shares: new Map(Object.entries(counts).map(([nationality, count]) => [nationality, (count ?? 0) / registrations])), complete: listed === registrations };
}

/**
 * A nationality's share last month. One not listed had 0 only when last month's list covers
 * every registration; otherwise it may hide among the unlisted "other", and its change is n/a.
 */
function previousShareOf(previous: { shares: Map<string, number>; complete: boolean }, nationality: string): number | null {
  return previous.shares.get(nationality) ?? (previous.complete ? 0 : null);
}

/** "Data on nationalities on arrivals to Serbia is not available." for the territories without it. */
export function missingNationalitiesNote(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  return `Data on nationalities on arrivals to ${joinNames(names)} ${names.length === 1 ? 'is' : 'are'} not available.`;
}
