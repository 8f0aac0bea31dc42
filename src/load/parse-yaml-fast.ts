import jsYaml from 'js-yaml';
import { withoutNegativeZero } from './without-negative-zero.js';

/**
 * YAML features the fast parser might read otherwise than the located one (the `yaml` library,
 * which reports problems at line and column): tabs, directives, anchors, aliases, tags (even a
 * bare "!"), merge keys, block scalars, complex keys ("? …", "[ALB]:", which js-yaml turns into
 * "ALB"), and flow collections inside one another. A file with any of them, rare in data typed by hand, takes the located
 * path; a false alarm only costs time, so this errs on that side.
 */
const NOT_PLAIN_SYNTAX = /\t|^\s*%|(?:^|[\s[{,])[&*!]|<<\s*:|:\s*[|>][-+0-9]*\s*(?:#.*)?$|^\s*(?:-\s+)?[[{?]|[[{][^\n]*[[{]/m;

/**
 * A whole value that starts like a number: after "key: " or "- ", and on a line with a flow
 * collection, also after "[", "{" or "," (elsewhere a comma is inside text: "total (11,814).").
 */
const NUMBER_LIKE_VALUE = /(?:^|:[ ]+|-[ ]+)([-+.0-9][^\s,\]}]*)(?=[ ]*(?:$|[,\]}]|[ ]#))/gm;
const NUMBER_LIKE_IN_FLOW = /(?:^|:[ ]+|-[ ]+|[[{,][ ]*)([-+.0-9][^\s,\]}]*)(?=[ ]*(?:$|[,\]}]|[ ]#))/gm;

/** A key that starts like a number, in a block ("2023:") or a flow collection ("{ 2023: …"). */
const NUMBER_LIKE_KEY = /(?:^[ ]*|[{,][ ]*)([-+.0-9][^:,{}[\]]*?)[ ]*:(?=[ ]|$)/gm;

/** A plain decimal integer, or a month or date (text in YAML 1.2). */
function isPlainNumber(text: string): boolean {
  return /^[-+]?(?:0|[1-9]\d*)$/.test(text) || /^\d{4}-\d{2}(?:-\d{2})?$/.test(text);
}

/**
 * Whether every number-like value is one both parsers read alike: a plain decimal integer, or a
 * month or date (text in YAML 1.2). 0x1F, 0o17, 1_000, 1e3, 5., .5, 012 or .inf go the located
 * way, which reads them as YAML does and says so where a count cannot be meant.
 */
function plainNumbers(lines: readonly string[]): boolean {
  for (const line of lines) {
    // Keys too: a year written 0x7E7 or 2.023e3 must not become "2023" on one path only.
    for (const match of line.matchAll(NUMBER_LIKE_KEY)) {
      if (!isPlainNumber(match[1]!)) return false;
    }
    for (const match of line.matchAll(/[[{]/.test(line) ? NUMBER_LIKE_IN_FLOW : NUMBER_LIKE_VALUE)) {
      if (!isPlainNumber(match[1]!)) return false;
    }
  }
  return true;
}

/**
 * A month file's data read the fast way (js-yaml, about five times quicker than building the
 * located document), or undefined when the text is not plain enough for both parsers to agree
 * on it, or js-yaml finds a problem: the caller then takes the located path, which says where.
 * YAML 1.2's core schema, as the located path reads it: dates stay text, yes/no stay words.
 */
export function parseYamlFast(text: string): unknown {
  const lines = linesWithoutComments(text);
  if (NOT_PLAIN_SYNTAX.test(lines.join('\n')) || !plainNumbers(lines) || !flowClosedOnEachLine(lines)) return undefined;
  try {
    const value = withoutNegativeZero(jsYaml.load(text.replace(/\r(?!\n)/g, '\n'), { schema: jsYaml.CORE_SCHEMA, json: false }));
    // js-yaml reads an empty value and a written null alike; only the located path tells them apart.
    return holdsNull(value) ? undefined : value;
  } catch {
    return undefined;
  }
}

function holdsNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  return Object.values(value as object).some(holdsNull);
}

/**
 * Whether each line closes the flow collections it opens ({ … } and [ … ]): one spread over
 * several lines is where the parsers' rules on indentation differ (js-yaml lets an under-indented
 * line through that YAML refuses).
 */
function flowClosedOnEachLine(lines: readonly string[]): boolean {
  return lines.every((line) => {
    const outsideQuotes = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
    const count = (pattern: RegExp) => outsideQuotes.match(pattern)?.length ?? 0;
    return count(/\{/g) === count(/\}/g) && count(/\[/g) === count(/\]/g);
  });
}

/**
 * The lines the checks look at: comments say what they like ("January 2024."). A whole-line
 * comment goes; a trailing one only on a line without quotes, where " #" cannot be inside a string.
 */
function linesWithoutComments(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .map((line) => (/["']/.test(line) ? line : line.replace(/\s#.*$/, '')));
}
