import { deflateSync } from 'node:zlib';
import type { PDFDocument } from 'pdf-lib';
import { readContentOperations, type ContentOperation } from './content-stream-operations.js';
import { readStreamText } from './read-stream-text.js';

type PdfLib = typeof import('pdf-lib');

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);

/**
 * Marks what Chromium prints outside the structure tree as /Artifact, page by page.
 *
 * Chromium tags every element it maps to the accessibility tree and writes everything else
 * (the page-margin boxes with the running title and page numbers, aria-hidden chart legends,
 * CSS-generated separators, some borders) as content that is neither tagged nor an artifact.
 * A tagged PDF must say which of the two each piece of content is (PDF/UA-1, 7.1), and screen
 * readers and checkers otherwise meet text with no place in the reading order. Each painted
 * piece outside any marked-content sequence (a text object, a painted path, an XObject or a
 * shading) is wrapped in `/Artifact BMC … EMC`; nothing tagged is touched. A stream this code
 * cannot read is left as it was. Returns how many pieces were marked.
 */
export function markUntaggedContentAsArtifacts(document: PDFDocument, pdfLib: PdfLib): number {
  let marked = 0;
  for (const page of document.getPages()) {
    const contents = page.node.get(pdfLib.PDFName.of('Contents'));
    if (!(contents instanceof pdfLib.PDFRef)) continue;
    const stream = document.context.lookup(contents);
    if (!(stream instanceof pdfLib.PDFRawStream)) continue;
    const text = readStreamText(stream, pdfLib);
    if (text === undefined) continue;
    const operations = readContentOperations(text);
    const pieces = operations && findUntaggedPieces(operations);
    if (!pieces || pieces.length === 0) continue;
    const wrapped = Buffer.from(wrapPieces(text, pieces), 'latin1');
    document.context.assign(contents, document.context.stream(deflateSync(wrapped), { Filter: 'FlateDecode' }));
    marked += pieces.length;
  }
  return marked;
}

/**
 * The [start, end) ranges of painted content at marked-content depth 0. A text object counts
 * whole (a marked-content sequence may not cross BT/ET), unless it has marked content inside.
 */
export function findUntaggedPieces(operations: readonly ContentOperation[]): Array<[number, number]> | undefined {
  const pieces: Array<[number, number]> = [];
  let depth = 0;
  let text: { start: number; shows: boolean; tagged: boolean } | undefined;
  let pathStart: number | undefined;
  for (const { operator, start, end } of operations) {
    if (operator === 'BDC' || operator === 'BMC') {
      depth += 1;
      if (text) text.tagged = true;
    } else if (operator === 'EMC') {
      if (--depth < 0) return undefined;
    } else if (operator === 'BT') {
      text = { start, shows: false, tagged: depth > 0 };
    } else if (operator === 'ET') {
      if (text && !text.tagged && text.shows && depth === 0) pieces.push([text.start, end]);
      text = undefined;
    } else if (text) {
      if (TEXT_SHOWING.has(operator)) text.shows = true;
    } else if (depth > 0) {
      continue;
    } else if (PATH_CONSTRUCTION.has(operator)) {
      pathStart ??= start;
    } else if (PATH_PAINTING.has(operator)) {
      pieces.push([pathStart ?? start, end]);
      pathStart = undefined;
    } else if (operator === 'n') {
      pathStart = undefined;
    } else if (operator === 'Do' || operator === 'sh') {
      pieces.push([start, end]);
    }
  }
  return depth === 0 && !text ? pieces : undefined;
}

function wrapPieces(text: string, pieces: ReadonlyArray<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of pieces) {
    parts.push(text.slice(at, start), '/Artifact BMC\n', text.slice(start, end), '\nEMC');
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
