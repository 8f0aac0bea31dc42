import type { IllustrativeNote } from '../collect-illustrative.js';
import type { PeriodWording } from './period-wording.js';
import type { TerritoryCode } from '../../core/territories.js';
import type { Figure } from '../../indicators/figure.js';
import type { Share } from '../../indicators/compute-shares.js';
import type { Unhcr2023Words } from './wording-2023.js';
import type { Unhcr2025Words } from './wording-2025.js';
import type { Unhcr2020Words } from './wording-2020.js';
import type { RegionalDemographics } from './demographics-section.js';

/** A territory row as the template prints it; figures are already formatted ("1,130", "n/a"). */
export interface TerritoryRow {
  code: string;
  name: string;
  value: string;
  /** Footnote marker after the name ("*"), or "" when none. */
  marker: string;
}

/** A footnote with its marker. */
export interface Footnote {
  marker: string;
  text: string;
}

/** Everything the UNHCR regional update template prints, all figures derived and formatted. */
export interface UnhcrModel {
  reportId: string;
  /** The publishing organisation, as the illustrative-data notice names it. */
  organisation: string;
  title: string;
  subtitle: string;
  month: string;
  monthLabel: string;
  monthName: string;
  lastDayLabel: string;
  year: number;
  previousYear: number;
  period: PeriodWording;
  dataAsOf: string;
  contact?: string;
  illustrative: IllustrativeNote[];
  regionalEstimate: {
    /** Whether every month of the period has its estimate; else `unavailable` says which do not. */
    available: boolean;
    unavailable: string;
    yearToDate: string;
    previousYearToDate: string;
    hasChange: boolean;
    /** " (there is no data for January-December 2024)" when last year's months are missing, or "". */
    noComparisonReason: string;
  };
  /** `unavailable` says, in a sentence, why totals show n/a ("" when they do not). */
  asylum: {
    unavailable: string;
    intentions: string;
    applications: string;
    ratio: string;
    marker: string;
  };
  arrivals: { rows: TerritoryRow[]; notes: Footnote[] };
  present: {
    /** Whether any territory reported; else `unavailable` says so, in a sentence. */
    available: boolean;
    unavailable: string;
    /** "These totals leave out Kosovo, which did not report for December 2025.", or "". */
    leftOut: string;
    total: string;
    uasc: string;
    /** Whether any territory gave its number of UASC; else the sentence leaves them out. */
    uascAvailable: boolean;
    hasShares: boolean;
    /** Whether any territory gave an accommodation breakdown; else the layouts that chart it say so instead. */
    accommodationAvailable: boolean;
    rows: Array<{ name: string; persons: string; uasc: string; share: string }>;
  };
  nationalities: { rows: Array<{ name: string; count: string; share: string }>; available: boolean };
  /** The figures behind the sentences, unformatted, for each layout to word its own way. */
  figures: UnhcrRawFigures;
  /** The sentences of the layout the month follows (wording-2020.ts, wording-2023.ts, wording-2025.ts). */
  words: Unhcr2020Words | Unhcr2023Words | Unhcr2025Words;
  /** What only the 2020 dashboard prints, formatted; undefined in the other layouts. */
  dashboard?: DashboardModel;
}

/** The 2020 dashboard's own blocks, every figure formatted ("1,130", "n/a"). */
export interface DashboardModel {
  /** "There is no data for February 2020 (…): the charts leave that month empty …", or "". */
  gaps: string;
  /** The intentions tile: intentions where there is a step, applications counted as intentions elsewhere. */
  intentions: string;
  comparison: {
    previousLabel: string;
    currentLabel: string;
    rows: Array<{ name: string; marker: string; previous: string; current: string }>;
  };
  demographics: {
    available: boolean;
    /** The persons present the parts add up to. */
    total: string;
    rows: Array<{ label: string; count: string; share: string }>;
    /** "These figures leave out Kosovo, which gave no breakdown.", or "". */
    leftOut: string;
  };
  evolution: {
    /** The top of the scale the six charts share. */
    max: string;
    panels: Array<{ code: string; name: string; arrivals: string; applications: string }>;
  };
  fourYears: { panels: Array<{ code: string; name: string }> };
}

/** The figures behind the running text, before any layout words them. */
export interface UnhcrRawFigures {
  estimate: Figure;
  estimateChange: Figure;
  present: Figure;
  uasc: Figure;
  presentShares: Share<TerritoryCode>[];
  /** The territories with an intention step this year, in the territories' order. */
  intentionStep: TerritoryCode[];
  /** Intentions of the territories with an intention step plus the applications of the others (the 2020 dashboard's tile). */
  comparableIntentions: Figure;
  /** Who is present, where territories give it (the 2020 dashboard prints it). */
  demographics: RegionalDemographics | undefined;
}
