import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../src/write-json-schemas.js';
import { REPORTS } from '../../src/reports/registry.js';
import { ROOT, SAMPLE_DATA } from '../helpers/run-cli.js';

describe('the published JSON Schemas', () => {
  it.each(REPORTS.map((report) => [report.id, report] as const))("schemas/%s.schema.json is generated from the validator's definitions", (id, report) => {
    const committed = readFileSync(path.join(ROOT, 'schemas', `${id}.schema.json`), 'utf8');
    // If this fails, run `npm run schema` and commit the result.
    expect(committed).toBe(buildJsonSchema(id, report.schema));
  });

  it('is referenced from every data file for editor completion', () => {
    for (const month of readdirSync(SAMPLE_DATA).filter((name) => /^\d{4}-\d{2}$/.test(name))) {
      for (const file of readdirSync(path.join(SAMPLE_DATA, month))) {
        const firstLine = readFileSync(path.join(SAMPLE_DATA, month, file), 'utf8').split('\n')[0];
        expect(firstLine).toBe(`# yaml-language-server: $schema=../../schemas/${path.basename(file, '.yaml')}.schema.json`);
      }
    }
  });

  it('lists the territory codes and required blocks for editors', () => {
    const schema = JSON.parse(buildJsonSchema('unhcr-regional-update', REPORTS[0]!.schema)) as {
      required: string[];
      properties: { arrivals: { properties: { by_territory: { properties: Record<string, unknown> } } } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(['report', 'month', 'regional_estimate', 'arrivals', 'asylum', 'present']));
    expect(Object.keys(schema.properties.arrivals.properties.by_territory.properties)).toEqual(['ALB', 'BIH', 'XKS', 'MNE', 'MKD', 'SRB']);
  });
});
