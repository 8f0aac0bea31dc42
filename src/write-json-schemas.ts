import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PROJECT_ROOT } from './core/project-root.js';
import { REPORTS } from './reports/registry.js';

/** Folder of the published JSON Schemas that data files reference for editor completion. */
export const SCHEMAS_DIR = path.join(PROJECT_ROOT, 'schemas');

/** The JSON Schema of one report's data file, generated from the same zod definitions the validator uses. */
export function buildJsonSchema(reportId: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, $id: `${reportId}.schema.json`, title: `wb-report data file: ${reportId}` }, null, 2)}\n`;
}

/** Writes schemas/<report>.schema.json for every report. */
export async function writeJsonSchemas(dir = SCHEMAS_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const report of REPORTS) {
    const file = path.join(dir, `${report.id}.schema.json`);
    await writeFile(file, buildJsonSchema(report.id, report.schema));
    files.push(file);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const file of await writeJsonSchemas()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
