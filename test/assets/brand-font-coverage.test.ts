import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCharacter, findCharactersWithoutGlyph } from '../../src/assets/brand-font-coverage.js';
import { listBrandFontFiles } from '../../src/assets/font-files.js';
import { codePointOf, findInvisibleCharacters } from '../../src/core/find-invisible-characters.js';
import { readWoff2Characters } from '../../src/assets/read-woff2-characters.js';

/**
 * What the bundled Lato draws, checked against facts read with fontconfig's `fc-query` on the
 * same files (2026-11-27): Lato 2.0 maps 20-7e, a0-36f (Latin-1, Extended-A and B), 3d0-486 and
 * 488-513 (Cyrillic), 2070-2071 and 2074-2094 (superscripts), 2190-2199 (arrows); it has no
 * emoji, no Arabic and no Han.
 */
const DRAWN = 'čČćĆđĐšŠžŽǆǅǉǈǌǋëËçÇśźЂђЋћЉљЊњЏџЈјЃѓЌќЅѕПрешевоГевгелија↑↓¹²³⁴⁵⁶⁷⁸⁹⁰–—‘’“”…€';
const NOT_DRAWN = ['😀', 'ا', '中', '\u{1F1F7}'];

describe('the bundled Lato faces, read from their cmap', () => {
  it.each(listBrandFontFiles().map((font) => [`${font.weight} ${font.style}`, font.file]))('%s draws every letter of the region and no emoji', (_, file) => {
    const characters = readWoff2Characters(readFileSync(file));
    for (const character of DRAWN) expect(characters.has(character.codePointAt(0)!), character).toBe(true);
    for (const character of NOT_DRAWN) expect(characters.has(character.codePointAt(0)!), character).toBe(false);
    expect(characters.size).toBe(2164);
  });

  it('refuses a file that is not WOFF2', () => {
    expect(() => readWoff2Characters(Buffer.from('wOFFxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'))).toThrow(/not a WOFF2 font/);
  });
});

describe('findCharactersWithoutGlyph', () => {
  it("finds nothing in the region's words, tabs and line breaks", () => {
    expect(findCharactersWithoutGlyph('Čapljina, Bogovađa, Šid, Прешево, Гевгелија, Gjakovë')).toEqual([]);
    expect(findCharactersWithoutGlyph(DRAWN)).toEqual([]);
    expect(findCharactersWithoutGlyph('line one\n\tline two\r\n')).toEqual([]);
  });

  it('names each character Lato lacks once, in order of appearance', () => {
    expect(findCharactersWithoutGlyph('Šid 😀 中 😀 ok')).toEqual(['😀', '中']);
  });

  it('refuses a letter whose capital Lato lacks, since labels print in capitals', () => {
    // U+0250 (turned a) is in Lato 2.0; its capital U+2C6F is not (fc-query: 2c60-2c6c).
    expect(findCharactersWithoutGlyph('(\u0250)')).toEqual(['\u0250']);
    expect(describeCharacter('\u0250')).toBe('"\u0250" (U+0250), whose capital "\u2C6F" (U+2C6F) it lacks, for labels set in capitals');
  });

  it('leaves invisible characters to their own check, even U+0000 that Lato maps to a glyph', () => {
    expect(findCharactersWithoutGlyph('bell \u0007, nul \0, mark \u200f')).toEqual([]);
    expect(describeCharacter('😀')).toBe('"😀" (U+1F600)');
  });
});

describe('findInvisibleCharacters', () => {
  it('finds controls, zero-width and direction characters, each once, and names them by code point', () => {
    const text = 'bell \u0007 nul \0 Period 2024\u200f-\u200f2025 \u200b\u00ad\u034f\u2028 next line \u0085';
    expect(findInvisibleCharacters(text).map(codePointOf)).toEqual(['U+0007', 'U+0000', 'U+200F', 'U+200B', 'U+00AD', 'U+034F', 'U+2028', 'U+0085']);
  });

  it('leaves tabs, line breaks and ordinary or no-break spaces alone', () => {
    expect(findInvisibleCharacters('a\tb\nc\r\nd e\u00a0f')).toEqual([]);
  });
});
