import type { IllustrativeNote } from '../collect-illustrative.js';
import type { NumberedFootnote } from './footnote-list.js';

/** A table whose columns are territories, with a total column, as the brief's returns and asylum tables. */
export interface TerritoryTable {
  territories: string[];
  rows: Array<{ label: string; values: string[]; total: string }>;
}

/** One of a territory's top nationalities on arrival. */
export interface NationalityCell {
  name: string;
  share: string;
  change: string;
  direction: 'up' | 'down' | 'flat' | 'none';
}

/** Everything the IOM DTM brief template prints, all figures derived and formatted. */
export interface IomModel {
  reportId: string;
  /** The publishing organisation, as the illustrative-data notice names it. */
  organisation: string;
  title: string;
  monthLabel: string;
  previousMonthLabel: string;
  year: number;
  /** How many months back annual blocks are carried forward from; said when none carries them. */
  carryForwardMonths: number;
  illustrative: IllustrativeNote[];
  marks: Record<'registrations' | 'monthly' | 'nationalities' | 'reception' | 'occupancy' | 'voluntary' | 'nonVoluntary' | 'asylum' | 'trafficking', string>;
  footnotes: Record<'registrations' | 'nationalities' | 'reception' | 'returns' | 'asylum' | 'trafficking', NumberedFootnote[]>;
  /** `unavailable` says, in a sentence, why key figures show n/a ("" when none does). */
  registrations: { month: string; change: string; yearToDate: string; unavailable: string };
  /** A row with a `note` (a territory that registered no one) prints the note in place of the cells. */
  nationalities: { rows: Array<{ name: string; cells: NationalityCell[]; note?: string }>; available: boolean };
  reception: {
    available: boolean;
    rows: Array<{ name: string; facilities: string; capacity: string; accommodated: string; occupancy: string }>;
    total: { facilities: string; capacity: string; accommodated: string; occupancy: string };
  };
  avrr: { available: boolean; returns: string; male: string; female: string; sharesAvailable: boolean; grants: string; table: TerritoryTable };
  authorities: { voluntary?: TerritoryTable; nonVoluntary?: TerritoryTable };
  asylum: { available: boolean; applications: string; refugeeStatus: string; complementaryProtection: string; table: TerritoryTable };
  trafficking?: { count: string; period: string };
  funders: string[];
  citation: string;
  contact?: string;
}
