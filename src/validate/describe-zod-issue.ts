import type { z } from 'zod';
import { describeInput, quoteKeys } from '../schema/describe-input.js';
import { hintOf } from '../schema/field-error.js';

/** What a zod issue means, in words for someone who is not a developer, and what to try. */
export interface IssueWords {
  message: string;
  hint?: string;
}

const COMPARE_HINT = "Compare with the same field in another month's file.";

/**
 * Turns one zod issue (parsed with `reportInput: true`) into plain words. A field that knows
 * better words for its problems gives them itself (see schema/field-error.ts); the words here
 * know only the kind of problem, never a field's name.
 */
export function describeZodIssue(issue: z.core.$ZodIssue): IssueWords {
  const hint = hintOf(issue);
  if (hint) return { message: issue.message, hint };
  const found = describeInput((issue as { input?: unknown }).input);
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
    case 'too_big': {
      const [bound, side] = issue.code === 'too_small' ? [issue.minimum, 'or more'] : [issue.maximum, 'or less'];
      if (issue.origin === 'array') {
        const items = `${String(bound)} ${bound === 1 ? 'item' : 'items'}`;
        return { message: `must list ${side === 'or more' ? 'at least' : 'at most'} ${items}, found ${(issue as { input?: unknown[] }).input?.length ?? 0}`, hint: COMPARE_HINT };
      }
      // Separators only from five digits, so a bound that is a year (1990) reads as one.
      return { message: `must be ${typeof bound === 'number' && bound >= 10_000 ? bound.toLocaleString('en-GB') : String(bound)} ${side}, found ${found}`, hint: COMPARE_HINT };
    }
    case 'unrecognized_keys':
      return {
        message: `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${quoteKeys(issue.keys)}`,
        hint: "Check the spelling against the other months' files, or delete the line.",
      };
    case 'invalid_value':
      if ((issue as { input?: unknown }).input === undefined) {
        return {
          message: `this field is required (${issue.values.map((value) => JSON.stringify(value)).join(' or ')})`,
          hint: "Add it; see the other months' files for an example.",
        };
      }
      return {
        message: `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, found ${found}`,
        hint: 'Copy one of the values listed, exactly as written.',
      };
    case 'invalid_format':
      return { message: issue.format === 'regex' ? `${issue.message}, found ${found}` : `not a valid ${issue.format}, found ${found}`, hint: COMPARE_HINT };
    case 'invalid_key': {
      // The key's own problem sits in the nested issues; name the key as it stands in the file.
      const inner = issue.issues[0];
      const key = JSON.stringify(String(issue.path.at(-1)));
      return { message: `the key ${key} is not valid: ${inner ? inner.message : 'unexpected key'}`, hint: COMPARE_HINT };
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
