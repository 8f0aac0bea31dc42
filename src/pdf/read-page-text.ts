import type { PDFDict, PDFDocument } from 'pdf-lib';
import { readContentOperations } from './content-stream-operations.js';
import { readStreamText } from './read-stream-text.js';
import { readToUnicode } from './read-to-unicode.js';

type PdfLib = typeof import('pdf-lib');

/** The text a page prints: all of it, and the part outside artifacts (what a reader reads). */
export interface PageText {
  all: string;
  content: string;
}

/** How one font turns the bytes of a string into text. */
interface FontDecoder {
  bytesPerCode: 1 | 2;
  codes: Map<number, string>;
}

/**
 * The text of each page, read from the content streams (and the form XObjects they draw) with
 * each font's ToUnicode map, in the order it is drawn; each text object (BT … ET) is followed
 * by a space. Enough to tell whether a figure was printed whole, with no PDF library beyond
 * pdf-lib: Chromium's PDFs are regular (Type0 fonts with 2-byte codes, one Flate stream per page).
 * A stream or font this cannot read contributes no text, which the audit then reports as missing.
 */
export function readPageTexts(document: PDFDocument, pdfLib: PdfLib): PageText[] {
  const decoders = new Map<PDFDict, FontDecoder>();
  return document.getPages().map((page) => {
    const text: PageText = { all: '', content: '' };
    const contents = page.node.Contents();
    const streams = contents instanceof pdfLib.PDFArray ? contents.asArray().map((each) => document.context.lookup(each)) : [contents];
    const source = streams.map((stream) => (stream instanceof pdfLib.PDFRawStream ? (readStreamText(stream, pdfLib) ?? '') : '')).join('\n');
    readStream(source, page.node.Resources(), false, { document, pdfLib, decoders, text, depth: 0 });
    return text;
  });
}

interface Reading {
  document: PDFDocument;
  pdfLib: PdfLib;
  decoders: Map<PDFDict, FontDecoder>;
  text: PageText;
  depth: number;
}

function readStream(source: string, resources: PDFDict | undefined, inArtifact: boolean, reading: Reading): void {
  const { pdfLib } = reading;
  const operations = readContentOperations(source) ?? [];
  const marked: boolean[] = [];
  let font: FontDecoder | undefined;
  const artifact = () => inArtifact || marked.includes(true);
  const add = (piece: string) => {
    reading.text.all += piece;
    if (!artifact()) reading.text.content += piece;
  };
  for (const { operator, operands } of operations) {
    if (operator === 'BMC' || operator === 'BDC') marked.push(operands[0] === '/Artifact');
    else if (operator === 'EMC') marked.pop();
    else if (operator === 'ET') add(' ');
    else if (operator === 'Tf') font = fontDecoder(resources, operands[0]?.slice(1), reading);
    else if (operator === 'Tj' || operator === "'" || operator === '"' || operator === 'TJ') {
      for (const operand of operands) if (operand.startsWith('(') || (operand.startsWith('<') && operand !== '<<')) add(decodeString(operand, font));
    } else if (operator === 'Do' && reading.depth < 8) {
      const object = lookupIn(resources, 'XObject', operands[0]?.slice(1), reading);
      if (object instanceof pdfLib.PDFRawStream && object.dict.lookup(pdfLib.PDFName.of('Subtype')) === pdfLib.PDFName.of('Form')) {
        const inner = object.dict.lookup(pdfLib.PDFName.of('Resources'));
        reading.depth += 1;
        readStream(readStreamText(object, pdfLib) ?? '', inner instanceof pdfLib.PDFDict ? inner : resources, artifact(), reading);
        reading.depth -= 1;
      }
    }
  }
}

function lookupIn(resources: PDFDict | undefined, category: string, name: string | undefined, { document, pdfLib }: Reading): unknown {
  if (!resources || !name) return undefined;
  const group = resources.lookup(pdfLib.PDFName.of(category));
  return group instanceof pdfLib.PDFDict ? document.context.lookup(group.get(pdfLib.PDFName.of(name))) : undefined;
}

function fontDecoder(resources: PDFDict | undefined, name: string | undefined, reading: Reading): FontDecoder | undefined {
  const { pdfLib, decoders } = reading;
  const font = lookupIn(resources, 'Font', name, reading);
  if (!(font instanceof pdfLib.PDFDict)) return undefined;
  let decoder = decoders.get(font);
  if (!decoder) {
    const map = font.lookup(pdfLib.PDFName.of('ToUnicode'));
    const cmap = map instanceof pdfLib.PDFRawStream ? readStreamText(map, pdfLib) : undefined;
    decoder = { bytesPerCode: font.lookup(pdfLib.PDFName.of('Subtype')) === pdfLib.PDFName.of('Type0') ? 2 : 1, codes: cmap ? readToUnicode(cmap) : new Map() };
    decoders.set(font, decoder);
  }
  return decoder;
}

/** A string operand, <hex> or (literal), as text through the font's map. */
function decodeString(operand: string, font: FontDecoder | undefined): string {
  if (!font) return '';
  const bytes = operand.startsWith('<') ? hexBytes(operand.slice(1, -1)) : literalBytes(operand.slice(1, -1));
  let text = '';
  for (let at = 0; at + font.bytesPerCode <= bytes.length; at += font.bytesPerCode) {
    const code = font.bytesPerCode === 2 ? bytes[at]! * 256 + bytes[at + 1]! : bytes[at]!;
    text += font.codes.get(code) ?? '';
  }
  return text;
}

function hexBytes(hex: string): number[] {
  const digits = hex.replace(/\s+/g, '');
  const padded = digits.length % 2 === 0 ? digits : `${digits}0`;
  return Array.from({ length: padded.length / 2 }, (_, index) => parseInt(padded.slice(index * 2, index * 2 + 2), 16));
}

const ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

function literalBytes(literal: string): number[] {
  const bytes: number[] = [];
  for (let at = 0; at < literal.length; at += 1) {
    const char = literal[at]!;
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const next = literal[++at] ?? '';
    const octal = /^[0-7]{1,3}/.exec(literal.slice(at, at + 3));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      at += octal[0].length - 1;
    } else if (next === '\r' || next === '\n') {
      if (next === '\r' && literal[at + 1] === '\n') at += 1;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
    }
  }
  return bytes;
}
