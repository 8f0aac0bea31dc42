import { readFile } from 'node:fs/promises';
import { listBrandFontFiles } from '../assets/font-files.js';

let cached: Promise<string> | undefined;

/**
 * @font-face rules with the bundled Lato files inlined as data URLs, so the HTML is
 * self-contained and the printing browser needs no network and no file access. One file per
 * face covers every letter the data may hold (the validation refuses the rest), so no
 * unicode-range is needed.
 */
export function buildInlineFontFaces(): Promise<string> {
  cached ??= Promise.all(
    listBrandFontFiles().map(async (font) => {
      const data = (await readFile(font.file)).toString('base64');
      return (
        `@font-face{font-family:'${font.family}';font-style:${font.style};font-weight:${font.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${data}) format('woff2');}`
      );
    }),
  ).then((rules) => rules.join('\n'));
  return cached;
}
