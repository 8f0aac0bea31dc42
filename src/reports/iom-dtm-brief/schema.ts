import { z } from 'zod';
import {
  byTerritory,
  count,
  layoutField,
  illustrative,
  plainText,
  isoDate,
  nationalityCounts,
  emailAddress,
  someTerritories,
  listingAtLeastOne,
  yearField,
  yearMonth,
} from '../../schema/common-fields.js';

/** Report id, also the data file's name. */
export const IOM_REPORT_ID = 'iom-dtm-brief';

/** Totals from some year up to the end of last year, for cumulative figures that reach back before data/. */
const baseline = z
  .strictObject({
    since: yearField(1990, 2100).describe('First year the totals cover (2016 for returns, 2018 for asylum in the 2024 edition).'),
    by_territory: byTerritory(count),
  })
  .describe('Totals from `since` to the end of the previous year. Needed once, in any month of a year; later years add up the monthly figures.');

/** Annual figures by territory, keyed by year ("2023": {BIH: 381, SRB: 89}). Write null for "not available". */
const byYear = listingAtLeastOne(z.record(z.string().regex(/^\d{4}$/, { error: 'expected a year such as 2023' }), byTerritory(count)), 'year');

/** One month of the IOM DTM brief, as typed into data/YYYY-MM/iom-dtm-brief.yaml. */
export const iomMonthSchema = z.strictObject({
  report: z.literal(IOM_REPORT_ID).describe('Always "iom-dtm-brief".'),
  month: yearMonth,
  layout: layoutField(['2024'], '2024').optional().describe('The published layout this month follows; the IOM brief has one, 2024 (the default).'),
  publication_date: isoDate.optional().describe('Date the brief is published, YYYY-MM-DD; printed in the citation line.'),
  contact: emailAddress.optional().describe('Contact e-mail printed at the end of the brief.'),
  registrations: z
    .strictObject({
      illustrative,
      by_territory: byTerritory(count).describe('Registrations on arrival in the month: interceptions or registrations of irregular entries by an official authority.'),
    })
    .describe('Registrations on arrival this month.'),
  nationalities_on_arrival: z
    .strictObject({
      illustrative,
      by_territory: byTerritory(nationalityCounts).describe(
        'Registrations on arrival this month by nationality (ISO 3166-1 alpha-3). Leave a territory out when it has no nationality data; the rest of its registrations count as other.',
      ),
    })
    .optional(),
  reception: z
    .strictObject({
      illustrative,
      by_territory: byTerritory(
        z.strictObject({
          facilities: count.describe('Reception facilities in operation.'),
          capacity: count.describe('Places in those facilities.'),
          accommodated: count.describe('Migrants accommodated at the end of the month (or as the note says).'),
        }),
      ),
      notes: someTerritories(plainText).optional().describe('Footnotes on how a territory counts persons accommodated.'),
    })
    .optional()
    .describe('Migrant reception facilities at the end of the month.'),
  avrr: z
    .strictObject({
      illustrative,
      returns_by_territory: byTerritory(count).describe('Assisted voluntary returns carried out by IOM this month.'),
      male: count.describe('Of those returns, men and boys.'),
      female: count.describe('Of those returns, women and girls.'),
      reintegration_grants: count.describe('Reintegration grants given this month.'),
      before_this_year: baseline.optional(),
    })
    .optional()
    .describe('Assisted voluntary return and reintegration (AVRR) carried out by IOM this month.'),
  asylum: z
    .strictObject({
      illustrative,
      applications_by_territory: byTerritory(count).describe('Applications for asylum lodged this month.'),
      applications_total: count
        .optional()
        .describe('The regional total as published, when it is more than the sum of the territories (applications not attributed to one). Defaults to that sum.'),
      applications_total_reason: plainText.optional().describe('Why the published total differs from the territories added up; without it the difference is a warning.'),
      refugee_status_granted: count.describe('Decisions granting refugee status this month.'),
      complementary_protection_granted: count.describe('Decisions granting complementary forms of protection this month.'),
      before_this_year: baseline.optional(),
      source: plainText.optional().describe('Source footnote of the asylum figures.'),
    })
    .optional(),
  returns_by_authorities: z
    .strictObject({
      voluntary: byYear.describe('Voluntary returns carried out by the authorities, by year and territory.'),
      non_voluntary: byYear.describe('Non-voluntary returns (returns to countries of origin and readmissions) by year and territory.'),
      source: plainText.describe('Where these annual figures come from (the migration profiles).'),
    })
    .optional()
    .describe('Annual figures published by the authorities; carried forward to later months until replaced.'),
  trafficking_permits: z
    .strictObject({
      count: count.describe('Temporary residence permits granted to victims of trafficking.'),
      period: plainText.describe('The period the count covers, as printed ("2016 to 2023").'),
      source: plainText,
    })
    .optional()
    .describe('Carried forward to later months until replaced.'),
  funders: z.array(plainText).optional().describe('Funders of IOM activities, as printed; carried forward until replaced.'),
});

/** A validated month of the IOM DTM brief. */
export type IomMonth = z.infer<typeof iomMonthSchema>;
