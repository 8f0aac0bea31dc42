import type { DataProblem } from '../core/errors.js';
import { currentMonth, type YearMonth } from '../core/months.js';
import { parseDataText, readDataText } from '../load/read-data-file.js';
import { findEmptyValues, locatePath, type ParsedYaml } from '../load/parse-yaml.js';
import { parseYamlFast } from '../load/parse-yaml-fast.js';
import type { ReportBundle } from '../reports/report-bundle.js';
import { describeZodIssue } from './describe-zod-issue.js';

/** A data file after validation: its typed month when valid, and every problem found. */
export interface ValidatedMonth<Month> {
  file: string;
  month: YearMonth;
  data?: Month;
  problems: DataProblem[];
  /** Where a field is in the file, for warnings raised later about it (undefined when its block is not there at all). */
  locate?: (field: string) => { line: number; column: number } | undefined;
}

/**
 * Reads, parses and validates one month's file for one report: schema first, then the
 * bundle's cross-field checks and the folder/month match. All problems are returned together.
 */
export async function validateMonthFile<Month>(bundle: ReportBundle<Month>, file: string, folderMonth: YearMonth): Promise<ValidatedMonth<Month>> {
  const read = await readDataText(file);
  if ('problems' in read) return { file, month: folderMonth, problems: read.problems };
  return validateMonthText(bundle, file, read.text, folderMonth);
}

/**
 * Validates a month's text as if read from `file`. Never throws: whatever the text, the
 * answer is typed data or located problems (the property tests hold it to that).
 */
export function validateMonthText<Month>(bundle: ReportBundle<Month>, file: string, text: string, folderMonth: YearMonth): ValidatedMonth<Month> {
  return validateSoundMonth(bundle, file, text, folderMonth) ?? validateLocated(bundle, file, text, folderMonth);
}

/**
 * The fast path, for the usual file that has nothing wrong with it: read with the fast parser,
 * checked by the schema and the report's checks. Undefined as soon as anything is amiss (or the
 * text is not plain enough for the fast parser): the located path then says what and where. The
 * located document is built only if a warning later asks where a field is.
 */
function validateSoundMonth<Month>(bundle: ReportBundle<Month>, file: string, text: string, folderMonth: YearMonth): ValidatedMonth<Month> | undefined {
  if (text.trim() === '') return undefined;
  const value = parseYamlFast(text);
  if (value === undefined) return undefined;
  const result = bundle.schema.safeParse(value, { reportInput: true });
  if (!result.success || bundle.checkMonth(result.data).length > 0) return undefined;
  if (folderMonth > currentMonth() || bundle.monthOf(result.data) !== folderMonth) return undefined;
  let parsed: ReturnType<typeof parseDataText> | undefined;
  const locate = (field: string) => {
    parsed ??= parseDataText(file, text);
    return 'document' in parsed ? locateField(parsed, field) : undefined;
  };
  return { file, month: folderMonth, data: result.data, problems: [], locate };
}

/** The located path: every problem of the file at its line and column (exported for the test that holds both paths to the same answers). */
export function validateLocated<Month>(bundle: ReportBundle<Month>, file: string, text: string, folderMonth: YearMonth): ValidatedMonth<Month> {
  const parsed = parseDataText(file, text);
  if (!('document' in parsed) || parsed.problems.length > 0) {
    return { file, month: folderMonth, problems: parsed.problems };
  }
  const empty = emptyValueProblems(parsed);
  const result = bundle.schema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    // An empty value is said once, as such, not also as "expected a number, found an empty value".
    const issues = result.error.issues.filter((issue) => !empty.some((each) => each.field === issue.path.map(String).join('.')));
    return { file, month: folderMonth, problems: [...empty, ...issues.map((issue) => locatedIssue(parsed, issue))] };
  }
  const problems = [...empty];
  problems.push(...bundle.checkMonth(result.data).map((check) => ({ ...located(parsed, check.path, check.message, check.hint), severity: check.severity ?? ('error' as const) })));
  if (folderMonth > currentMonth()) {
    problems.push(
      located(
        parsed,
        ['month'],
        `${folderMonth} has not begun yet: a month's figures can only be typed once it has started`,
        'Check the year and month of the folder; for a draft of the coming month, wait until it starts.',
      ),
    );
  }
  const innerMonth = bundle.monthOf(result.data);
  if (innerMonth !== folderMonth) {
    problems.push(
      located(
        parsed,
        ['month'],
        `the file says month ${innerMonth} but sits in the folder ${folderMonth}`,
        `Move the file to the ${innerMonth} folder, or correct the month to ${folderMonth}.`,
      ),
    );
  }
  const usable = problems.every((problem) => problem.severity === 'warning');
  return { file, month: folderMonth, data: usable ? result.data : undefined, problems, locate: (field) => locateField(parsed, field) };
}

/** Every value left empty, as an error at its key: a figure still to be typed in. */
function emptyValueProblems(parsed: ParsedYaml): DataProblem[] {
  return findEmptyValues(parsed).map(({ path, line, column }) => ({
    file: parsed.file,
    line,
    column,
    severity: 'error',
    field: path.join('.'),
    message: 'left empty: the figure is still to be typed in',
    hint: path.includes('by_territory')
      ? 'Type the figure (0 if there were none); if the territory did not report, write null or remove the line.'
      : 'Type the value (0 for a count of none), or remove the line if the field is optional.',
  }));
}

function locatedIssue(parsed: ParsedYaml, issue: Parameters<typeof describeZodIssue>[0]): DataProblem {
  const words = describeZodIssue(issue);
  // Unknown keys are reported on their parent, and bad record keys on the key's value; point at the key itself.
  const unknownKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  return located(parsed, path, words.message, words.hint, unknownKey);
}

function located(parsed: ParsedYaml, path: readonly PropertyKey[], message: string, hint?: string, atKey = false): DataProblem {
  const { line, column } = locatePath(parsed, path, atKey);
  return {
    file: parsed.file,
    line,
    column,
    severity: 'error',
    message,
    hint,
    field: path.length > 0 ? path.map(String).join('.') : undefined,
  };
}

/**
 * A field given as a dotted path ("present.by_territory.XKS.uasc"), located as deep as the file
 * has it: a territory missing from a block points at the block. Nothing when even the field's
 * top-level block is not in the file.
 */
function locateField(parsed: ParsedYaml, field: string): { line: number; column: number } | undefined {
  const path = field.split('.');
  const top = parsed.value as Record<string, unknown> | null;
  if (top === null || typeof top !== 'object' || !Object.hasOwn(top, path[0]!)) return undefined;
  return locatePath(parsed, path);
}
