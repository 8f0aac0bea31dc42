import { codePointOf, isInvisible } from '../core/find-invisible-characters.js';

/** What a field held, in words for a message: "the text "1,2OO"", "the decimal 1.5", "nothing". */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  // Invisible characters are named, not echoed: a right-to-left override would reverse the message itself.
  if (typeof input === 'string')
    return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input).replace(/./gsu, (character) => (isInvisible(character) ? `<${codePointOf(character)}>` : character))}`;
  // Past 2^53 the number read is not the one typed (…999 reads as …1000): say so rather than echo it.
  if (typeof input === 'number' && Number.isInteger(input) && !Number.isSafeInteger(input)) return 'a number too long to read exactly';
  if (typeof input === 'number') return Number.isInteger(input) ? String(input) : `the decimal ${input}`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a block of fields';
  return String(input);
}

/** A list of keys as a message names them: "ZZZ", "A", "B". */
export function quoteKeys(keys: readonly string[]): string {
  return keys.map((key) => `"${key}"`).join(', ');
}
