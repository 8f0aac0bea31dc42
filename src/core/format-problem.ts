import type { DataProblem } from './errors.js';

/** "data/2025-12/unhcr-regional-update.yaml:14:7", or as much of it as is known. */
export function formatLocation(problem: Pick<DataProblem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

/**
 * One problem as the CLI prints it:
 *   data/2025-12/unhcr-regional-update.yaml:14:7: error: present.by_territory.BIH.uasc: ...
 *     Try ...
 */
export function formatProblem(problem: DataProblem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  const head = `${formatLocation(problem)}: ${problem.severity}: ${field}${problem.message}`;
  return problem.hint ? `${head}\n  Try: ${problem.hint}` : head;
}
