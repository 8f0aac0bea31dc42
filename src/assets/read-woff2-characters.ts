import { brotliDecompressSync } from 'node:zlib';

/** Table indexes of the WOFF2 known-tag list (W3C WOFF 2.0, §5.1) that matter here. */
const CMAP = 0;
const GLYF = 10;
const LOCA = 11;
const ARBITRARY_TAG = 63;

/**
 * The Unicode code points a WOFF2 font maps to a glyph, read from its `cmap` table.
 *
 * WOFF2 stores all tables in one Brotli stream, in directory order and without padding; only
 * glyf, loca and hmtx may be transformed, never cmap, so the cmap bytes are found by adding up
 * the lengths of the tables before it. Of the cmap subtables, the full-repertoire one (format 12)
 * is read when present, else the Basic Multilingual Plane one (format 4). Anything unexpected
 * throws: a wrong answer here would let text print in a fallback font without a word.
 */
export function readWoff2Characters(font: Uint8Array): Set<number> {
  const bytes = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  if (bytes.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  if (bytes.toString('latin1', 4, 8) === 'ttcf') throw new Error('font collections are not supported');
  const tableCount = bytes.readUInt16BE(12);
  const compressedLength = bytes.readUInt32BE(20);
  const reader = { at: 48 };
  let cmap: { offset: number; length: number } | undefined;
  let offset = 0;
  for (let table = 0; table < tableCount; table += 1) {
    const flags = bytes[reader.at++]!;
    const tagIndex = flags & 0x3f;
    if (tagIndex === ARBITRARY_TAG) reader.at += 4;
    const transform = flags >> 6;
    const originalLength = readBase128(bytes, reader);
    // glyf and loca are transformed unless the version is 3; every other table unless it is 0.
    const transformed = tagIndex === GLYF || tagIndex === LOCA ? transform !== 3 : transform !== 0;
    const length = transformed ? readBase128(bytes, reader) : originalLength;
    if (tagIndex === CMAP) cmap = { offset, length };
    offset += length;
  }
  if (!cmap) throw new Error('the font has no cmap table');
  const tables = brotliDecompressSync(bytes.subarray(reader.at, reader.at + compressedLength));
  if (tables.length !== offset) throw new Error('the font tables do not add up to the stream length');
  return readCmap(tables.subarray(cmap.offset, cmap.offset + cmap.length));
}

function readBase128(bytes: Buffer, reader: { at: number }): number {
  let value = 0;
  for (let index = 0; index < 5; index += 1) {
    const byte = bytes[reader.at++]!;
    if (index === 0 && byte === 0x80) throw new Error('bad UIntBase128 (leading zero)');
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error('bad UIntBase128 (too long)');
}

function readCmap(cmap: Buffer): Set<number> {
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, index) => {
    const record = 4 + index * 8;
    const offset = cmap.readUInt32BE(record + 4);
    return { platform: cmap.readUInt16BE(record), encoding: cmap.readUInt16BE(record + 2), format: cmap.readUInt16BE(offset), offset };
  });
  const unicode = subtables.filter((table) => table.platform === 0 || (table.platform === 3 && (table.encoding === 1 || table.encoding === 10)));
  const full = unicode.find((table) => table.format === 12);
  if (full) return readFormat12(cmap, full.offset);
  const basic = unicode.find((table) => table.format === 4);
  if (basic) return readFormat4(cmap, basic.offset);
  throw new Error('the font has no Unicode cmap of format 4 or 12');
}

function readFormat12(cmap: Buffer, offset: number): Set<number> {
  const characters = new Set<number>();
  const groups = cmap.readUInt32BE(offset + 12);
  for (let group = 0; group < groups; group += 1) {
    const at = offset + 16 + group * 12;
    const first = cmap.readUInt32BE(at);
    const last = cmap.readUInt32BE(at + 4);
    const firstGlyph = cmap.readUInt32BE(at + 8);
    for (let code = first; code <= last; code += 1) if (firstGlyph + code - first !== 0) characters.add(code);
  }
  return characters;
}

function readFormat4(cmap: Buffer, offset: number): Set<number> {
  const characters = new Set<number>();
  const segments = cmap.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const end = cmap.readUInt16BE(ends + segment * 2);
    const start = cmap.readUInt16BE(starts + segment * 2);
    const delta = cmap.readInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      const glyph = rangeOffset === 0 ? (code + delta) & 0xffff : glyphAt(cmap, rangeOffsetAt + rangeOffset + (code - start) * 2, delta);
      if (glyph !== 0) characters.add(code);
    }
  }
  return characters;
}

function glyphAt(cmap: Buffer, at: number, delta: number): number {
  const glyph = cmap.readUInt16BE(at);
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
}
