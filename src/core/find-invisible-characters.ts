/**
 * Characters that print as nothing yet change the text: control characters, format characters
 * (zero-width spaces and joiners, soft hyphens, byte-order marks, the marks and overrides that
 * set the direction of text) and line or paragraph separators. Tabs and line breaks are plain
 * white space in YAML text and are left alone.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u034f]/u;
const WHITE_SPACE = new Set(['\t', '\n', '\r']);

/** Whether a character is invisible in print (see above). */
export function isInvisible(character: string): boolean {
  return !WHITE_SPACE.has(character) && INVISIBLE.test(character);
}

/**
 * The invisible characters of `text`, each once, in order. Pasted from a web page or a word
 * processor they go unseen, and print as nothing or worse: a right-to-left mark around a dash
 * printed "2024-2025" as "20242025-".
 */
export function findInvisibleCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text) if (isInvisible(character)) found.add(character);
  return [...found];
}

/** "U+200F": how an invisible character is named, since quoting it would show nothing (or reorder the message). */
export function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
