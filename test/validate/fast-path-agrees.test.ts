import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORTS } from '../../src/reports/registry.js';
import { validateLocated, validateMonthText } from '../../src/validate/validate-month-file.js';
import { SAMPLE_DATA } from '../helpers/run-cli.js';

/**
 * A sound month file is read by a fast parser (js-yaml) and the located document is built only
 * when something is amiss. Both must give the same answer for any text: the same data, the same
 * problems. Random edits of the sample files, with the number forms and YAML features where two
 * parsers could disagree, probe it.
 */
const samples = [
  readFileSync(path.join(SAMPLE_DATA, '2025-12', 'unhcr-regional-update.yaml'), 'utf8'),
  readFileSync(path.join(SAMPLE_DATA, '2024-12', 'iom-dtm-brief.yaml'), 'utf8'),
];

/** Each sample's month, so that a sound edit takes the fast path. */
const MONTHS = ['2025-12', '2024-12'];

const answer = (report: number, text: string, validate: typeof validateMonthText) => {
  const result = validate(REPORTS[report]!, `data/${MONTHS[report]}/x.yaml`, text, MONTHS[report]!);
  return { data: result.data, problems: result.problems };
};

const tricky = [
  '0x1F',
  '0o17',
  '0b11',
  '1_000',
  '1e3',
  '5.',
  '.5',
  '012',
  '+5',
  '-0',
  '.inf',
  '.NaN',
  'yes',
  'no',
  'on',
  'True',
  'NULL',
  '~',
  '2025-12-31',
  '2025-12',
  '"12"',
  "'12'",
  '&a 5',
  '*a',
  '!!int "5"',
  '!!str 5',
  '<<: {}',
  '|\n  x',
  '>-\n  x',
  '\t',
  '%YAML 1.1\n---\n',
  '---\n',
  '...\n',
  '{a: 1,}',
  '[1, 2,]',
  '? a\n: b',
  'a: b: c',
  '"\\u0041"',
  "'it''s'",
  ' # c',
  '#',
  ':',
  '- ',
  '\n',
  '\r',
];

describe('the fast path and the located path give the same answer', () => {
  it('for every sample file as it is', () => {
    for (const [report, text] of samples.entries()) {
      expect(answer(report, text, validateMonthText)).toEqual(answer(report, text, validateLocated));
      expect(answer(report, text, validateMonthText).problems).toEqual([]);
    }
  });

  it('for the cases an outside tester found where the paths differed, now refused on both', () => {
    const unhcr = samples[0]!;
    const cases = [
      // A bare tag is "" to the located parser, null (not reported) to js-yaml.
      unhcr.replace(/^ {4}ALB: 110$/m, '    ALB: !'),
      // A flow key: "[ ALB ]" to the located parser, "ALB" to js-yaml.
      unhcr.replace(/^ {4}ALB: 110$/m, '    [ALB]: 12'),
    ];
    for (const text of cases) {
      expect(text).not.toBe(unhcr);
      const located = answer(0, text, validateLocated);
      expect(located.problems.some((problem) => problem.severity === 'error')).toBe(true);
      expect(answer(0, text, validateMonthText)).toEqual(located);
    }
  });

  it('reads a key written twice, once quoted, as written twice; refuses %YAML 1.1 and unknown tags', () => {
    const iom = samples[1]!;
    const twice = iom.replace(/^( +)'2023': (\{[^}]*\})$/m, "$1'2023': $2\n$12023: { BIH: 999, SRB: 89 }");
    expect(twice).not.toBe(iom);
    const messages = (text: string, report = 1) => answer(report, text, validateMonthText).problems.map((problem) => problem.message);
    expect(messages(twice)).toContain('this key appears twice in the same block');
    expect(messages(`%YAML 1.1\n---\n${samples[0]!.replace(/^data_as_of: .*$/m, '')}`, 0)).toEqual([
      'the file asks for YAML 1.1 (%YAML); data files are read as YAML 1.2, where 0110 is 110 and yes is a word',
    ]);
    expect(messages(samples[0]!.replace(/^contact: (.*)$/m, 'contact: !foo $1'), 0)).toEqual(['a tag the data cannot carry (Unresolved tag: !foo)']);
  });

  it('for random edits of the sample files', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: REPORTS.length - 1 }),
        fc.nat(),
        fc.integer({ min: 0, max: 12 }),
        fc.oneof(fc.constantFrom(...tricky), fc.string({ maxLength: 6 })),
        (report, at, length, insert) => {
          const source = samples[report]!;
          // Edit where values are: after a ": " or "- " most of the time, anywhere otherwise.
          const anchors = [...source.matchAll(/(?:: |- )/g)].map((match) => match.index! + match[0].length);
          const start = at % 3 === 0 ? at % source.length : anchors[at % anchors.length]!;
          const text = source.slice(0, start) + insert + source.slice(Math.min(source.length, start + length));
          const fast = answer(report, text, validateMonthText);
          const located = answer(report, text, validateLocated);
          if (JSON.stringify(fast) !== JSON.stringify(located)) {
            throw new Error(
              `the paths disagree on ${JSON.stringify(text.slice(Math.max(0, start - 40), start + 40))}: ${JSON.stringify(fast.data)?.slice(0, 200)} vs ${JSON.stringify(located.problems).slice(0, 300)}`,
            );
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
