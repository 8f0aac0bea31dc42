import { createRequire } from 'node:module';
import path from 'node:path';

/** One bundled font file: the family, weight and style it provides, and where it is on disk. */
export interface FontFile {
  family: string;
  weight: 400 | 700 | 900;
  style: 'normal' | 'italic';
  file: string;
}

/** The family every chart and page uses; Lato is UNHCR's brand font and ships in npm. */
export const BRAND_FONT_FAMILY = 'Lato';

/**
 * The faces the templates use: body text (400), its italic (the IOM citation), bold (700:
 * headings, <strong>) and black (900: key figures, <strong> inside a bold heading).
 * `lato-font` names them by folder; each file holds the whole of Lato 2.0.
 */
const FACES: ReadonlyArray<Pick<FontFile, 'weight' | 'style'> & { folder: string }> = [
  { weight: 400, style: 'normal', folder: 'lato-normal' },
  { weight: 400, style: 'italic', folder: 'lato-normal-italic' },
  { weight: 700, style: 'normal', folder: 'lato-bold' },
  { weight: 900, style: 'normal', folder: 'lato-black' },
];

const require = createRequire(import.meta.url);

/**
 * The Lato files the reports embed and the charts are measured with. They come from the npm
 * package `lato-font`, which is Lato 2.0: unlike Google Fonts' Lato 1 it draws all of Latin
 * Extended-A and B (č ć đ š ž, ǆ ǉ ǌ), Cyrillic with the Macedonian and Serbian letters, the
 * arrows and the superscript figures, so no letter of the region falls back to a system font.
 */
export function listBrandFontFiles(): FontFile[] {
  const fonts = path.join(path.dirname(require.resolve('lato-font/package.json')), 'fonts');
  return FACES.map(({ weight, style, folder }) => ({
    family: BRAND_FONT_FAMILY,
    weight,
    style,
    file: path.join(fonts, folder, `${folder}.woff2`),
  }));
}
