import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldError, hintOf } from '../../src/schema/field-error.js';
import { describeZodIssue } from '../../src/validate/describe-zod-issue.js';
import { byTerritory, count, yearMonth } from '../../src/schema/common-fields.js';

/** The issues zod reports for a value, parsed the way the validator parses. */
function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected the value to fail');
  return result.error.issues;
}

describe('a field gives its own words through zod 4’s per-field error', () => {
  // Pins the zod behaviour fieldError relies on: an upgrade that stops copying the raw issue's own keys fails here.
  it('carries the hint on the issue zod reports, with the message', () => {
    const schema = z.strictObject(
      { a: z.number() },
      { error: fieldError((issue) => (issue.code === 'unrecognized_keys' ? { message: 'not a letter we know', hint: 'Use a.' } : undefined)) },
    );
    const [issue] = issuesOf(schema, { a: 1, b: 2 });
    expect(issue!.message).toBe('not a letter we know');
    expect(hintOf(issue!)).toBe('Use a.');
    expect(describeZodIssue(issue!)).toEqual({ message: 'not a letter we know', hint: 'Use a.' });
  });

  it('leaves problems the field has no words for to the generic description', () => {
    const schema = z.strictObject({ a: z.number() }, { error: fieldError(() => undefined) });
    const [issue] = issuesOf(schema, 'text');
    expect(hintOf(issue!)).toBeUndefined();
    expect(describeZodIssue(issue!)).toEqual({ message: 'expected a block of fields, found the text "text"', hint: "Compare with the same field in another month's file." });
  });

  it('keeps a hint pushed with a custom issue under the same name', () => {
    const schema = z.string().check((context) => {
      context.issues.push({ code: 'custom', input: context.value, message: 'is odd', hint: 'Make it even.' });
    });
    expect(describeZodIssue(issuesOf(schema, 'x')[0]!)).toEqual({ message: 'is odd', hint: 'Make it even.' });
  });
});

describe('the shared fields say what is wrong in their own terms', () => {
  it('names keys that are not territory codes and lists the codes', () => {
    const words = describeZodIssue(issuesOf(byTerritory(count), { ALB: 1, SER: 2, KOS: 3 })[0]!);
    expect(words.message).toBe('"SER", "KOS" are not territory codes');
    expect(words.hint).toBe('Use one of ALB, BIH, XKS, MNE, MKD, SRB (XKS is Kosovo).');
  });

  it('tells a negative count from a number below another bound', () => {
    expect(describeZodIssue(issuesOf(count, -3)[0]!).hint).toMatch(/^Counts cannot be negative/);
    // A year's lower bound is not a count: generic words, and the year printed as a year.
    const year = describeZodIssue(issuesOf(z.number().int().min(1990), 1989)[0]!);
    expect(year).toEqual({ message: 'must be 1990 or more, found 1989', hint: "Compare with the same field in another month's file." });
  });

  it('shows what a month field held', () => {
    expect(describeZodIssue(issuesOf(yearMonth, '2025-13')[0]!)).toEqual({
      message: 'expected a month written YYYY-MM, such as 2025-12, found the text "2025-13"',
      hint: 'Write it as in the folder name, for example 2025-12.',
    });
  });

  it('counts the items of a list that is too short', () => {
    expect(describeZodIssue(issuesOf(z.array(z.string()).min(1), [])[0]!).message).toBe('must list at least 1 item, found 0');
  });
});
