import { describe, expect, it } from 'vitest';
import { readContentOperations } from '../../src/pdf/content-stream-operations.js';
import { findUntaggedPieces } from '../../src/pdf/mark-artifacts.js';

/** A page as Chromium writes one: a footer outside marked content, then tagged text, then decoration. */
const STREAM = [
  'BT /F4 9.33 Tf 1 0 0 -1 727 1095 Tm <0014> Tj ET',
  '/P <</MCID 0 >>BDC BT (Tagged \\) EMC \\(BT) Tj ET EMC',
  '0 0 761 86 re f',
  '0 0 5 5 re W* n',
  '/Im1 Do',
  '/Span <</MCID 1>> BDC 1 0 0 RG 0 0 m 10 10 l S EMC',
  'BT [(one) -20 (two)] TJ ET',
].join('\n');

describe('readContentOperations', () => {
  it('reads operators with their operands, across strings holding parentheses and operator names', () => {
    const operations = readContentOperations(STREAM)!;
    expect(operations.map((operation) => operation.operator)).toEqual([
      'BT',
      'Tf',
      'Tm',
      'Tj',
      'ET',
      'BDC',
      'BT',
      'Tj',
      'ET',
      'EMC',
      're',
      'f',
      're',
      'W*',
      'n',
      'Do',
      'BDC',
      'RG',
      'm',
      'l',
      'S',
      'EMC',
      'BT',
      'TJ',
      'ET',
    ]);
    const tagged = operations[7]!;
    expect(STREAM.slice(tagged.start, tagged.end)).toBe('(Tagged \\) EMC \\(BT) Tj');
  });

  it('gives up on what it does not read: inline images and unclosed strings', () => {
    expect(readContentOperations('q BI /W 1 /H 1 ID x EI Q')).toBeUndefined();
    expect(readContentOperations('BT (open Tj ET')).toBeUndefined();
  });
});

describe('findUntaggedPieces', () => {
  it('finds the painted content outside marked content, whole text objects included', () => {
    const pieces = findUntaggedPieces(readContentOperations(STREAM)!)!;
    expect(pieces.map(([start, end]) => STREAM.slice(start, end))).toEqual([
      'BT /F4 9.33 Tf 1 0 0 -1 727 1095 Tm <0014> Tj ET',
      '0 0 761 86 re f',
      '/Im1 Do',
      'BT [(one) -20 (two)] TJ ET',
    ]);
  });

  it('leaves text objects with marked content inside alone, and refuses unbalanced marked content', () => {
    expect(findUntaggedPieces(readContentOperations('BT /Span <</MCID 0>> BDC (a) Tj EMC ET')!)).toEqual([]);
    expect(findUntaggedPieces(readContentOperations('EMC BT (a) Tj ET')!)).toBeUndefined();
    expect(findUntaggedPieces(readContentOperations('/P BMC BT (a) Tj ET')!)).toBeUndefined();
  });
});
