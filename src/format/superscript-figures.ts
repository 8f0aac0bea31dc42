/** The superscript figures, U+2070 to U+2079 (¹ ² ³ sit in Latin-1); Lato 2.0 draws them all. */
const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** A footnote marker's figures as the font's superscript figures ("4" → "⁴"); asterisks and commas stay. */
export function superscriptFigures(marker: string): string {
  return marker.replace(/[0-9]/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)]!);
}
