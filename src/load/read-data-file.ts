import { readFile, stat } from 'node:fs/promises';
import type { DataProblem } from '../core/errors.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';

/** Data files are a few kilobytes; anything past this is a mistake, not a month of figures. */
const MAX_DATA_FILE_BYTES = 1024 * 1024;

/** Reads and parses one data file; every failure comes back as a located problem, never an exception. */
export async function readDataFile(file: string): Promise<ParsedYaml | { file: string; problems: DataProblem[] }> {
  const fail = (message: string, hint: string) => ({ file, problems: [{ file, severity: 'error' as const, message, hint }] });
  const info = await stat(file).catch(() => undefined);
  if (!info) return fail('the file does not exist', 'Check the month folder and the report id in the file name.');
  if (!info.isFile()) return fail('this is a folder, not a file', 'Remove the folder and create the YAML file in its place.');
  if (info.size > MAX_DATA_FILE_BYTES) {
    return fail(`the file is ${(info.size / 1024 / 1024).toFixed(1)} MB, far larger than a month of figures`, 'Check that the right file was saved here.');
  }
  const bytes = await readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('the file is not UTF-8 text', 'Save it again as UTF-8 in your editor.');
  }
  if (text.trim() === '') return fail('the file is empty', 'Copy last month\'s file and change its figures.');
  return parseYaml(file, text);
}
