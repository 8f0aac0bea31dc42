import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding wb-report's package.json, with templates/ and schemas/ beside it. Found by
 * walking up from this file, so it is right from src/ (tests), dist/ and the bundle alike,
 * which sit at different depths.
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`wb-report's package.json was not found above ${start}; reinstall the tool.`);
  }
}
