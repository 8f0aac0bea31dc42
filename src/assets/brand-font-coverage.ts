import { readFileSync } from 'node:fs';
import { listBrandFontFiles } from './font-files.js';
import { readWoff2Characters } from './read-woff2-characters.js';

let covered: Set<number> | undefined;

/** Text that every font has: printable ASCII, tabs and line breaks. */
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/**
 * The characters of `text` that the bundled Lato cannot draw in every face the templates use,
 * each once, in the order they appear. Chromium would print them in some system font (or as
 * an empty box) without a word, so the data validation refuses them. Tabs and line breaks
 * need no glyph. The fonts are read only when the text goes beyond ASCII.
 */
export function findCharactersWithoutGlyph(text: string): string[] {
  if (PLAIN_ASCII.test(text)) return [];
  covered ??= readCoverage();
  const missing = new Set<string>();
  for (const character of text) {
    if (character === '\t' || character === '\n' || character === '\r') continue;
    if (!covered.has(character.codePointAt(0)!)) missing.add(character);
  }
  return [...missing];
}

/** The characters every bundled face maps to a glyph (the faces of Lato 2.0 agree, but check). */
function readCoverage(): Set<number> {
  const [first, ...rest] = listBrandFontFiles().map((font) => readWoff2Characters(readFileSync(font.file)));
  return new Set([...first!].filter((code) => rest.every((face) => face.has(code))));
}

/** "😀" (U+1F600): how a character is named in a message, visible even when it is invisible. */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `${JSON.stringify(character)} (U+${code})`;
}
