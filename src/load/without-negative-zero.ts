/**
 * A count written -0 is 0: JavaScript keeps the sign and would print "-0". (The library's
 * reviver cannot do it: it keeps the old value when the new one is ===, and -0 === 0.)
 */
export function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === 'object') {
    for (const [key, each] of Object.entries(value)) (value as Record<string, unknown>)[key] = withoutNegativeZero(each);
  }
  return value;
}
