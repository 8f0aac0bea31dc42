import { describe, expect, it } from 'vitest';
import { resolveRunOptions } from '../../src/options.js';
import { describeNotAMonth, FIRST_YEAR, isYearMonth, LAST_YEAR, looksLikeMonth } from '../../src/core/months.js';

/** The message a usage error carries, or undefined when the options resolve. */
function refusal(raw: Parameters<typeof resolveRunOptions>[0], env: NodeJS.ProcessEnv = {}): string | undefined {
  try {
    resolveRunOptions(raw, env);
    return undefined;
  } catch (error) {
    expect((error as { exitCode: number }).exitCode).toBe(2);
    return (error as Error).message;
  }
}

describe('every option is checked before anything runs (exit 2, with what to try)', () => {
  it('takes --timeout from 1 to 3600 seconds, and nothing that would overflow a timer', () => {
    expect(resolveRunOptions({ timeout: '1' }, {}).timeoutMs).toBe(1000);
    expect(resolveRunOptions({ timeout: '3600' }, {}).timeoutMs).toBe(3_600_000);
    for (const timeout of ['0', '0.5', '3601', '3000000', 'Infinity', '1e9', '-5', 'NaN', '', 'sixty']) {
      expect(refusal({ timeout }), timeout).toContain(`--timeout ${JSON.stringify(timeout)} is not a number of seconds from 1 to 3600`);
    }
  });

  it('takes SOURCE_DATE_EPOCH as whole seconds a PDF date can hold, and recognises milliseconds', () => {
    expect(resolveRunOptions({}, { SOURCE_DATE_EPOCH: '1767225600' }).buildDate.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(resolveRunOptions({}, { SOURCE_DATE_EPOCH: '253402300799' }).buildDate.getUTCFullYear()).toBe(9999);
    const milliseconds = refusal({}, { SOURCE_DATE_EPOCH: '1767225600000' });
    expect(milliseconds).toContain('it looks like milliseconds');
    expect(milliseconds).toContain('Try SOURCE_DATE_EPOCH=1767225600');
    for (const value of ['253402300800', '99999999999999999999', '-1', '1.5', 'now']) {
      expect(refusal({}, { SOURCE_DATE_EPOCH: value }), value).toContain('is not a whole number of seconds since 1970 that a PDF date can hold');
    }
  });

  it('accepts months from 2015 to 2099 only, with one message for options and folders', () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([2015, 2099]);
    expect(['2015-01', '2025-12', '2099-12'].every(isYearMonth)).toBe(true);
    expect(['0000-01', '2014-12', '2100-01', '9999-12', '2025-13', '2025-00', '2026-1'].some(isYearMonth)).toBe(false);
    expect(refusal({ month: '0000-01' })).toBe(
      '--month "0000-01" is outside the years wb-report accepts (2015 to 2099).\n  Try a month from 2015-01 to 2099-12, for example --month 2025-12.',
    );
    expect(refusal({ month: '2026-1' })).toContain('--month "2026-1" is not a month written YYYY-MM');
    expect(describeNotAMonth('2025-13')).toBe('"2025-13" is not a month written YYYY-MM (such as 2025-12)');
  });

  it('knows a folder name meant as a month from one that is not', () => {
    for (const name of [
      '2026-1',
      '2025-13',
      '0000-01',
      '2025_12',
      '202512',
      '2025.12',
      '2025-12 ',
      ' 2026-01',
      '2025-012',
      '２０２６-０１',
      '2O25-12',
      '2026-01.bak',
      '2026-01\n',
      '2025-12-old',
    ]) {
      expect(looksLikeMonth(name), JSON.stringify(name)).toBe(true);
    }
    expect(['notes', 'archive-2024', 'README.md', '2025-summary'].some(looksLikeMonth)).toBe(false);
  });
});
