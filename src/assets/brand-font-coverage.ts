import { readFileSync } from 'node:fs';
import { codePointOf, isInvisible } from '../core/find-invisible-characters.js';
import { listBrandFontFiles } from './font-files.js';
import { readWoff2Characters } from './read-woff2-characters.js';

let covered: Set<number> | undefined;

/** Text that every font has: printable ASCII, tabs and line breaks. */
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/**
 * The visible characters of `text` that the bundled Lato cannot draw in every face the
 * templates use, each once, in the order they appear. Chromium would print them in some system
 * font (or as an empty box) without a word, so the data validation refuses them. A letter
 * counts only if its capital and small forms print too, since labels are set in capitals by
 * the style sheet. Invisible characters are another check's business. The fonts are read only
 * when the text goes beyond ASCII.
 */
export function findCharactersWithoutGlyph(text: string): string[] {
  if (PLAIN_ASCII.test(text)) return [];
  const missing = new Set<string>();
  for (const character of text) {
    // Tabs and line breaks are white space (a folded YAML block ends with one), not glyphs.
    if (isInvisible(character) || character === '\t' || character === '\n' || character === '\r') continue;
    if (!hasGlyph(character) || !hasGlyph(character.toUpperCase()) || !hasGlyph(character.toLowerCase())) missing.add(character);
  }
  return [...missing];
}

/** How a refused character is named in a message: itself and its code point, and the capital or small form at fault when it is not itself. */
export function describeCharacter(character: string): string {
  const named = (each: string) => `"${each}" (${codePointOf(each)})`;
  if (!hasGlyph(character)) return named(character);
  const upper = character.toUpperCase();
  return hasGlyph(upper)
    ? `${named(character)}, whose small form "${character.toLowerCase()}" it lacks`
    : `${named(character)}, whose capital "${upper}" (${codePointOf(upper)}) it lacks, for labels set in capitals`;
}

function hasGlyph(text: string): boolean {
  covered ??= readCoverage();
  for (const character of text) if (!covered.has(character.codePointAt(0)!)) return false;
  return true;
}

/** The characters every bundled face maps to a glyph (the faces of Lato 2.0 agree, but check). */
function readCoverage(): Set<number> {
  const [first, ...rest] = listBrandFontFiles().map((font) => readWoff2Characters(readFileSync(font.file)));
  return new Set([...first!].filter((code) => rest.every((face) => face.has(code))));
}
