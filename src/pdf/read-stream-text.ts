import { inflateSync } from 'node:zlib';
import type { PDFRawStream } from 'pdf-lib';

type PdfLib = typeof import('pdf-lib');

/**
 * A stream's bytes as latin1 text (one character per byte, so offsets are byte offsets), if
 * it is unfiltered or Flate-compressed without predictors, as Chromium writes content streams,
 * form XObjects and CMaps; undefined otherwise.
 */
export function readStreamText(stream: PDFRawStream, pdfLib: PdfLib): string | undefined {
  if (stream.dict.has(pdfLib.PDFName.of('DecodeParms'))) return undefined;
  const filter = stream.dict.lookup(pdfLib.PDFName.of('Filter'));
  if (filter === undefined) return Buffer.from(stream.contents).toString('latin1');
  if (filter !== pdfLib.PDFName.of('FlateDecode')) return undefined;
  return inflateSync(stream.contents).toString('latin1');
}
