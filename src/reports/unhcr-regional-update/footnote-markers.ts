/** Marker of the note on what "new arrivals" covers, as in the 2025 edition. */
export const NEW_ARRIVALS_MARKER = '¹';
/** Marker of the Security Council resolution 1244 (1999) note, after every "Kosovo". */
export const KOSOVO_MARKER = '²';

/** A territory's name as charts print it: Kosovo carries its marker, long names a short form. */
export function chartTerritoryLabel(code: string, name: string): string {
  if (code === 'XKS') return `${name}${KOSOVO_MARKER}`;
  return name;
}
