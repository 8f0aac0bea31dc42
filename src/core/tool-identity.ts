import { readFileSync } from 'node:fs';

/** wb-report's name and version, read from package.json once. */
export const TOOL = ((): { name: string; version: string } => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version };
})();
