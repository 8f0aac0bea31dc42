import type { ChartSpec } from '../../../charts/chart-spec.js';
import { buildLabelledBarsSpec } from '../../../charts/labelled-bars-spec.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { formatCount, formatPercent } from '../../../format/format-number.js';
import { demographicParts, type RegionalDemographics } from '../demographics-section.js';

/** Who is present (men, women, accompanied and unaccompanied children), as labelled bars with each part's share. */
export function buildDemographicsChart(demographics: RegionalDemographics | undefined, monthLabel: string, width = 190, barHeight = 17): ChartSpec {
  const bars = demographicParts(demographics).map(({ label, count, share }, order) => ({
    category: label,
    order,
    value: count,
    label: count === null ? 'n/a' : `${formatCount(count)} (${formatPercent(share)})`,
  }));
  return {
    id: 'demographics',
    altText: demographics
      ? `Bar chart of persons present at the end of ${monthLabel} by who they are: ${bars.map((bar) => `${bar.category.toLowerCase()} ${bar.label}`).join(', ')}.`
      : `Bar chart of persons present at the end of ${monthLabel} by who they are; no territory gave these figures.`,
    spec: buildLabelledBarsSpec(bars, { width, barHeight, color: UNHCR_COLORS.blue, config: UNHCR_CHART_CONFIG }),
  };
}
