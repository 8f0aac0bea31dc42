import { lastDayOfMonth, monthName, splitMonth, type YearMonth } from '../../core/months.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount, NOT_AVAILABLE } from '../../format/format-number.js';
import { phraseChangeShort } from '../../format/phrase-change.js';
import { joinNames } from '../../format/phrase-shares.js';
import { groupEqualShares, roundPercent, type Share } from '../../indicators/compute-shares.js';
import type { Figure } from '../../indicators/figure.js';
import type { UnhcrRawFigures } from './model-types.js';

/**
 * The words of the 2023-24 brief (the November 2023 and January 2024 editions), from the shared
 * model's figures: running text rounds to the hundred with "some", shares under 10% are written
 * out, a change is "14% less than in the same period last year". Key-figure boxes and headings
 * keep the model's exact figures, so they need no words here.
 */
export interface Unhcr2023Words {
  layout: '2023';
  /** Label of the estimate's box: "… as of 30 November:" or "… in January 2024:". */
  estimateLabel: string;
  /** The estimate in running text, split so the figure can be bold: "some " + "30,200". */
  estimateText: RoundedText;
  /** "14% less", "14% more", "about as many" (under half a per cent), or "" when there is no comparison. */
  estimateChange: string;
  /** The word that follows it: "than", or "as" after "about as many". */
  estimateCompare: string;
  /** "New Arrivals to each country from January to November 2023". */
  mapHeading: string;
  /** Persons present in running text, opening a sentence: "Some " + "8,400". */
  present: RoundedText;
  /** "67% were present in Serbia, followed by … and North Macedonia (one per cent)". */
  sharesSentence: string;
  /** "4 countries are having an asylum policy … (Albania, Bosnia and Herzegovina, Montenegro, and Serbia)." */
  intentionNote: string;
}

/** A figure of running text: "some " and the figure rounded to the hundred, or the exact figure when small. */
export interface RoundedText {
  some: string;
  figure: string;
}

/** Below this, the text keeps the exact figure: "some 100" would say less than the count. */
const ROUND_FROM = 1000;

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function wordUnhcr2023(month: YearMonth, figures: UnhcrRawFigures): Unhcr2023Words {
  const { year, monthNumber } = splitMonth(month);
  const name = monthName(month);
  return {
    layout: '2023',
    estimateLabel:
      monthNumber === 1
        ? `Estimation of Persons of concern in Mixed Movement in the region in ${name} ${year}:`
        : `Estimation of Persons of concern in Mixed Movement in the region as of ${lastDayOfMonth(month)} ${name}:`,
    estimateText: roundForText(figures.estimate),
    ...phraseEstimateChange(figures.estimateChange),
    mapHeading: monthNumber === 1 ? `New Arrivals to each country in ${name} ${year}` : `New Arrivals to each country from January to ${name} ${year}`,
    present: roundForText(figures.present, 'Some '),
    sharesSentence: phraseSharesInWords(figures.presentShares, (code) => TERRITORY_NAMES[code]),
    intentionNote: intentionNote(figures.intentionStep),
  };
}

/** The change as the 2023-24 text words it, and the word that follows: "14% less" than, "about as many" as. */
function phraseEstimateChange(change: Figure): { estimateChange: string; estimateCompare: string } {
  if (change === null) return { estimateChange: '', estimateCompare: '' };
  if (roundPercent(Math.abs(change)) === 0) return { estimateChange: 'about as many', estimateCompare: 'as' };
  return { estimateChange: phraseChangeShort(change), estimateCompare: 'than' };
}

/** "some 30,200" for 30,214; the exact figure below a thousand; n/a when there is none. */
export function roundForText(value: Figure, some = 'some '): RoundedText {
  if (value === null) return { some: '', figure: NOT_AVAILABLE };
  const rounded = roundedInText(value);
  return rounded === undefined ? { some: '', figure: formatCount(value) } : { some, figure: formatCount(rounded) };
}

/** The figure the running text prints rounded (30,200 for 30,214), or undefined when it prints the exact one (below a thousand). */
export function roundedInText(value: number): number | undefined {
  return value < ROUND_FROM ? undefined : Math.round(value / 100) * 100;
}

/** A share as the 2023-24 text writes it: "67%", "two per cent", "less than one per cent". */
export function shareInWords(fraction: number): string {
  const percent = roundPercent(fraction);
  if (percent === 0) return fraction > 0 ? 'less than one per cent' : 'none';
  return percent < 10 ? `${NUMBER_WORDS[percent]} per cent` : `${percent}%`;
}

/**
 * The shares sentence after "Of these, ": "67% were present in Serbia, followed by Bosnia and
 * Herzegovina (26%), Albania, Kosovo & Montenegro (two per cent each) and North Macedonia (one
 * per cent)". A last group of several reads "and in …" (January 2024: "and in Albania,
 * Montenegro & North Macedonia (three per cent each)"). Territories with no one present are left out.
 */
export function phraseSharesInWords<Key extends string>(shares: readonly Share<Key>[], nameOf: (key: Key) => string): string {
  const groups = groupEqualShares(shares.filter((share) => share.count > 0));
  if (groups.length === 0) return '';
  const [first, ...rest] = groups;
  const each = (group: readonly Share<Key>[]) => (group.length > 1 ? ' each' : '');
  const lead = `${shareInWords(first![0]!.fraction)}${each(first!)} were present in ${joinNames(
    first!.map((share) => nameOf(share.key)),
    { and: '&' },
  )}`;
  if (rest.length === 0) return lead;
  const followers = rest.map(
    (group) =>
      `${joinNames(
        group.map((share) => nameOf(share.key)),
        { and: '&' },
      )} (${shareInWords(group[0]!.fraction)}${each(group)})`,
  );
  if (followers.length === 1) return `${lead}, followed by ${followers[0]}`;
  const last = `${rest.at(-1)!.length > 1 ? 'in ' : ''}${followers.at(-1)}`;
  return `${lead}, followed by ${followers.slice(0, -1).join(', ')} and ${last}`;
}

/** The intention-step note, counting the territories: "4 countries are having … (A, B, C, and D)." */
export function intentionNote(codes: readonly TerritoryCode[]): string {
  const listed = joinNames(
    codes.map((code) => TERRITORY_NAMES[code]),
    { serialComma: true },
  );
  const subject = codes.length === 1 ? '1 country is' : `${codes.length} countries are`;
  return `${subject} having an asylum policy with a procedure including Intention before the application to asylum (${listed}).`;
}
