import { addMonths, monthLabel, monthRange, splitMonth, type YearMonth } from '../../core/months.js';
import { formatCount } from '../../format/format-number.js';
import { formatLongDate } from '../../format/format-date.js';
import { collectIllustrative } from '../collect-illustrative.js';
import type { ModelWarning, MonthHistory } from '../report-bundle.js';
import { buildAsylumSection } from './asylum-section.js';
import { CARRY_FORWARD_MONTHS, createIomContext, latestBlock, type IomContext } from './iom-context.js';
import type { SilentTerritory } from '../completeness/silent-territories.js';
import type { PartialMonth } from '../../charts/alt-text-phrases.js';
import { TERRITORY_NAMES } from '../../core/territories.js';
import type { IomModel } from './model-types.js';
import { buildNationalitiesSection, missingNationalitiesNote } from './nationalities-section.js';
import { buildReceptionSection, type OccupancyTrend } from './reception-section.js';
import { buildRegistrationsSection, type MonthlyRegistrations } from './registrations-section.js';
import { buildAuthoritiesSection, buildAvrrSection } from './returns-section.js';
import type { IomMonth } from './schema.js';

/** The blocks of an IOM month that may be marked illustrative, with the words the notice prints. */
const ILLUSTRATIVE_BLOCKS = {
  registrations: 'Registrations on arrival by territory',
  nationalities_on_arrival: 'Nationalities on arrival',
  reception: 'Reception facilities',
  avrr: 'Assisted voluntary returns',
  asylum: 'Asylum applications and decisions',
};

/** The brief's standing notes, in the order they are numbered. */
const NOTES = {
  registrations:
    '"Registrations" refer to any interception and/or registration by an official authority of an irregular entry at the border, by sea, in airports, or on the territory.',
  monthly: 'Monthly data on registrations are compared with the previous month.',
  nonFinal: 'The data displayed in this brief is non-final and subject to consolidation. Please check the DTM Europe arrivals website for more information.',
  kosovo: 'References to Kosovo shall be understood to be in the context of United Nations Security Council resolution 1244 (1999).',
  occupancy: 'Occupancy rates refer only to migrants who are accommodated in reception centres in the Western Balkans.',
  nonVoluntary:
    'These non-voluntary returns include returns to countries of origin as well as readmissions to other countries and territories in the Western Balkans and to the European Union.',
};

/** Months an IOM model reads: January of last year up to the built month. */
export function iomHistoryMonths(month: YearMonth): YearMonth[] {
  return monthRange(`${splitMonth(month).year - 1}-01`, month);
}

/** The figures of the IOM DTM brief for one month, and the series its charts draw. */
export interface IomFigures {
  model: IomModel;
  monthlyRegistrations: MonthlyRegistrations;
  /** Months whose bar adds up only the territories that reported. */
  partialRegistrationMonths: PartialMonth[];
  occupancyTrend: OccupancyTrend;
  warnings: ModelWarning[];
}

/** Derives every figure the IOM brief prints from the month and its history. */
export function buildIomFigures(history: MonthHistory<IomMonth>): IomFigures {
  const context = createIomContext(history);
  const { month, data } = context;
  const sections = buildSectionsInNoteOrder(context);
  const { marks } = sections;
  context.warnings.push(...context.missingMonthWarnings(data.report, 'year-to-date totals, changes against last month, the occupancy trend'));

  const model: IomModel = {
    reportId: data.report,
    organisation: 'IOM',
    title: 'Western Balkans — Mixed Migratory Flows',
    monthLabel: monthLabel(month),
    previousMonthLabel: monthLabel(addMonths(month, -1)),
    year: splitMonth(month).year,
    carryForwardMonths: CARRY_FORWARD_MONTHS,
    illustrative: collectIllustrative(context.used(iomHistoryMonths(month)), ILLUSTRATIVE_BLOCKS),
    marks,
    footnotes: {
      registrations: context.footnotes.between(marks.registrations, marks.monthly, sections.kosovoMark),
      nationalities: context.footnotes.between(marks.nationalities),
      reception: context.footnotes.between(marks.reception, marks.occupancy),
      returns: context.footnotes.between(marks.voluntary, marks.nonVoluntary),
      asylum: context.footnotes.between(marks.asylum),
      trafficking: context.footnotes.between(marks.trafficking),
    },
    registrations: sections.registrations.model,
    nationalities: sections.nationalities.model,
    reception: sections.reception.model,
    avrr: sections.avrr,
    authorities: sections.authorities.model,
    asylum: sections.asylum.model,
    trafficking: sections.trafficking ? { count: formatCount(sections.trafficking.count), period: sections.trafficking.period } : undefined,
    funders: latestBlock(context, (each) => each.funders) ?? [],
    citation: citationOf(month, data.publication_date),
    contact: data.contact,
  };
  return {
    model,
    monthlyRegistrations: sections.registrations.monthly,
    partialRegistrationMonths: groupSilent(sections.registrations.silent),
    occupancyTrend: sections.reception.trend,
    warnings: context.warnings,
  };
}

