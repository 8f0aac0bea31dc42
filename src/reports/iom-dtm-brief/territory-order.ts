import type { TerritoryCode } from '../../core/territories.js';

/** The order the IOM brief prints territories in its tables: Kosovo last, as in the December 2024 edition. */
export const IOM_TERRITORY_ORDER: readonly TerritoryCode[] = ['ALB', 'BIH', 'MNE', 'MKD', 'SRB', 'XKS'];

/** Marker of the note on Kosovo, printed after every "Kosovo" (always note 4 in the brief). */
export const IOM_KOSOVO_MARKER = '4';
