import path from 'node:path';

/** Paths in messages are relative to where the user ran the command, as editors and terminals link them. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
