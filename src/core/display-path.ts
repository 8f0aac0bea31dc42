import path from 'node:path';

/** Paths in messages are relative to where the user ran the command, as editors and terminals link them. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Problems with their files named as in every other message (see displayPath). */
export function withDisplayPaths<Problem extends { file?: string }>(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => (problem.file ? { ...problem, file: displayPath(problem.file) } : problem));
}
