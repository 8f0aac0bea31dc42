import { describe, expect, it } from 'vitest';
import { stabilizePdfIds } from '../../src/pdf/stable-pdf-ids.js';

/** The shape of Chromium's tagged output: two table headers, cells naming them, and the ID tree leaf. */
function taggedPdf(first: string, second: string): string {
  return [
    '%PDF-1.4',
    '80 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node' + first + ')>>\nendobj',
    '82 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node' + second + ')>>\nendobj',
    '90 0 obj\n<</Type /StructElem\n/S /TD\n/A [<</O /Table\n/Headers [(node' + second + ')]>>]>>\nendobj',
    '251 0 obj\n<</Limits [(node' +
      [first, second].sort()[0] +
      ') (node' +
      [first, second].sort()[1] +
      ')]\n/Names [' +
      [
        [first, '80 0 R'],
        [second, '82 0 R'],
      ]
        .sort((a, b) => Number(a[0]) - Number(b[0]))
        .map(([key, ref]) => `(node${key}) ${ref}`)
        .join(' ') +
      ']>>\nendobj',
    'trailer\n<</Size 3>>\n%%EOF',
  ].join('\n');
}

const stabilized = (text: string) => Buffer.from(stabilizePdfIds(Buffer.from(text, 'latin1'))).toString('latin1');

describe('stabilizePdfIds', () => {
  it('gives the same bytes whatever node numbers Chromium handed out, in whatever order', () => {
    const alone = stabilized(taggedPdf('00000189', '00000006'));
    const besideOthers = stabilized(taggedPdf('00000131', '00000133'));
    expect(besideOthers).toBe(alone);
  });

  it('numbers the ids in element order, keeps cross references, and re-sorts the ID tree', () => {
    const input = taggedPdf('00000189', '00000006');
    const output = stabilized(input);
    expect(output.length).toBe(input.length);
    expect(output).toContain('80 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node00000001)>>');
    expect(output).toContain('82 0 obj\n<</Type /StructElem\n/S /TH\n/ID (node00000002)>>');
    expect(output).toContain('/Headers [(node00000002)]');
    expect(output).toContain('/Limits [(node00000001) (node00000002)]\n/Names [(node00000001) 80 0 R (node00000002) 82 0 R]');
  });

  it('leaves a PDF without tagged ids as it is', () => {
    const plain = '%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\ntrailer\n<</Size 2>>\n%%EOF';
    expect(stabilized(plain)).toBe(plain);
  });
});
