import { describe, expect, it } from 'vitest';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../../src/core/territories.js';
import { phraseChangeShort } from '../../../src/format/phrase-change.js';
import { computeChange } from '../../../src/indicators/compute-change.js';
import { computeShares } from '../../../src/indicators/compute-shares.js';
import { intentionNote, phraseSharesInWords, roundForText, shareInWords } from '../../../src/reports/unhcr-regional-update/wording-2023.js';

/** Shares of persons present from counts per territory, in the territories' order. */
const sharesOf = (counts: Partial<Record<TerritoryCode, number>>) =>
  computeShares(TERRITORY_CODES.flatMap((code) => (counts[code] === undefined ? [] : [{ key: code, count: counts[code]! }])));
const name = (code: TerritoryCode) => TERRITORY_NAMES[code];

describe('the wording of the 2023-24 editions, sentence by sentence', () => {
  it('rounds running text to the hundred with "some" (November 2023: 30,214 and 8,435; January 2024: some 1,300)', () => {
    expect(roundForText(30_214)).toEqual({ some: 'some ', figure: '30,200' });
    expect(roundForText(8_435, 'Some ')).toEqual({ some: 'Some ', figure: '8,400' });
    expect(roundForText(1_262)).toEqual({ some: 'some ', figure: '1,300' });
    // Small figures stay exact, and a missing one is n/a, never "some 0".
    expect(roundForText(326)).toEqual({ some: '', figure: '326' });
    expect(roundForText(null)).toEqual({ some: '', figure: 'n/a' });
  });

  it('words the change as "14% less" / "14% more than in the same period last year"', () => {
    // 30,214 against 35,133 is 14.0% less; 1,300 against 1,140 is 14.0% more (inputs chosen by hand).
    expect(phraseChangeShort(computeChange(30_214, 35_133))).toBe('14% less');
    expect(phraseChangeShort(computeChange(1_300, 1_140))).toBe('14% more');
  });

  it('writes the November 2023 shares sentence: "&" in a group, shares under 10% in words', () => {
    // 8,435 present: 5,651 / 2,193 / 169 × 3 / 84 give 67 / 26 / 2 / 2 / 2 / 1 per cent.
    const shares = sharesOf({ ALB: 169, BIH: 2_193, XKS: 169, MNE: 169, MKD: 84, SRB: 5_651 });
    expect(phraseSharesInWords(shares, name)).toBe(
      '67% were present in Serbia, followed by Bosnia and Herzegovina (26%), Albania, Kosovo & Montenegro (two per cent each) and North Macedonia (one per cent)',
    );
  });

  it('writes the January 2024 shares sentence, "and in" before a last group', () => {
    // 4,800 present: 2,688 / 1,440 / 192 / 160 × 3 give 56 / 30 / 4 / 3 / 3 / 3 per cent.
    const shares = sharesOf({ ALB: 160, BIH: 2_688, XKS: 192, MNE: 160, MKD: 160, SRB: 1_440 });
    expect(phraseSharesInWords(shares, name)).toBe(
      '56% were present in Bosnia and Herzegovina, followed by Serbia (30%), Kosovo (four per cent) and in Albania, Montenegro & North Macedonia (three per cent each)',
    );
  });

  it('writes every share under 10% in words, and a share that rounds to 0 as "less than one per cent"', () => {
    expect([0.01, 0.05, 0.09, 0.1, 0.004].map(shareInWords)).toEqual(['one per cent', 'five per cent', 'nine per cent', '10%', 'less than one per cent']);
  });

  it('counts the countries with an intention step in the footnote, from the data', () => {
    expect(intentionNote(['ALB', 'BIH', 'MNE', 'SRB'])).toBe(
      '4 countries are having an asylum policy with a procedure including Intention before the application to asylum (Albania, Bosnia and Herzegovina, Montenegro, and Serbia).',
    );
    expect(intentionNote(['BIH', 'SRB'])).toBe(
      '2 countries are having an asylum policy with a procedure including Intention before the application to asylum (Bosnia and Herzegovina and Serbia).',
    );
    expect(intentionNote(['SRB'])).toMatch(/^1 country is having /);
  });
});
