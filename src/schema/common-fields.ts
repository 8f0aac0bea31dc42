import { z } from 'zod';
import { describeCharacter, findCharactersWithoutGlyph } from '../assets/brand-font-coverage.js';
import { codePointOf, findInvisibleCharacters } from '../core/find-invisible-characters.js';
import { describeInput, quoteKeys } from './describe-input.js';
import { fieldError } from './field-error.js';
import { NATIONALITY_NAMES } from '../core/nationalities.js';
import { TERRITORY_CODES, type TerritoryCode } from '../core/territories.js';
import { MAX_COUNT } from '../core/max-count.js';

export { MAX_COUNT };

/** A count of persons or events: a whole number, 0 or more. */
const countTooSmall = fieldError((issue) => ({
  message: `must be 0 or more, found ${describeInput(issue.input)}`,
  hint: 'Counts cannot be negative; write 0 for none, or remove the line when the figure is not known.',
}));
const countTooBig = fieldError((issue) => ({
  message: `must be ${MAX_COUNT.toLocaleString('en-GB')} or less, found ${describeInput(issue.input)}`,
  hint: 'Check the figure against the source (a count above a billion is a typing error).',
}));

export const count = z
  .number()
  // A number past JavaScript's exact integers fails here first; aborting keeps it to one problem.
  .int({ abort: true, error: (issue) => (issue.code === 'too_big' ? countTooBig(issue) : issue.code === 'too_small' ? countTooSmall(issue) : undefined) })
  .min(0, { error: countTooSmall })
  .max(MAX_COUNT, { error: countTooBig });

/** A year, such as the first year of a cumulative total: four digits within `from` and `to`. */
export function yearField(from: number, to: number) {
  const words = fieldError((issue) => ({
    message: `expected a year from ${from} to ${to}, found ${describeInput(issue.input)}`,
    hint: 'Write the year with four digits, such as 2016.',
  }));
  return z.number({ error: words }).int({ abort: true, error: words }).min(from, { error: words }).max(to, { error: words });
}

/** A month written "YYYY-MM", as in the folder name. */
export const yearMonth = z
  .string({
    error: fieldError((issue) =>
      issue.code === 'invalid_type' && issue.input !== undefined
        ? { message: `expected a month written YYYY-MM, such as 2025-12, found ${describeInput(issue.input)}`, hint: 'Write it as in the folder name, for example 2025-12.' }
        : undefined,
    ),
  })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: fieldError((issue) => ({
      message: `expected a month written YYYY-MM, such as 2025-12, found ${describeInput(issue.input)}`,
      hint: 'Write it as in the folder name, for example 2025-12.',
    })),
  })
  .describe('The month this file covers, written YYYY-MM; it must match the folder name.');

/** A calendar date written YYYY-MM-DD. YAML reads unquoted dates as text here because the schema keeps strings. */
export const isoDate = z.iso.date({
  error: fieldError((issue) =>
    issue.code === 'invalid_format' || (issue.code === 'invalid_type' && issue.input !== undefined)
      ? { message: `expected a date written YYYY-MM-DD, found ${describeInput(issue.input)}`, hint: 'Write a real calendar date, for example 2025-12-31.' }
      : undefined,
  ),
});

/** One e-mail address. */
export const emailAddress = z.email({
  error: fieldError((issue) =>
    issue.code === 'invalid_format'
      ? { message: `expected an e-mail address, found ${describeInput(issue.input)}`, hint: 'Write one address, such as im-officer@example.org.' }
      : undefined,
  ),
});

const EMPTY_TEXT_HINT = 'Write the text, or remove the line when there is nothing to print.';

/**
 * Text printed in a report: plain words, never markup, in letters the report's font has. The
 * HTML is escaped anyway; refusing "<" and ">" tells the person typing that tags will not do
 * what they expect. A character Lato cannot draw (an emoji, a script of another region) would
 * print in another font without a word, so it is refused too, by name and code point; so are
 * invisible characters (zero-width spaces, direction marks, controls), which print as nothing
 * or reorder the text.
 */
