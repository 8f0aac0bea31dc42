/**
 * The command line: maps flags to one options object, calls one core function, and has
 * one place that turns errors into messages and exit codes.
 */
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { BuildResult } from './build-reports.js';
import type { RangeResult } from './build-range.js';
import { DataError, EXIT_BAD_INPUT, EXIT_INTERNAL, UsageError, WbError, type DataProblem } from './core/errors.js';
import { formatProblem } from './core/format-problem.js';
import { describeFileSystemError, isSystemError } from './write/describe-file-system-error.js';
import { TOOL } from './core/tool-identity.js';
import { checkMonthOption, DEFAULT_JOBS, DEFAULT_TIMEOUT_SECONDS, resolveRunOptions, type RawRunOptions, type RunOptions } from './options.js';
import { reportIds } from './reports/registry.js';
import { displayPath } from './core/display-path.js';
import { DEFAULT_PREVIEW_HOST, DEFAULT_PREVIEW_PORT } from './preview/preview-defaults.js';
import type { RawPreviewOptions } from './preview/run-preview.js';

/** The range flags of the build command. */
interface RangeFlags {
  from?: string;
  to?: string;
  all?: boolean;
}

const EXAMPLES = `
Examples:
  wb-report --month 2025-12                          every report with data for December 2025
  wb-report --month 2025-12 --report ${reportIds()[0]}
  wb-report --month 2025-12 --html                   HTML drafts only, no browser needed
  wb-report --month 2025-12 --charts                 also each chart as SVG and PNG
  wb-report --from 2024-01 --to 2025-12              a range of months, on one browser
  wb-report --all --strict                           every month with data, warnings fail
  wb-report validate                                 check every data file
  wb-report validate --month 2025-12                 check one month
  wb-report new --month 2026-01                      start January 2026 from the latest month before it
  wb-report preview --month 2025-12                  live HTML draft at http://127.0.0.1:4173/

Reports: ${reportIds().join(', ')}
Data:    data/YYYY-MM/<report>.yaml     Output: output/YYYY-MM/<report>-YYYY-MM.pdf, .html and .csv
Exit codes: 0 success, 1 internal or browser failure, 2 bad input (data or usage)`;

function addCommonOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'folder holding the YYYY-MM month folders', 'data')
    .option('--out <dir>', 'folder the reports are written to', 'output')
    .addOption(new Option('--templates <dir>', 'folder holding the report templates').hideHelp())
    .option('--chrome <path>', 'Chromium or Chrome executable to print with')
    .option('--strict', 'treat warnings (such as missing months) as errors')
    .option('--timeout <seconds>', 'how long Chromium may take to start or to print one report', String(DEFAULT_TIMEOUT_SECONDS))
    .option('--quiet', 'print only problems');
}

function buildProgram(): Command {
  const program = new Command('wb-report')
    .description('Builds the monthly Western Balkans migration briefs as print-ready PDFs from YAML data.')
    .version(TOOL.version)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) })
    .showHelpAfterError('  Try: wb-report --help')
    .addHelpText('after', EXAMPLES);
  addCommonOptions(program)
    .option('--month <YYYY-MM>', 'month to build')
    .option('--from <YYYY-MM>', 'first month of a range to build on one browser')
    .option('--to <YYYY-MM>', 'last month of the range (default: the last month in the data)')
    .option('--all', 'build every month that has data')
    .option('--report <id>', `build only this report (${reportIds().join(', ')})`)
    .option('--html', 'write HTML drafts only; no browser is started')
    .option('--charts', 'also write each chart as SVG and PNG (with its alt text) under output/YYYY-MM/charts/')
    .option('--jobs <n>', `reports printed at once on the one browser (default: the number of CPUs, here ${DEFAULT_JOBS})`)
    .action((raw: RawRunOptions & RangeFlags) => runBuild(program, raw));
  addCommonOptions(program.command('validate').description('check the data files without building anything'))
    .option('--month <YYYY-MM>', 'check only this month')
    .option('--report <id>', 'check only this report')
    .action((raw: RawRunOptions, command: Command) => runValidate(resolveRunOptions(withOptionsBefore(program, command, raw))));
  program
    .command('new')
    .description("start a month's data files from the latest earlier month, every figure left empty")
    .requiredOption('--month <YYYY-MM>', 'the month to start')
    .option('--report <id>', `start only this report (${reportIds().join(', ')})`)
    .option('--data <dir>', 'folder holding the YYYY-MM month folders', 'data')
    .option('--quiet', 'print only problems')
    .action((raw: { month: string; report?: string; data: string; quiet?: boolean }, command: Command) => runNew(withOptionsBefore(program, command, raw)));
  addCommonOptions(program.command('preview').description('serve HTML drafts that reload on every save, and their printed pages (those need Chromium)'))
    .option('--month <YYYY-MM>', 'month to open first')
    .option('--report <id>', 'preview only this report')
    .option('--port <number>', 'port to listen on; the next free one if taken', String(DEFAULT_PREVIEW_PORT))
    .option('--host <address>', 'address to listen on (loopback unless you need otherwise)', DEFAULT_PREVIEW_HOST)
    .option('--open', 'open the draft in your browser')
    .action(async (raw: RawRunOptions & RawPreviewOptions, command: Command) => {
      const merged = withOptionsBefore(program, command, raw);
      await (await import('./preview/run-preview.js')).runPreview(resolveRunOptions(merged), merged);
    });
  return program;
}

