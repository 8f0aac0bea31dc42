import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, it } from 'vitest';
import { REPORTS } from '../../src/reports/registry.js';
import { validateMonthText } from '../../src/validate/validate-month-file.js';
import { SAMPLE_DATA } from '../helpers/run-cli.js';

/**
 * Whatever a data file holds, validation answers with typed data or located problems: it
 * never throws, and every problem names its file and says something.
 */
function expectAnswer(reportIndex: number, text: string): void {
  const bundle = REPORTS[reportIndex]!;
  let result: ReturnType<typeof validateMonthText>;
  try {
    result = validateMonthText(bundle, 'data/2025-12/x.yaml', text, '2025-12');
  } catch (error) {
    throw new Error(`validation threw on ${JSON.stringify(text.slice(0, 200))}: ${(error as Error).stack}`, { cause: error });
  }
  // Plain checks rather than expect(): they run thousands of times.
  const fail = (why: string) => {
    throw new Error(`${why} for ${JSON.stringify(text.slice(0, 200))}`);
  };
  if (result.data === undefined && result.problems.length === 0) fail('neither data nor problems');
  for (const problem of result.problems) {
    if (problem.file !== 'data/2025-12/x.yaml') fail(`a problem without its file: ${JSON.stringify(problem)}`);
    if (!problem.message) fail('a problem without a message');
    if (problem.line !== undefined && !(problem.line >= 1)) fail(`a problem at line ${problem.line}`);
  }
}

const samples = [
  readFileSync(path.join(SAMPLE_DATA, '2025-12', 'unhcr-regional-update.yaml'), 'utf8'),
  readFileSync(path.join(SAMPLE_DATA, '2024-12', 'iom-dtm-brief.yaml'), 'utf8'),
];

/** A random edit of a valid file: delete, duplicate or overwrite a span, or insert junk. */
const mutation = fc.record({
  report: fc.integer({ min: 0, max: REPORTS.length - 1 }),
  at: fc.nat(),
  length: fc.integer({ min: 0, max: 40 }),
  insert: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('\t', ': ', '- ', '&a ', '*a', '{', '[', '"', "'", '#', '\n  ', '-1', '1.5', '1,2OO', '__proto__: ', 'null', '~', '!!binary ', '? ', '|', '>', '%'),
  ),
  kind: fc.constantFrom('delete', 'replace', 'insert', 'duplicate'),
});

describe('validation never throws (property-based)', () => {
  it('on random documents of any shape', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: REPORTS.length - 1 }), fc.anything({ maxDepth: 4 }), (report, value) => {
        let text: string | undefined;
        try {
          text = stringify(value);
        } catch {
          return; // Values YAML cannot write (symbols, functions) are not documents.
        }
        if (typeof text === 'string') expectAnswer(report, text);
      }),
      { numRuns: 1000 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: REPORTS.length - 1 }), fc.string({ unit: 'binary', maxLength: 300 }), (report, text) => expectAnswer(report, text)),
      { numRuns: 1000 },
    );
  });

  it('on random mutations of the valid sample files', () => {
    fc.assert(
      fc.property(mutation, ({ report, at, length, insert, kind }) => {
        const source = samples[report]!;
        const start = at % source.length;
        const end = Math.min(source.length, start + length);
        const text =
          kind === 'delete'
            ? source.slice(0, start) + source.slice(end)
            : kind === 'replace'
              ? source.slice(0, start) + insert + source.slice(end)
              : kind === 'insert'
                ? source.slice(0, start) + insert + source.slice(start)
                : source.slice(0, end) + source.slice(start, end) + source.slice(end);
        expectAnswer(report, text);
      }),
      { numRuns: 600 },
    );
  });
});
