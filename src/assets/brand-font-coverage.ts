import { readFileSync } from 'node:fs';
import { listBrandFontFiles } from './font-files.js';
import { readWoff2Characters } from './read-woff2-characters.js';

let covered: Set<number> | undefined;

/** Text that every font has: printable ASCII, tabs and line breaks. */
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;
/** Control characters: fonts may map them (Lato maps U+0000), but nothing prints them. */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
/** Characters that show nothing, or rearrange what follows, when quoted in a message. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]|[^\S ]/u;

/**
 * The characters of `text` that the bundled Lato cannot draw in every face the templates use,
 * each once, in the order they appear. Chromium would print them in some system font (or as
 * an empty box) without a word, so the data validation refuses them. A letter counts only if
 * its capital and small forms print too, since labels are set in capitals by the style sheet.
 * Tabs and line breaks need no glyph; the fonts are read only when the text goes beyond ASCII.
 */
export function findCharactersWithoutGlyph(text: string): string[] {
  if (PLAIN_ASCII.test(text)) return [];
  const missing = new Set<string>();
  for (const character of text) {
    if (character === '\t' || character === '\n' || character === '\r') continue;
    if (CONTROL.test(character) || !hasGlyph(character) || !hasGlyph(character.toUpperCase()) || !hasGlyph(character.toLowerCase())) missing.add(character);
  }
  return [...missing];
}

/**
 * How a refused character is named in a message: itself and its code point, or only the code
 * point when it is invisible; and the capital or small form at fault when it is not itself.
 */
export function describeCharacter(character: string): string {
  const named = (each: string) => (INVISIBLE.test(each) ? `the invisible character ${codePoint(each)}` : `"${each}" (${codePoint(each)})`);
  if (CONTROL.test(character) || !hasGlyph(character)) return named(character);
  const upper = character.toUpperCase();
  return hasGlyph(upper) ? `${named(character)}, whose small form "${character.toLowerCase()}" it lacks` : `${named(character)}, whose capital "${upper}" (${codePoint(upper)}) it lacks, for labels set in capitals`;
}

function hasGlyph(text: string): boolean {
  covered ??= readCoverage();
  for (const character of text) if (!covered.has(character.codePointAt(0)!)) return false;
  return true;
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The characters every bundled face maps to a glyph (the faces of Lato 2.0 agree, but check). */
function readCoverage(): Set<number> {
  const [first, ...rest] = listBrandFontFiles().map((font) => readWoff2Characters(readFileSync(font.file)));
  return new Set([...first!].filter((code) => rest.every((face) => face.has(code))));
}
