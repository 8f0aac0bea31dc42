import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DataProblem } from '../core/errors.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';

/** Data files are a few kilobytes; anything past this is a mistake, not a month of figures. */
const MAX_DATA_FILE_BYTES = 1024 * 1024;

/** A data file's text, or the problems that kept it from being read. */
export type DataText = { file: string; text: string } | { file: string; problems: DataProblem[] };

/** Reads one data file as UTF-8 text; every failure comes back as a problem, never an exception. */
export async function readDataText(file: string, kind: 'month' | 'archive' = 'month'): Promise<DataText> {
  // The words for what belongs here: a month's YAML file, or a report's archive.
  const [itself, holds] = kind === 'month' ? ['the YAML file', 'a month of figures'] : ['the CSV file', "a report's archive"];
  const fail = (message: string, hint: string, line?: number, column?: number): DataText => ({ file, problems: [{ file, line, column, severity: 'error', message, hint }] });
  let info: Stats;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return fail('the file cannot be read (permission denied)', 'Give yourself read access to it (chmod u+r), or run as its owner.');
    if (code === 'ELOOP') return fail('the file is a symbolic link that points back to itself', `Replace the link with ${itself} itself.`);
    if (
      await lstat(file).then(
        () => true,
        () => false,
      )
    )
      return fail('the file is a symbolic link to something that does not exist', `Replace the link with ${itself} itself, or point it at the file.`);
    const folder = await stat(path.dirname(file)).catch(() => undefined);
    if (!folder?.isDirectory()) return fail('the month is not a folder (it is a file or a broken link)', 'Make the month a folder holding the YAML files.');
    return fail('the file does not exist', 'Check the month folder and the report id in the file name.');
  }
  if (info.isDirectory()) return fail('this is a folder, not a file', `Remove the folder and create ${itself} in its place.`);
  // A FIFO would block the read, a device never ends: only a regular file holds a month.
  if (!info.isFile()) return fail(`this is not a regular file (it is ${describeKind(info)})`, `Replace it with ${itself} itself (a link to a regular file is fine).`);
  if (info.size > MAX_DATA_FILE_BYTES) {
    return fail(`the file is ${(info.size / 1024 / 1024).toFixed(1)} MB, far larger than ${holds} (at most 1 MB)`, 'Check that the right file was saved here.');
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === 'EACCES' || code === 'EPERM' ? 'the file cannot be read (permission denied)' : `the file cannot be read (${code ?? 'unknown error'})`,
      'Give yourself read access to it (chmod u+r), or run as its owner.',
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    const before = bytes.subarray(0, bad);
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const column = bad - before.lastIndexOf(0x0a);
    return fail('the file is not UTF-8 text (a character here is in another encoding)', 'Save the file again as UTF-8 in your editor.', line, column);
  }
  return { file, text: bytes.toString('utf8') };
}

/** Parses a data file's text; an empty file is a problem, not an empty month. */
export function parseDataText(file: string, text: string): ParsedYaml | { file: string; problems: DataProblem[] } {
  if (text.trim() === '') {
    return { file, problems: [{ file, severity: 'error', message: 'the file is empty', hint: "Copy last month's file and change its figures." }] };
  }
  return parseYaml(file, text);
}

/** What a path that is not a regular file is, in words. */
function describeKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Byte offset of the first byte that is not part of a valid UTF-8 sequence, if any. Node's own
 * check (isUtf8) decides; the loop only finds the place, and knows the forms a plain lead-byte
 * test lets through (overlong encodings such as C0 80, surrogates ED A0 80, code points past
 * U+10FFFF), which would otherwise become U+FFFD without a word.
 */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return index;
    // The second byte's range is narrower after these lead bytes (RFC 3629, section 4).
    const second = bytes[index + 1] ?? 0;
    const [low, high] = byte === 0xe0 ? [0xa0, 0xbf] : byte === 0xed ? [0x80, 0x9f] : byte === 0xf0 ? [0x90, 0xbf] : byte === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (length > 1 && (second < low || second > high)) return index;
    for (let next = 2; next < length; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return 0;
}
