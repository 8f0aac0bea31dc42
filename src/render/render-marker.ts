import Handlebars from 'handlebars';

/** The superscript figures, U+2070 to U+2079 (¹ ² ³ sit in Latin-1); Lato 2.0 draws them all. */
const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/**
 * A footnote marker as printed: figures become the font's superscript figures ("4" → "⁴"),
 * asterisks stay as they are, and a list of markers ("5,6") keeps a small raised comma
 * between them. The markers are characters, not a shrunken and raised <sup>, so the PDF's
 * text reads "Kosovo⁴" as the editions do, never "Kosovo4" as if it were a figure.
 */
export function renderMarker(marker: unknown): string {
  const text = marker === undefined || marker === null ? '' : String(marker);
  if (text === '') return '';
  const parts = text.split(',').map((part) => Handlebars.escapeExpression(part.trim().replace(/[0-9]/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)]!)));
  return `<span class="marker">${parts.join('<span class="marker-comma">,</span>')}</span>`;
}
