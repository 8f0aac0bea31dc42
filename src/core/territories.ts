/** The six territories both briefs cover, in the order the editions print them. */

/** A territory code: ISO 3166-1 alpha-3, and XKS for Kosovo as the UN system writes it. */
export type TerritoryCode = 'ALB' | 'BIH' | 'XKS' | 'MNE' | 'MKD' | 'SRB';

/** Display order: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia. */
export const TERRITORY_CODES: readonly TerritoryCode[] = ['ALB', 'BIH', 'XKS', 'MNE', 'MKD', 'SRB'];

/** The names the briefs print. Kosovo always carries its marker; the template adds it. */
export const TERRITORY_NAMES: Readonly<Record<TerritoryCode, string>> = {
  ALB: 'Albania',
  BIH: 'Bosnia and Herzegovina',
  XKS: 'Kosovo',
  MNE: 'Montenegro',
  MKD: 'North Macedonia',
  SRB: 'Serbia',
};

/** The territory whose name is always followed by the Security Council resolution 1244 (1999) marker. */
export const KOSOVO: TerritoryCode = 'XKS';

/** True for one of the six known codes. */
export function isTerritoryCode(code: string): code is TerritoryCode {
  return (TERRITORY_CODES as readonly string[]).includes(code);
}

/** Orders territory codes as the editions print them. */
export function byDisplayOrder(a: TerritoryCode, b: TerritoryCode): number {
  return TERRITORY_CODES.indexOf(a) - TERRITORY_CODES.indexOf(b);
}
