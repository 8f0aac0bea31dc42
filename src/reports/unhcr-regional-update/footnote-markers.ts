/** Marker of the note on what "new arrivals" covers, as in the 2025 edition. */
export const NEW_ARRIVALS_MARKER = '¹';
/** A territory's name as charts print it: Kosovo carries the layout's marker. */
export function chartTerritoryLabel(code: string, name: string, kosovoMarker: string): string {
  if (code === 'XKS') return `${name}${kosovoMarker}`;
  return name;
}
