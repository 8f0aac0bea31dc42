import { z } from 'zod';
import {
  byTerritory,
  count,
  illustrative,
  layoutField,
  plainText,
  isoDate,
  nationalityCounts,
  emailAddress,
  someTerritories,
  territoryCode,
  yearMonth,
} from '../../schema/common-fields.js';
import { fieldError } from '../../schema/field-error.js';
import { describeInput } from '../../schema/describe-input.js';

/** Report id, also the data file's name. */
export const UNHCR_REPORT_ID = 'unhcr-regional-update';

/** The published layouts a month can follow, by the year each began; the last is the default. */
export const UNHCR_LAYOUTS = ['2020', '2023', '2025'] as const;
export type UnhcrLayout = (typeof UNHCR_LAYOUTS)[number];
export const LATEST_UNHCR_LAYOUT: UnhcrLayout = '2025';

/** Where persons present are accommodated; the keys a file may use, with the labels the charts print. */
export const ACCOMMODATION_LABELS = {
  asylum_centres: 'Asylum centres',
  reception_centres: 'Reception and transit centres',
  iom_centres: 'IOM-run centres',
  outside_centres: 'Outside government-run centres',
} as const;

/** A key of ACCOMMODATION_LABELS. */
export type AccommodationType = keyof typeof ACCOMMODATION_LABELS;

const accommodation = z
  .partialRecord(z.enum(Object.keys(ACCOMMODATION_LABELS) as [AccommodationType, ...AccommodationType[]]), count)
  .describe('Persons present by where they stay; the parts must add up to `persons`.');

/** Who is present (the 2020 dashboard's demographics); with `uasc`, the parts add up to `persons`. */
const demographics = z
  .strictObject({
    men: count.describe('Adult men present at the end of the month.'),
    women: count.describe('Adult women present at the end of the month.'),
    accompanied_children: count.describe('Children present with their families; unaccompanied and separated children are `uasc`.'),
  })
  .describe('Persons present by who they are; men + women + accompanied_children + uasc must equal `persons`.');

const presentInTerritory = z.strictObject({
  persons: count.describe('Refugees and migrants present at the end of the month.'),
  uasc: count.optional().describe('Unaccompanied and separated children among them.'),
  accommodation: accommodation.optional(),
  demographics: demographics.optional(),
});

const asylumInTerritory = z.strictObject({
  intentions: count.optional().describe('Intentions to seek asylum expressed this month (territories with an intention step only).'),
  applications: count.describe('New asylum applications lodged this month.'),
});

/** One month of the UNHCR regional update, as typed into data/YYYY-MM/unhcr-regional-update.yaml. */
export const unhcrMonthSchema = z.strictObject({
  report: z.literal(UNHCR_REPORT_ID).describe('Always "unhcr-regional-update".'),
  month: yearMonth,
  layout: layoutField(UNHCR_LAYOUTS, LATEST_UNHCR_LAYOUT)
    .optional()
    .describe(`The published layout this month follows, by the year it began (${UNHCR_LAYOUTS.join(', ')}); the latest when left out.`),
  data_as_of: isoDate.optional().describe('Date the figures were extracted, YYYY-MM-DD. Defaults to the last day of the month.'),
  record_restarts: z
    .literal(true, {
      error: fieldError((issue) => ({
        message: `expected true, found ${describeInput(issue.input)}`,
        hint: 'Write "record_restarts: true" on the first month after a break in the record, or remove the line.',
      })),
    })
    .optional()
    .describe(
      'true on the first month after a deliberate break in the record (data/ keeps an older edition, then nothing for years): the months before this one are outside the record for the months from here on, so figures that need them show n/a without a warning about gaps.',
    ),
  contact: emailAddress.optional().describe('Contact e-mail printed in the footer.'),
  regional_estimate: z
    .strictObject({
      illustrative,
      persons: count.describe(
        "UNHCR's estimate of refugees and migrants who transited the region in mixed movements this month. Its own input: never the sum of the territories' arrivals.",
      ),
    })
    .describe('The regional estimate of persons in mixed movements for this month.'),
  arrivals: z
    .strictObject({
      illustrative,
      by_territory: byTerritory(count).describe('New arrivals recorded in each territory this month; may double count the same people.'),
      notes: someTerritories(plainText).optional().describe("Footnotes on a territory's arrival figures (their source), printed with a marker."),
    })
    .describe('New arrivals by territory this month.'),
  asylum: z
    .strictObject({
      illustrative,
      intention_step: z
        .array(territoryCode)
        .min(1)
        .describe('Territories whose asylum procedure starts with an expressed intention; only they count in the application-vs-intention ratio.'),
      by_territory: byTerritory(asylumInTerritory),
    })
    .describe('Asylum intentions and applications this month.'),
  present: z
    .strictObject({
      illustrative,
      by_territory: byTerritory(presentInTerritory),
    })
    .describe('Refugees and migrants present at the end of the month.'),
  nationalities: z
    .strictObject({
      illustrative,
      persons: nationalityCounts.describe('Persons present at the end of the month by nationality (ISO 3166-1 alpha-3); the rest count as other.'),
    })
    .optional()
    .describe('Most common nationalities among persons present.'),
});

/** A validated month of the UNHCR regional update. */
export type UnhcrMonth = z.infer<typeof unhcrMonthSchema>;
