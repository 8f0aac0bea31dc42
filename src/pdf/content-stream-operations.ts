/** One operation of a PDF content stream: its operator and where it starts (first operand) and ends. */
export interface ContentOperation {
  operator: string;
  start: number;
  end: number;
}

const WHITESPACE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
/** Keywords that are operands, not operators. */
const OPERAND_KEYWORDS = new Set(['true', 'false', 'null']);

/**
 * Splits a content stream (its bytes as a latin1 string, so offsets are byte offsets) into
 * operations, following the lexical rules of ISO 32000-1 §7.2 and §7.8.2: strings with nested
 * parentheses and escapes, hex strings, dictionaries, names, comments. Returns undefined for
 * what it does not read: inline images (binary data inside the stream) and unbalanced syntax,
 * so a caller leaves such a stream exactly as it was.
 */
export function readContentOperations(text: string): ContentOperation[] | undefined {
  const operations: ContentOperation[] = [];
  let operandStart: number | undefined;
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (WHITESPACE.has(char)) {
      at += 1;
      continue;
    }
    if (char === '%') {
      while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at += 1;
      continue;
    }
    const tokenStart = at;
    const end = skipToken(text, at);
    if (end === undefined) return undefined;
    at = end;
    const isKeyword = !DELIMITERS.has(char) && !/^[+\-.\d]/.test(char);
    const word = text.slice(tokenStart, end);
    if (isKeyword && !OPERAND_KEYWORDS.has(word)) {
      if (word === 'BI') return undefined;
      operations.push({ operator: word, start: operandStart ?? tokenStart, end });
      operandStart = undefined;
    } else {
      operandStart ??= tokenStart;
    }
  }
  return operandStart === undefined ? operations : undefined;
}

/** The offset just after the token starting at `at`, or undefined when it does not close. */
function skipToken(text: string, at: number): number | undefined {
  const char = text[at]!;
  if (char === '(') return skipString(text, at);
  if (char === '<') {
    if (text[at + 1] === '<') return at + 2;
    const close = text.indexOf('>', at);
    return close < 0 ? undefined : close + 1;
  }
  if (char === '>') return text[at + 1] === '>' ? at + 2 : undefined;
  if (char === '[' || char === ']' || char === '{' || char === '}') return at + 1;
  let end = at + 1;
  while (end < text.length && !WHITESPACE.has(text[end]!) && !DELIMITERS.has(text[end]!)) end += 1;
  return end;
}

/** A literal string: balanced parentheses, a backslash escapes the next byte. */
function skipString(text: string, at: number): number | undefined {
  let depth = 0;
  for (let index = at; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return index + 1;
  }
  return undefined;
}
