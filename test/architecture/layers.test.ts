import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/**
 * The stage folders of src/, in the order the README's "For developers" gives them: each may
 * import from the folders before it, never from one after. The files at the top of src/ (the
 * CLI and the pipelines) may import anything; of the folders, only preview/, a command of its
 * own, uses them (the render pipeline it shares with the build, and the run options).
 */
const USES_THE_TOP = new Set(['preview']);
const LAYERS = ['core', 'assets', 'load', 'schema', 'indicators', 'format', 'charts', 'reports', 'validate', 'render', 'write', 'pdf', 'progress', 'preview'];

const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

/** The stage folder a file of src/ belongs to, or undefined for the files at the top. */
function layerOf(file: string): string | undefined {
  const [first, ...rest] = path.relative(SRC, file).split(path.sep);
  return rest.length > 0 ? first : undefined;
}

describe('layers point down', () => {
  it('knows every stage folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...LAYERS].sort());
  });

  it('has no import from a stage folder to one after it', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = layerOf(file);
      if (!from) continue;
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const to = layerOf(path.resolve(path.dirname(file), specifier!));
        if (to === undefined || to === from) {
          if (to === undefined && !USES_THE_TOP.has(from)) upward.push(`${path.relative(SRC, file)} imports ${specifier} (the top of src/)`);
          continue;
        }
        if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) upward.push(`${path.relative(SRC, file)} imports ${specifier} (${to} comes after ${from})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
