import { TERRITORY_NAMES, type TerritoryCode } from '../core/territories.js';
import { formatCount } from '../format/format-number.js';

/** A month-on-month change beyond this factor (either way) in one territory is worth a second look. */
export const JUMP_FACTOR = 3;
/** Below this many, a territory's figures move too much from month to month for a jump to mean anything. */
export const JUMP_MIN_BASE = 50;

/** What to try when a territory that reported before has no figure now. */
export const SILENT_HINT = 'Add the figure if it was left out; if the territory did not report, nothing needs doing (--strict would stop on it).';

/** A figure by territory, as the data files hold it (missing or null: not reported). */
export type ByTerritory = Partial<Record<TerritoryCode, number | null>>;

/** One sanity issue: not an error, a figure someone should check before publishing. */
export interface SanityIssue {
  field: string;
  message: string;
  hint: string;
}

/**
 * Territories that reported last month and are silent now, and figures that jumped by more
 * than JUMP_FACTOR since last month. `field` is the dotted path of the block in the data file.
 */
export function findSanityIssues(current: ByTerritory | undefined, previous: ByTerritory | undefined, field: string, what: string): SanityIssue[] {
  if (!current || !previous) return [];
  const issues: SanityIssue[] = [];
  for (const [code, before] of Object.entries(previous) as Array<[TerritoryCode, number | null | undefined]>) {
    const now = current[code];
    const name = TERRITORY_NAMES[code];
    if (before !== undefined && before !== null && (now === undefined || now === null)) {
      issues.push({ field: `${field}.${code}`, message: `${name} reported ${what} last month (${formatCount(before)}) but has none this month; it shows n/a`, hint: SILENT_HINT });
      continue;
    }
    const jump = findJump(`${field}.${code}`, `${name}'s ${what}`, before, now);
    if (jump) issues.push(jump);
  }
  return issues;
}

/** A figure that moved by more than JUMP_FACTOR since last month (either way), from a base worth comparing; `subject` names it in the message. */
export function findJump(field: string, subject: string, before: number | null | undefined, now: number | null | undefined): SanityIssue | undefined {
  if (before === undefined || before === null || now === undefined || now === null) return undefined;
  if (Math.max(before, now) < JUMP_MIN_BASE) return undefined;
  if (!(now > before * JUMP_FACTOR || now * JUMP_FACTOR < before)) return undefined;
  return {
    field,
    message: `${subject} went from ${formatCount(before)} last month to ${formatCount(now)}, more than ${JUMP_FACTOR} times ${now > before ? 'up' : 'down'}`,
    hint: 'Check the figure against the source; if it is right, nothing needs doing (--strict would stop on it).',
  };
}
