import { groupEqualShares, type Share } from '../indicators/compute-shares.js';
import { formatPercent } from './format-number.js';

/**
 * Joins names as the editions do: "A", "A and B", "A, B and C". The 2023-24 editions join a
 * group of territories with "&" ("A, B & C") and list countries with a serial comma ("A, B, and C").
 */
export function joinNames(names: readonly string[], { and = 'and', serialComma = false }: { and?: string; serialComma?: boolean } = {}): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}${serialComma && names.length > 2 ? ',' : ''} ${and} ${names.at(-1)}`;
}

/**
 * The shares sentence of the editions, after "Of these, ":
 * "49% were present in Bosnia and Herzegovina, followed by Serbia (25%), Kosovo (10%),
 * Albania and Montenegro (7% each) and North Macedonia (1%)".
 * Territories with no persons present are left out.
 */
export function phraseShares<Key extends string>(shares: readonly Share<Key>[], nameOf: (key: Key) => string): string {
  const groups = groupEqualShares(shares.filter((share) => share.count > 0));
  if (groups.length === 0) return '';
  const [first, ...rest] = groups;
  const lead = `${formatPercent(first![0]!.fraction)}${first!.length > 1 ? ' each' : ''} were present in ${joinNames(first!.map((share) => nameOf(share.key)))}`;
  if (rest.length === 0) return lead;
  const followers = rest.map((group) => `${joinNames(group.map((share) => nameOf(share.key)))} (${formatPercent(group[0]!.fraction)}${group.length > 1 ? ' each' : ''})`);
  return `${lead}, followed by ${joinNames(followers)}`;
}
