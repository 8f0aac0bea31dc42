import { createRequire } from 'node:module';
import path from 'node:path';

/** One bundled font file: the family, weight and style it provides, and where @fontsource put it. */
export interface FontFile {
  family: string;
  weight: 400 | 700 | 900;
  style: 'normal' | 'italic';
  /** Unicode range subset, as @fontsource splits Lato. */
  subset: 'latin' | 'latin-ext';
  file: string;
}

/** The family every chart and page uses; Lato is UNHCR's brand font and ships in npm. */
export const BRAND_FONT_FAMILY = 'Lato';

/** The CSS unicode ranges of @fontsource's subsets, so the browser picks the right file per glyph. */
export const SUBSET_UNICODE_RANGES: Readonly<Record<FontFile['subset'], string>> = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
};

const require = createRequire(import.meta.url);

/** The Lato files the reports embed: regular, italic, bold and black, in both subsets. */
export function listBrandFontFiles(): FontFile[] {
  const folder = path.join(path.dirname(require.resolve('@fontsource/lato/package.json')), 'files');
  const variants: Array<Pick<FontFile, 'weight' | 'style'>> = [
    { weight: 400, style: 'normal' },
    { weight: 400, style: 'italic' },
    { weight: 700, style: 'normal' },
    { weight: 900, style: 'normal' },
  ];
  return variants.flatMap((variant) =>
    (['latin', 'latin-ext'] as const).map((subset) => ({
      family: BRAND_FONT_FAMILY,
      ...variant,
      subset,
      file: path.join(folder, `lato-${subset}-${variant.weight}-${variant.style}.woff2`),
    })),
  );
}
