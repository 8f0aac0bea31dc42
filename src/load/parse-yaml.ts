import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { DataProblem } from '../core/errors.js';
import { withoutNegativeZero } from './without-negative-zero.js';

/** How many alias expansions a file may make: far above any real file, far below a "billion laughs". */
const MAX_ALIAS_COUNT = 200;

/** A parsed YAML file that still knows where each value came from. */
export interface ParsedYaml {
  file: string;
  /** The plain value, or undefined when the file could not be parsed. */
  value: unknown;
  document: Document.Parsed;
  lineCounter: LineCounter;
  problems: DataProblem[];
}

/** Parses YAML text, keeping positions; syntax errors become located problems instead of exceptions. */
export function parseYaml(file: string, rawText: string): ParsedYaml {
  // Old Mac files end lines with CR alone, which YAML does not count as a line end; read each
  // as a line feed (same length, so every offset, line and column stays true).
  const text = rawText.replace(/\r(?!\n)/g, '\n');
  const lineCounter = new LineCounter();
  // logLevel 'error': the library's warnings (a list used as a key, say) would reach the terminal
  // raw; the schema reports such a key, located, as an unknown field.
  // Keys are compared as the data will hold them: '2023' and 2023 are the same key (the library
  // alone would keep both, and the later figure would silently win).
  const document = parseDocument(text, { lineCounter, uniqueKeys: sameKey, prettyErrors: false, strict: true, logLevel: 'error' });
  // The library's warnings (an unresolved tag, an unknown directive) are problems too: the file
  // would otherwise be read in a way no one wrote it for.
  const problems: DataProblem[] = [...document.errors, ...document.warnings].map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return {
      file,
      line: position.line,
      column: position.col,
      severity: 'error',
      message: describeYamlError(error.code, error.message),
      hint: hintForYamlError(error.code),
    };
  });
  if (problems.length === 0 && document.directives.yaml.explicit && document.directives.yaml.version !== '1.2') {
    // YAML 1.1 reads 0110 as 72 and yes as true: the README promises 1.2, so the file says otherwise in vain.
    const position = lineCounter.linePos(Math.max(0, text.search(/^%YAML/m)));
    problems.push({
      file,
      line: position.line,
      column: position.col,
      severity: 'error',
      message: `the file asks for YAML ${document.directives.yaml.version} (%YAML); data files are read as YAML 1.2, where 0110 is 110 and yes is a word`,
      hint: 'Remove the %YAML line (and the --- after it).',
    });
  }
  if (problems.length === 0) problems.push(...oddNumberForms(file, text, document, lineCounter));
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = withoutNegativeZero(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (error) {
      // The usual cause is aliases expanding without end ("billion laughs"): point at the first one.
      let offset = 0;
      visit(document, {
        Alias(_key, node) {
          offset = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      const position = lineCounter.linePos(offset);
      problems.push({
        file,
        line: position.line,
        column: position.col,
        severity: 'error',
        message: `the file could not be read as data: ${(error as Error).message}`,
        hint: 'Remove anchors (&name) and aliases (*name); data files do not need them.',
      });
    }
  }
  return { file, value, document, lineCounter, problems };
}

/** Whether two keys are the same key once read as data: their text, whatever their YAML type. */
function sameKey(a: unknown, b: unknown): boolean {
  const text = (key: unknown) => (isScalar(key) ? String(key.value) : String(key));
  return text(a) === text(b);
}

/**
 * Numbers written other than in plain decimal digits (0o110, 0x1F, 1e3, .inf): YAML reads 0o110
 * as 72, which no one typing a count means. Each is a located problem naming the value read.
 */
function oddNumberForms(file: string, text: string, document: Document.Parsed, lineCounter: LineCounter): DataProblem[] {
  const problems: DataProblem[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || !node.range) return;
      const written = text.slice(node.range[0], node.range[1]).trim();
      if (/^[-+]?\d+(\.\d+)?$/.test(written)) return;
      const position = lineCounter.linePos(node.range[0]);
      problems.push({
        file,
        line: position.line,
        column: position.col,
        severity: 'error',
        message: `the number ${written} is not written in plain decimal digits (YAML reads it as ${node.value})`,
        hint: Number.isFinite(node.value) ? `Write it as ${node.value} if that is what you mean, or put it in quotes if it is text.` : 'Write a count in digits, such as 120.',
      });
    },
  });
  return problems;
}

/**
 * Where a value sits in the file: the key path as zod reports it, mapped to line and column.
 * With `atKey`, points at the last key itself (for unknown keys) rather than its value.
 */
export function locatePath(parsed: ParsedYaml, path: readonly PropertyKey[], atKey = false): { line: number; column: number } {
  let node: unknown = parsed.document.contents;
  let found: Node | null = (node as Node) ?? null;
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const lastKey = atKey && index === path.length - 1;
      // Point at the value when it exists, at the key when the value is empty or the key is the problem.
      found = (lastKey ? null : (pair.value as Node | null)) ?? (pair.key as Node) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      found = node.items[key] as Node;
      node = found;
    } else {
      break;
    }
  }
  const offset = found?.range?.[0] ?? 0;
  const position = parsed.lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this key appears twice in the same block';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML only accepts spaces';
    case 'TAG_RESOLVE_FAILED':
      return `a tag the data cannot carry (${firstLine})`;
    case 'BAD_DIRECTIVE':
      return `a directive the data cannot carry (${firstLine})`;
    default:
      return `the file is not valid YAML (${firstLine})`;
  }
}

function hintForYamlError(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Keep one of the two entries and delete the other.';
    case 'TAB_AS_INDENT':
      return 'Replace the tab with spaces, matching the lines above.';
    case 'TAG_RESOLVE_FAILED':
      return 'Remove the tag (the word starting with "!"); data files need none.';
    case 'BAD_DIRECTIVE':
      return 'Remove the line starting with "%"; data files need no directives.';
    default:
      return 'Check the indentation and the colons on this line and the one above it.';
  }
}

/**
 * The values left empty ("ALB:" with nothing after it), with their key paths. YAML reads an empty
 * value as null, the same as a written `null`, but only the written one says "did not report":
 * an empty one is a figure still to be typed in (as `wb-report new` leaves them).
 */
export function findEmptyValues(parsed: ParsedYaml): Array<{ path: string[]; line: number; column: number }> {
  const empties: Array<{ path: string[]; line: number; column: number }> = [];
  visit(parsed.document, {
    Pair(_key, pair, ancestors) {
      if (!isScalar(pair.value) || pair.value.value !== null || pair.value.source !== '' || !isScalar(pair.key)) return;
      const keys = ancestors.filter(isPair).map((each) => String((each.key as { value?: unknown }).value));
      const position = parsed.lineCounter.linePos(pair.key.range?.[0] ?? 0);
      empties.push({ path: [...keys, String(pair.key.value)], line: position.line, column: position.col });
    },
  });
  return empties;
}
