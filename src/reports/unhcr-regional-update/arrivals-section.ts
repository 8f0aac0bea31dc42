import { splitMonth, yearToDateMonths } from '../../core/months.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { endSentence } from '../../format/end-sentence.js';
import { formatCount } from '../../format/format-number.js';
import { sumFigures } from '../../indicators/figure.js';
import { findSilentTerritories, silentTerritoryWarnings } from '../completeness/silent-territories.js';
import type { UnhcrSeries } from './build-unhcr-model.js';
import type { Footnote, UnhcrModel } from './model-types.js';
import type { UnhcrContext } from './unhcr-context.js';

/**
 * New arrivals by territory in the year so far, with the arrival notes and their markers
 * (*, **, …, after the `starsBefore` stars of the layout's earlier notes). `nextMarker` is the
 * marker the notes after them start with.
 */
export function buildArrivalsSection(
  context: UnhcrContext,
  starsBefore: number,
): { model: UnhcrModel['arrivals']; arrivalsYearToDate: UnhcrSeries['arrivalsYearToDate']; nextMarker: string } {
  const { month, data } = context;
  const { year } = splitMonth(month);
  // Arrivals by territory, year to date; a territory silent in any month of the year is n/a,
  // with a warning on that month's file.
  const silentArrivals = findSilentTerritories(
    context.blockOf(yearToDateMonths(month), (d) => d.arrivals.by_territory),
    TERRITORY_CODES,
    context.lastYearBlock(
      (d) => d.arrivals.by_territory,
      (figures) => figures.arrivals,
    ),
  );
  context.warnings.push(
    ...silentTerritoryWarnings(
      silentArrivals,
      'arrivals.by_territory',
      (name, each) => `${name} has no arrivals figure for ${each} though it has them in other months; its new arrivals for ${year} show n/a`,
    ),
  );
  const arrivalsYearToDate = TERRITORY_CODES.map((code) => {
    const perMonth = yearToDateMonths(month).map((each) => context.read(each, (d) => d.arrivals.by_territory[code] ?? null) ?? null);
    return { code, name: TERRITORY_NAMES[code], persons: sumFigures(perMonth) };
  });
  const arrivalNotes: Footnote[] = [];
  const markerOf = new Map<TerritoryCode, string>();
  for (const code of TERRITORY_CODES) {
    const text = data.arrivals.notes?.[code];
    if (!text) continue;
    const marker = '*'.repeat(starsBefore + arrivalNotes.length + 1);
    arrivalNotes.push({ marker, text: endSentence(text) });
    // Where Kosovo's own marker is a star too (the 2023 layout's "*"), its note's stars would run
    // into it ("Kosovo****" reads as the fourth note): a comma keeps the two apart.
    markerOf.set(code, code === 'XKS' && starsBefore > 0 ? `,${marker}` : marker);
  }

  return {
    model: {
      rows: arrivalsYearToDate.map((row) => ({ code: row.code, name: row.name, value: formatCount(row.persons), marker: markerOf.get(row.code) ?? '' })),
      notes: arrivalNotes,
    },
    arrivalsYearToDate,
    nextMarker: '*'.repeat(starsBefore + arrivalNotes.length + 1),
  };
}
