/** One operation of a PDF content stream: its operator, its operands as written, and where it starts (first operand) and ends. */
export interface ContentOperation {
  operator: string;
  operands: string[];
  start: number;
  end: number;
}

/** Character classes of ISO 32000-1 §7.2.2, by character code: 1 white space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const code of [0, 9, 10, 12, 13, 32]) CLASS[code] = 1;
for (const char of '()<>[]{}/%') CLASS[char.charCodeAt(0)] = 2;
const isRegular = (code: number) => code > 255 || CLASS[code] === 0;
/** Keywords that are operands, not operators. */
const OPERAND_KEYWORDS = new Set(['true', 'false', 'null']);

/**
 * Splits a content stream (its bytes as a latin1 string, so offsets are byte offsets) into
 * operations, following the lexical rules of ISO 32000-1 §7.2 and §7.8.2: strings with nested
 * parentheses and escapes, hex strings, dictionaries, names, comments. Returns undefined for
 * what it does not read: inline images (binary data inside the stream) and unbalanced syntax,
 * so a caller leaves such a stream exactly as it was. Character codes and a class table keep it
 * fast: a page of Chromium's holds some 20,000 operations.
 */
export function readContentOperations(text: string): ContentOperation[] | undefined {
  const operations: ContentOperation[] = [];
  let operandStart: number | undefined;
  let operands: string[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 256 && CLASS[code] === 1) {
      at += 1;
      continue;
    }
    if (code === 37 /* % */) {
      while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at += 1;
      continue;
    }
    const tokenStart = at;
    const end = skipToken(text, at, code);
    if (end === undefined) return undefined;
    at = end;
    const word = text.slice(tokenStart, end);
    // A keyword starts with a regular character that is not part of a number.
    const isKeyword = isRegular(code) && !(code === 43 || code === 45 || code === 46 || (code >= 48 && code <= 57));
    if (isKeyword && !OPERAND_KEYWORDS.has(word)) {
      if (word === 'BI') return undefined;
      operations.push({ operator: word, operands, start: operandStart ?? tokenStart, end });
      operandStart = undefined;
      operands = [];
    } else {
      operandStart ??= tokenStart;
      operands.push(word);
    }
  }
  return operandStart === undefined ? operations : undefined;
}

/** The offset just after the token starting at `at`, or undefined when it does not close. */
function skipToken(text: string, at: number, code: number): number | undefined {
  if (code === 40 /* ( */) return skipString(text, at);
  if (code === 60 /* < */) {
    if (text.charCodeAt(at + 1) === 60) return at + 2;
    const close = text.indexOf('>', at);
    return close < 0 ? undefined : close + 1;
  }
  if (code === 62 /* > */) return text.charCodeAt(at + 1) === 62 ? at + 2 : undefined;
  if (code === 91 || code === 93 || code === 123 || code === 125) return at + 1;
  let end = at + 1;
  while (end < text.length && isRegular(text.charCodeAt(end))) end += 1;
  return end;
}

/** A literal string: balanced parentheses, a backslash escapes the next byte. */
function skipString(text: string, at: number): number | undefined {
  let depth = 0;
  for (let index = at; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 92 /* \ */) index += 1;
    else if (code === 40) depth += 1;
    else if (code === 41 && --depth === 0) return index + 1;
  }
  return undefined;
}
