import * as pdfLib from 'pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { stabilizeStructureIds } from '../../src/pdf/stable-pdf-ids.js';

/**
 * The shape of Chromium's tagged output, built with pdf-lib: a table whose two header cells carry
 * ids named after DOM nodes, a data cell naming the second header, and the ID tree, as one leaf
 * under the root or spread over two leaves.
 */
function taggedDocument(first: string, second: string, leaves: 1 | 2 = 1) {
  const document = PDFDocument.create({ updateMetadata: false });
  return document.then((doc) => {
    const context = doc.context;
    const element = (entries: Record<string, unknown>) => context.register(context.obj(entries as never));
    const root = context.obj({ Type: 'StructTreeRoot' }) as PDFDict;
    const rootRef = context.register(root);
    const table = context.obj({ Type: 'StructElem', S: 'Table', P: rootRef }) as PDFDict;
    const tableRef = context.register(table);
    const header = (id: string) => element({ Type: 'StructElem', S: 'TH', P: tableRef, ID: PDFString.of(`node${id}`) });
    const [firstHeader, secondHeader] = [header(first), header(second)];
    const cell = element({ Type: 'StructElem', S: 'TD', P: tableRef, A: [{ O: 'Table', Headers: [PDFString.of(`node${second}`)] }] });
    table.set(PDFName.of('K'), context.obj([firstHeader, secondHeader, cell]));
    root.set(PDFName.of('K'), tableRef);
    const pairs = [
      [first, firstHeader],
      [second, secondHeader],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))) as Array<[string, PDFRef]>;
    const leaf = (entries: Array<[string, PDFRef]>) =>
      element({
        Limits: [PDFString.of(`node${entries[0]![0]}`), PDFString.of(`node${entries.at(-1)![0]}`)],
        Names: entries.flatMap(([key, ref]) => [PDFString.of(`node${key}`), ref]),
      });
    const kids = leaves === 1 ? [leaf(pairs)] : [leaf(pairs.slice(0, 1)), leaf(pairs.slice(1))];
    root.set(PDFName.of('IDTree'), element({ Kids: kids }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    return { doc, root, firstHeader, secondHeader, cell };
  });
}

async function stabilizedBytes(first: string, second: string, leaves: 1 | 2 = 1): Promise<string> {
  const { doc } = await taggedDocument(first, second, leaves);
  stabilizeStructureIds(doc, pdfLib);
  return Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
}

/** The ID tree's pairs, read back: key and the object number it points to. */
function idTreePairs(root: PDFDict): Array<[string, number]> {
  const tree = root.lookup(PDFName.of('IDTree'), PDFDict);
  const direct = tree.lookup(PDFName.of('Names'));
  const leaves =
    direct instanceof PDFArray
      ? [tree]
      : tree
          .lookup(PDFName.of('Kids'), PDFArray)
          .asArray()
          .map((kid) => root.context.lookup(kid, PDFDict));
  return leaves.flatMap((leaf) => {
    const names = leaf.lookup(PDFName.of('Names'), PDFArray).asArray();
    return names.flatMap((key, index) => (index % 2 === 0 ? [[(key as PDFString).decodeText(), (names[index + 1] as PDFRef).objectNumber] as [string, number]] : []));
  });
}

describe('stabilizeStructureIds', () => {
  it('gives the same bytes whatever node numbers Chromium handed out, in whatever order', async () => {
    const alone = await stabilizedBytes('00000189', '00000006');
    expect(await stabilizedBytes('00000131', '00000133')).toBe(alone);
    // Old numbers that are also new ones, swapped: each id is renamed once, not twice.
    expect(await stabilizedBytes('00000002', '00000001')).toBe(alone);
  });

  it('numbers the ids in reading order everywhere they occur and puts the ID tree back in key order', async () => {
    const { doc, root, firstHeader, secondHeader, cell } = await taggedDocument('00000189', '00000006');
    expect(stabilizeStructureIds(doc, pdfLib)).toBe(2);
    const idOf = (ref: PDFRef) => doc.context.lookup(ref, PDFDict).lookup(PDFName.of('ID'), PDFString).decodeText();
    expect(idOf(firstHeader)).toBe('node00000001');
    expect(idOf(secondHeader)).toBe('node00000002');
    expect(doc.context.lookup(cell, PDFDict).toString()).toContain('/Headers [ (node00000002) ]');
    expect(idTreePairs(root)).toEqual([
      ['node00000001', firstHeader.objectNumber],
      ['node00000002', secondHeader.objectNumber],
    ]);
    const leaf = doc.context.lookup(root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Kids'), PDFArray).get(0), PDFDict);
    expect(leaf.lookup(PDFName.of('Limits'))!.toString()).toBe('[ (node00000001) (node00000002) ]');
  });

  it('rebuilds an ID tree spread over several leaves, so every id still finds its element', async () => {
    // 00000189 sorts after 00000006 before renaming and before it after: the two leaves' ranges cross.
    const { doc, root, firstHeader, secondHeader } = await taggedDocument('00000189', '00000006', 2);
    stabilizeStructureIds(doc, pdfLib);
    expect(idTreePairs(root)).toEqual([
      ['node00000001', firstHeader.objectNumber],
      ['node00000002', secondHeader.objectNumber],
    ]);
    expect(await stabilizedBytes('00000131', '00000133', 2)).toBe(await stabilizedBytes('00000189', '00000006', 2));
  });

  it('leaves a PDF without a structure tree as it is', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    const before = Buffer.from(await doc.save()).toString('latin1');
    expect(stabilizeStructureIds(doc, pdfLib)).toBe(0);
    expect(Buffer.from(await doc.save()).toString('latin1')).toBe(before);
  });
});
