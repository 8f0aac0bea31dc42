import { describe, expect, it } from 'vitest';
import { auditPrint, countFigures, visibleText } from '../../src/pdf/audit-print.js';
import { readToUnicode } from '../../src/pdf/read-to-unicode.js';

const A4 = { width: 595.28, height: 841.89 };
const HTML =
  '<html><head><title>2025</title><style>p { width: 100px }</style></head><body><p>Some <strong>2,289</strong> persons (49%)</p><td>1,541</td><text>1,541</text></body></html>';

describe('auditPrint', () => {
  it('passes a PDF that prints every figure of the HTML at least as often', () => {
    const pages = [{ all: '1 / 1 Some 2,289 persons (49%) 1,541 1,541', content: 'Some 2,289 persons (49%) 1,541 1,541' }];
    expect(auditPrint({ html: HTML, pages, pageSizes: [A4], expectedPageSize: A4 })).toEqual([]);
  });

  it('names a figure printed fewer times than the HTML holds it', () => {
    const pages = [{ all: 'Some 2,289 persons (49%) 1,541', content: 'Some 2,289 persons (49%) 1,541' }];
    expect(auditPrint({ html: HTML, pages, pageSizes: [A4], expectedPageSize: A4 })).toEqual(['the PDF lacks figures the HTML prints, cut off or clipped: "1,541" (1 of 2)']);
  });

  it('says under which heading a missing figure sits', () => {
    const html = '<body><h2>New arrivals</h2><p>4,022</p><h3>Persons <em>present</em></h3><td>1,130</td></body>';
    const pages = [{ all: 'New arrivals 4,022 Persons present', content: 'New arrivals 4,022 Persons present' }];
    expect(auditPrint({ html, pages, pageSizes: [A4] })).toEqual([
      'the PDF lacks figures the HTML prints, cut off or clipped: "1,130" (0 of 1); look under the heading “Persons present”',
    ]);
  });

  it('does not count the axis labels a chart hides (Vega drops overlapping ones with opacity 0)', () => {
    const html = '<body><p>1,100,000</p><svg><text transform="x" opacity="0">200,000</text><text>400,000</text></svg></body>';
    const pages = [{ all: '1,100,000 400,000', content: '1,100,000 400,000' }];
    expect(auditPrint({ html, pages, pageSizes: [A4] })).toEqual([]);
  });

  it('names a page of the wrong size and a blank page', () => {
    const letter = { width: 612, height: 792 };
    const pages = [
      { all: 'Some 2,289 persons (49%) 1,541 1,541', content: 'Some 2,289 persons (49%) 1,541 1,541' },
      { all: '2 / 2', content: ' ' },
    ];
    expect(auditPrint({ html: HTML, pages, pageSizes: [A4, letter], expectedPageSize: A4 })).toEqual([
      'page 2 is 612 × 792 pt, not the 595 × 842 pt the layout asks for',
      'page 2 is blank',
    ]);
  });
});

describe('the figures of a text', () => {
  it('are whole numbers with separators and percentages, counted', () => {
    expect([...countFigures('11,814 refugees, a 32% decrease; 0.5 and 2024-2025')]).toEqual([
      ['11,814', 1],
      ['32%', 1],
      ['0.5', 1],
      ['2024', 1],
      ['2025', 1],
    ]);
  });

  it('come from the body only, entities decoded, tags apart', () => {
    expect(visibleText(HTML).replace(/\s+/g, ' ').trim()).toBe('Some 2,289 persons (49%) 1,541 1,541');
    expect(visibleText('<body>A&amp;B &#x27;x&#39; &lt;3</body>')).toBe(" A&B 'x' <3");
  });
});

describe('readToUnicode', () => {
  it('reads bfchar pairs and both forms of bfrange, ligatures included', () => {
    const cmap = [
      '2 beginbfchar',
      '<0003> <0020>',
      '<0079> <00B7>',
      'endbfchar',
      '2 beginbfrange',
      '<0013> <0015> <0030>',
      '<00F0> <00F1> [<00660069> <D83DDE00>]',
      'endbfrange',
    ].join('\n');
    const codes = readToUnicode(cmap);
    expect([3, 0x79, 0x13, 0x14, 0x15, 0xf0, 0xf1].map((code) => codes.get(code))).toEqual([' ', '·', '0', '1', '2', 'fi', '😀']);
  });
});
