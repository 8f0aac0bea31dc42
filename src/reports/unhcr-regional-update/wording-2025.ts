import { TERRITORY_NAMES } from '../../core/territories.js';
import { phraseChange } from '../../format/phrase-change.js';
import { joinNames, phraseShares } from '../../format/phrase-shares.js';
import type { UnhcrRawFigures } from './model-types.js';

/**
 * The words of the 2025 brief (the December 2025 edition), from the shared model's figures:
 * exact figures in running text, a change as "a 32% decrease", shares as "7% each".
 */
export interface Unhcr2025Words {
  layout: '2025';
  /** "a 32% decrease", "no change", or n/a when there is no comparison. */
  estimateChange: string;
  /** "49% were present in Bosnia and Herzegovina, followed by Serbia (25%), … and North Macedonia (1%)". */
  sharesSentence: string;
  /** "Albania, Bosnia and Herzegovina, Montenegro and Serbia", for the intention-step note. */
  intentionTerritories: string;
}

export function wordUnhcr2025(figures: UnhcrRawFigures): Unhcr2025Words {
  return {
    layout: '2025',
    estimateChange: phraseChange(figures.estimateChange),
    sharesSentence: phraseShares(figures.presentShares, (code) => TERRITORY_NAMES[code]),
    intentionTerritories: joinNames(figures.intentionStep.map((code) => TERRITORY_NAMES[code])),
  };
}
