import { codePointOf, isInvisible } from '../schema/find-invisible-characters.js';
import type { z } from 'zod';
import { TERRITORY_CODES } from '../core/territories.js';

/** What a zod issue means, in words for someone who is not a developer, and what to try. */
export interface IssueWords {
  message: string;
  hint?: string;
}

const COMPARE_HINT = "Compare with the same field in another month's file.";

/** Turns one zod issue (parsed with `reportInput: true`) into plain words. */
export function describeZodIssue(issue: z.core.$ZodIssue): IssueWords {
  const found = describeFound((issue as { input?: unknown }).input);
  switch (issue.code) {
    case 'invalid_type':
      if ((issue as { input?: unknown }).input === undefined) {
        return { message: `this field is required (${describeExpected(issue.expected)})`, hint: "Add it; see the other months' files for an example." };
      }
      return {
        message: `expected ${describeExpected(issue.expected)}, found ${found}`,
        hint:
          issue.expected === 'number' || issue.expected === 'int'
            ? 'Write the number with digits only, no quotes, spaces or thousands separators (1200, not "1,200").'
            : COMPARE_HINT,
      };
    case 'too_small':
      if (issue.origin === 'string') return { message: issue.message, hint: 'Write the text, or remove the line when there is nothing to print.' };
      return {
        message: `must be ${String(issue.minimum)} or more, found ${found}`,
        hint: issue.origin === 'number' ? 'Counts cannot be negative; write 0 for none, or remove the line when the figure is not known.' : COMPARE_HINT,
      };
    case 'too_big':
      return {
        message: `must be ${typeof issue.maximum === 'number' ? issue.maximum.toLocaleString('en-GB') : String(issue.maximum)} or less, found ${found}`,
        hint: 'Check the figure against the source (a count above a billion is a typing error).',
      };
    case 'unrecognized_keys':
      if (issue.path.at(-1) === 'by_territory') {
        return {
          message: `${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a territory code' : 'are not territory codes'}`,
          hint: `Use one of ${TERRITORY_CODES.join(', ')} (XKS is Kosovo).`,
        };
      }
      if (issue.path.at(-2) === 'nationalities') {
        return {
          message: `${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a nationality code' : 'are not nationality codes'} wb-report knows`,
          hint: 'Use the ISO 3166-1 alpha-3 code (AFG, SYR, PSE, …); XXA is stateless and XXX unknown. The README lists them all.',
        };
      }
      return {
        message: `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
        hint: "Check the spelling against the other months' files, or delete the line.",
      };
    case 'invalid_value':
      return {
        message: `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, found ${found}`,
        hint: 'Copy one of the values listed, exactly as written.',
      };
    case 'invalid_format':
      if (issue.format === 'regex') return { message: `${issue.message}, found ${found}`, hint: 'Write it as in the folder name, for example 2025-12.' };
      if (issue.format === 'date') return { message: `expected a date written YYYY-MM-DD, found ${found}`, hint: 'Write a real calendar date, for example 2025-12-31.' };
      if (issue.format === 'email') return { message: `expected an e-mail address, found ${found}`, hint: 'Write one address, such as im-officer@example.org.' };
      return { message: `not a valid ${issue.format}, found ${found}`, hint: COMPARE_HINT };
    case 'invalid_key': {
      // The key's own problem sits in the nested issues; name the key as it stands in the file.
      const inner = issue.issues[0];
      const key = JSON.stringify(String(issue.path.at(-1)));
      return { message: `the key ${key} is not valid: ${inner ? inner.message : 'unexpected key'}`, hint: COMPARE_HINT };
    }
    case 'custom': {
      const hint = (issue.params as { hint?: unknown } | undefined)?.hint;
      if (typeof hint === 'string') return { message: issue.message, hint };
      if (issue.message.startsWith('contains "<"')) return { message: issue.message, hint: 'Remove the tags and write the text as plain words.' };
      return { message: issue.message, hint: COMPARE_HINT };
    }
    default:
      return { message: issue.message, hint: COMPARE_HINT };
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'number':
    case 'int':
      return 'a whole number';
    case 'string':
      return 'text';
    case 'object':
    case 'record':
      return 'a block of fields';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  // Invisible characters are named, not echoed: a right-to-left override would reverse the message itself.
  if (typeof input === 'string')
    return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input).replace(/./gsu, (character) => (isInvisible(character) ? `<${codePointOf(character)}>` : character))}`;
  if (typeof input === 'number') return Number.isInteger(input) ? String(input) : `the decimal ${input}`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a block of fields';
  return String(input);
}
