import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { joinNames } from '../../format/phrase-shares.js';

/**
 * The footnote of a partial figure, naming what it leaves out and why: leftOutSentence('These
 * totals leave out', ['SRB'], 'did not report for December 2025') is "These totals leave out
 * Serbia, which did not report for December 2025." A reason whose verb agrees with the number
 * of territories comes in both forms ({ one: 'has …', many: 'have …' }). Empty when nothing is left out.
 */
export function leftOutSentence(subjectAndVerb: string, leftOut: readonly TerritoryCode[], reason: string | { one: string; many: string }): string {
  if (leftOut.length === 0) return '';
  const why = typeof reason === 'string' ? reason : leftOut.length === 1 ? reason.one : reason.many;
  return `${subjectAndVerb} ${joinNames(leftOut.map((code) => TERRITORY_NAMES[code]))}, which ${why}.`;
}
