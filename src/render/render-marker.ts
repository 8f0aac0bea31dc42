import Handlebars from 'handlebars';
import { superscriptFigures } from '../format/superscript-figures.js';

/**
 * A footnote marker as printed: figures become the font's superscript figures ("4" → "⁴"),
 * asterisks stay as they are, and a list of markers ("5,6") keeps a small raised comma
 * between them. The markers are characters, not a shrunken and raised <sup>, so the PDF's
 * text reads "Kosovo⁴" as the editions do, never "Kosovo4" as if it were a figure.
 */
export function renderMarker(marker: unknown): string {
  const text = marker === undefined || marker === null ? '' : String(marker);
  if (text === '') return '';
  const parts = text.split(',').map((part) => Handlebars.escapeExpression(superscriptFigures(part.trim())));
  return `<span class="marker">${parts.join('<span class="marker-comma">,</span>')}</span>`;
}