/** `wb-report --month …`, `--from … --to …`, `--all`: one month, or a range on one browser. */
async function runBuild(program: Command, raw: RawRunOptions & RangeFlags): Promise<void> {
  const isRange = Boolean(raw.all || raw.from || raw.to);
  if (isRange && raw.month) throw new UsageError('--month builds one month; --from/--to and --all build many. Give one or the other.');
  if (!raw.month && !isRange) {
    program.outputHelp();
    throw new WbError('\nNo month given.\n  Try wb-report --month 2025-12, or --all for every month.', { exitCode: EXIT_BAD_INPUT });
  }
  const options = resolveRunOptions(raw);
  // Each command loads only what it uses: `--help` and `validate` start fast, and only
  // a build that prints ever loads the browser driver.
  if (!isRange) return report(await (await import('./build-reports.js')).buildReports(options), options.quiet);
  for (const [flag, value] of [
    ['--from', raw.from],
    ['--to', raw.to],
  ] as const)
    if (value !== undefined) checkMonthOption(flag, value);
  if (raw.from && raw.to && raw.from > raw.to) throw new UsageError(`--from ${raw.from} comes after --to ${raw.to}.\n  Try swapping them.`);
  const [{ buildRange }, { createRangeProgress }] = await Promise.all([import('./build-range.js'), import('./progress/range-progress.js')]);
  const result = await buildRange(options, raw.all ? {} : { from: raw.from, to: raw.to }, createRangeProgress(options.quiet));
  reportRange(result, options.quiet);
  process.exitCode = result.exitCode;
}

/** `wb-report new --month …`: the month's files started from the latest earlier month, never over a file. */
async function runNew(raw: { month: string; report?: string; data: string; quiet?: boolean }): Promise<void> {
  const options = resolveRunOptions({ month: raw.month, report: raw.report, data: raw.data, quiet: raw.quiet });
  const outcomes = await (await import('./start-months.js')).startMonths({ month: options.month!, reportIds: options.reportIds, dataDir: options.dataDir });
  for (const outcome of outcomes) {
    const file = displayPath(outcome.file);
    if (outcome.result === 'written' && !options.quiet)
      console.log(`wrote ${file}, started from ${outcome.from}: ${outcome.emptyFigures} ${outcome.emptyFigures === 1 ? 'figure' : 'figures'} to type in`);
    if (outcome.result === 'exists') console.error(`kept ${file}: it exists, and \`new\` never overwrites a file`);
    if (outcome.result === 'no-earlier')
      console.error(`no ${outcome.reportId} file before ${options.month} in ${displayPath(options.dataDir)} to start from; ${file} was not written`);
  }
  const written = outcomes.filter((outcome) => outcome.result === 'written');
  if (written.length === 0) {
    throw new WbError(
      `Nothing was written.\n  Try: ${outcomes.some((outcome) => outcome.result === 'exists') ? 'edit the existing file, or delete it to start again' : 'copy an earlier file by hand, or give --data the folder that holds the months'}.`,
      { exitCode: EXIT_BAD_INPUT },
    );
  }
  if (!options.quiet) console.log(`Next: type in the figures, then run wb-report validate --month ${options.month} until it finds none left empty.`);
}