/**
 * Builds the sections in the order the brief places them, marking each one's notes as it goes:
 * footnotes are numbered in that order, so the calls must not be reordered.
 */
function buildSectionsInNoteOrder(context: IomContext) {
  const { month, footnotes } = context;
  const registrationMarks = footnotes.mark(NOTES.registrations, NOTES.monthly);
  const monthlyMark = footnotes.mark(NOTES.nonFinal);
  // Kosovo's note follows the three standing notes; the bundle's marker names its number.
  const kosovoMark = String(footnotes.add(NOTES.kosovo));
  const registrations = buildRegistrationsSection(context);

  const nationalities = buildNationalitiesSection(context);
  const nationalityMarks = footnotes.mark(
    missingNationalitiesNote(nationalities.withoutData),
    ...nationalities.tieNotes,
    `Percentage increases or decreases refer to changes in the percentage share of nationalities, and not in total numbers, compared with the previous month, ${monthLabel(addMonths(month, -1))}.`,
  );

  const reception = buildReceptionSection(context);
  const receptionMarks = footnotes.mark(...reception.notes, `Based on the latest available data in ${monthLabel(month)}.`);
  const occupancyMark = footnotes.mark(NOTES.occupancy);

  const avrr = buildAvrrSection(context);
  const authorities = buildAuthoritiesSection(context);
  const sourceNote = authorities.source && `Source: ${authorities.source}`;
  const voluntaryMark = authorities.model.voluntary ? footnotes.mark(...authorities.notes.voluntary, sourceNote) : '';
  const nonVoluntaryMarks = authorities.model.nonVoluntary ? footnotes.mark(NOTES.nonVoluntary, ...authorities.notes.nonVoluntary, sourceNote) : '';

  const asylum = buildAsylumSection(context);
  const asylumMark = footnotes.mark(asylum.source && `Source: ${asylum.source}`);
  const trafficking = latestBlock(context, (each) => each.trafficking_permits);
  const traffickingMark = footnotes.mark(trafficking && `Source: ${trafficking.source}`);

  const marks: IomModel['marks'] = {
    registrations: registrationMarks,
    monthly: monthlyMark,
    nationalities: nationalityMarks,
    reception: receptionMarks,
    occupancy: occupancyMark,
    voluntary: voluntaryMark,
    nonVoluntary: nonVoluntaryMarks,
    asylum: asylumMark,
    trafficking: traffickingMark,
  };
  return { registrations, nationalities, reception, avrr, authorities, asylum, trafficking, marks, kosovoMark };
}

/** "International Organization for Migration (IOM), 17 January 2025. DTM Western Balkans — …" */
function citationOf(month: YearMonth, publicationDate: string | undefined): string {
  const date = publicationDate ? `, ${formatLongDate(publicationDate)}` : '';
  return `International Organization for Migration (IOM)${date}. DTM Western Balkans — Mixed Migratory Flows Report (${monthLabel(month)}). IOM, South Eastern Europe, Eastern Europe and Central Asia.`;
}

/** Silent territories grouped by month, named, for a chart's note. */
function groupSilent(silent: readonly SilentTerritory[]): PartialMonth[] {
  const months = [...new Set(silent.map((each) => each.month))];
  return months.map((month) => ({ month, leftOut: silent.filter((each) => each.month === month).map((each) => TERRITORY_NAMES[each.code]) }));
}