export const plainText = z
  .string()
  .min(1, { error: fieldError((issue) => (issue.code === 'too_small' ? { message: 'is empty', hint: EMPTY_TEXT_HINT } : undefined)) })
  .refine((text) => text === '' || text.trim() !== '', {
    error: fieldError((issue) => (issue.code === 'custom' ? { message: 'holds only spaces, so it would print as an empty note', hint: EMPTY_TEXT_HINT } : undefined)),
  })
  .refine((text) => !/[<>]/.test(text), {
    error: fieldError((issue) =>
      issue.code === 'custom'
        ? { message: 'contains "<" or ">": text fields are printed as plain text, so HTML tags would show as typed', hint: 'Remove the tags and write the text as plain words.' }
        : undefined,
    ),
  })
  .check((context) => {
    const invisible = findInvisibleCharacters(context.value);
    if (invisible.length === 0) return;
    context.issues.push({
      code: 'custom',
      input: context.value,
      message: `contains the invisible ${invisible.length === 1 ? 'character' : 'characters'} ${invisible.map(codePointOf).join(', ')}, which ${invisible.length === 1 ? 'prints' : 'print'} as nothing or ${invisible.length === 1 ? 'reorders' : 'reorder'} the text around ${invisible.length === 1 ? 'it' : 'them'}`,
      hint: 'Delete it: such characters come with text pasted from web pages and word processors; retyping the words around it removes it.',
    });
  })
  .check((context) => {
    const missing = findCharactersWithoutGlyph(context.value);
    if (missing.length === 0) return;
    const shown = missing.slice(0, 5).map(describeCharacter).join('; ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
    context.issues.push({
      code: 'custom',
      input: context.value,
      message: `contains ${shown}, which the report's font (Lato) cannot print: ${missing.length === 1 ? 'it' : 'they'} would come out in another font or as an empty box`,
      hint: 'Replace or remove it. Lato prints Latin letters with their accents (č ć đ š ž ë ç …), Cyrillic, and the usual punctuation and symbols; emoji and other scripts are not in it.',
    });
  });

/** Marks a block whose figures were filled in rather than published; the text says what and why. */
export const illustrative = plainText
  .optional()
  .describe('Set when this block holds figures that were not published (filled in for a sample). Say what was filled in. Every report built from it says so on its first page.');

/** One of the six territory codes. */
export const territoryCode = z.enum(TERRITORY_CODES as [TerritoryCode, ...TerritoryCode[]]);

/** One nationality code from the list the briefs can print. */
export const nationalityCode = z.enum(Object.keys(NATIONALITY_NAMES) as [string, ...string[]]);

/**
 * A block of keys that must list at least one: an empty one ({}) would print a heading or a row
 * with nothing in it.
 */
export function listingAtLeastOne<T extends z.ZodType<object>>(block: T, what: string) {
  return block.refine((value) => Object.keys(value).length > 0, {
    error: fieldError((issue) => (issue.code === 'custom' ? { message: `lists no ${what}`, hint: `List at least one ${what}, or remove the line.` } : undefined)),
  });
}

/** Counts by nationality code, each nationality optional; the rest count as other. */
const nationalityRecord = z.partialRecord(nationalityCode, count, {
  error: fieldError((issue) =>
    issue.code === 'unrecognized_keys'
      ? {
          message: `${quoteKeys(issue.keys)} ${issue.keys.length === 1 ? 'is not a nationality code' : 'are not nationality codes'} wb-report knows`,
          hint: 'Use the ISO 3166-1 alpha-3 code (AFG, SYR, PSE, …); XXA is stateless and XXX unknown. src/core/nationalities.ts lists the codes wb-report knows.',
        }
      : undefined,
  ),
});
export const nationalityCounts = listingAtLeastOne(nationalityRecord, 'nationality');

/** Keys that are not territory codes, named as such. */
const territoryKeysError = fieldError((issue) =>
  issue.code === 'unrecognized_keys'
    ? {
        message: `${quoteKeys(issue.keys)} ${issue.keys.length === 1 ? 'is not a territory code' : 'are not territory codes'}`,
        hint: `Use one of ${TERRITORY_CODES.join(', ')} (XKS is Kosovo).`,
      }
    : undefined,
);

/** Some territories' values (notes, for instance), keyed by territory code. */
export function someTerritories<T extends z.ZodType>(value: T) {
  return z.partialRecord(territoryCode, value, { error: territoryKeysError });
}

/**
 * A block keyed by territory code, each territory optional: leave a territory out (or write
 * `null`) when it did not report, which prints "n/a"; write 0 for a reported zero.
 */
export function byTerritory<T extends z.ZodType>(value: T) {
  const shape = Object.fromEntries(TERRITORY_CODES.map((code) => [code, value.nullable().optional()])) as Record<TerritoryCode, z.ZodOptional<z.ZodNullable<T>>>;
  return z.strictObject(shape, { error: territoryKeysError });
}

/**
 * Which published layout a month follows, by the year it began: `layout: 2023`. YAML reads the
 * year as a number, so numbers and text are both taken and compared as text; an unknown one is
 * refused with the list of the known ones.
 */
export function layoutField<const Layout extends string>(known: readonly [Layout, ...Layout[]], latest: Layout) {
  const words = known.length === 1 ? known[0] : `${known.slice(0, -1).join(', ')} and ${known.at(-1)}`;
  const choices = known.length === 1 ? known[0] : `${known.slice(0, -1).join(', ')} or ${known.at(-1)}`;
  const hint = `Write ${known.length === 1 ? '' : 'one of '}${choices}, or remove the line to follow the latest (${latest}).`;
  return z
    .union([z.string(), z.number()], {
      error: fieldError((issue) => ({ message: `expected a layout, the year it began (${words}), found ${describeInput(issue.input)}`, hint })),
    })
    .transform(String)
    .pipe(
      z.enum(known, {
        error: fieldError((issue) =>
          issue.code === 'invalid_value'
            ? {
                message: `${JSON.stringify(String(issue.input))} is not a layout of this report; the known layouts are ${words}`,
                hint,
              }
            : undefined,
        ),
      }),
    );
}