/** `wb-report validate`: every problem of every file, errors failing, warnings failing under --strict. */
async function runValidate(options: RunOptions): Promise<void> {
  const summary = await (await import('./validate-data.js')).validateData(options);
  const errors = summary.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new DataError(summary.problems);
  // As in a build, --strict turns every warning into an error.
  if (options.strict && summary.problems.length > 0) throw new DataError(summary.problems.map((problem) => ({ ...problem, severity: 'error' })));
  printProblems(summary.problems);
  const files = `${summary.filesChecked} data ${summary.filesChecked === 1 ? 'file' : 'files'} checked`;
  const warnings = summary.problems.length;
  if (!options.quiet)
    console.log(warnings === 0 ? `${files}, no problems found.` : `${files}, no errors; ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (use --strict to make them fail).`);
}

/**
 * Options written before the command (`wb-report --strict validate`) count as if written after
 * it; one the command does not take is refused, and so is one given twice with two values.
 */
function withOptionsBefore<T extends object>(program: Command, command: Command, raw: T): T {
  const merged = { ...raw } as Record<string, unknown>;
  for (const [key, value] of Object.entries(program.opts())) {
    if (program.getOptionValueSource(key) !== 'cli') continue;
    const flag = `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    if (!command.options.some((option) => option.attributeName() === key)) {
      throw new UsageError(`${flag} does not apply to \`wb-report ${command.name()}\`.\n  Try: wb-report ${command.name()} --help, for the options it takes.`);
    }
    if (command.getOptionValueSource(key) === 'cli' && command.getOptionValue(key) !== value) {
      throw new UsageError(`${flag} is given twice, before and after \`${command.name()}\`, with different values.\n  Try giving it once.`);
    }
    merged[key] = value;
  }
  return merged as T;
}

function report(result: BuildResult, quiet: boolean): void {
  printProblems(result.warnings);
  if (quiet) return;
  for (const written of result.written) {
    const pages = written.pages ? ` (${written.pages} ${written.pages === 1 ? 'page' : 'pages'})` : '';
    console.log(`wrote ${displayPath(written.pdfPath ?? written.htmlPath)}${pages}`);
    if (written.pdfPath) console.log(`wrote ${displayPath(written.htmlPath)}`);
    console.log(`wrote ${displayPath(written.csvPath)}`);
    if (written.charts.length > 0) console.log(`wrote ${written.charts.length / 3} charts as SVG, PNG and alt text to ${displayPath(path.dirname(written.charts[0]!))}${path.sep}`);
  }
  if (result.warnings.length > 0) console.log(`${result.warnings.length} ${result.warnings.length === 1 ? 'warning' : 'warnings'} (use --strict to make them fail the run).`);
}

function reportRange(result: RangeResult, quiet: boolean): void {
  printProblems(result.warnings);
  for (const failure of result.failed) console.error(`failed: ${failure.month} ${failure.reportIds.join(', ')}\n${failure.reason}`);
  if (quiet && result.failed.length === 0) return;
  console.log(
    `built ${result.written.length}, skipped ${result.skipped.length} (no data), failed ${result.failed.reduce((total, failure) => total + failure.reportIds.length, 0)}` +
      (result.warnings.length > 0 ? `, ${result.warnings.length} ${result.warnings.length === 1 ? 'warning' : 'warnings'}` : ''),
  );
}

function printProblems(problems: readonly DataProblem[]): void {
  for (const problem of problems) console.error(formatProblem(problem));
}

/** The single place errors become messages and exit codes. */
function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    return EXIT_BAD_INPUT;
  }
  if (error instanceof DataError) {
    printProblems(error.problems);
    console.error(`\n${error.message} Nothing was written.`);
    return error.exitCode;
  }
  if (error instanceof WbError) {
    console.error(error.message);
    return error.exitCode;
  }
  // The file system refusing (a full disk, a read-only folder) wherever it happens is the
  // user's to fix: a message with the path and what to try, not a stack trace.
  if (isSystemError(error)) {
    const described = describeFileSystemError(error);
    console.error(described.message);
    return described.exitCode;
  }
  console.error(`wb-report failed unexpectedly: ${(error as Error)?.stack ?? String(error)}\n  This is a bug; please report it with the command you ran.`);
  return EXIT_INTERNAL;
}

// `wb-report --all | head` closes the pipe early; that is the reader's choice, not a failure,
// and not a reason to stop: the run goes on (its browser and folders cleaned up as ever), what it
// would still print is dropped, and the exit code says how the run ended.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.stdout.write = (() => true) as typeof process.stdout.write;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = handleError(error);
}
// The work is done. A browser that was killed mid-launch can leave a frozen helper holding a
// pipe to this process, which would keep it alive forever; give output a moment to drain, then
// exit. The timer is unref'd, so a clean run exits at once without waiting for it.
setTimeout(() => process.exit(), 1000).unref();
