import type { PDFArray, PDFDict, PDFDocument, PDFObject } from 'pdf-lib';

type PdfLib = typeof import('pdf-lib');

/** Chromium's ids of structure elements: "node" and the DOM node's number. */
const NODE_ID = /^node(\d+)$/;

/**
 * Makes the identifiers Chromium writes into a tagged PDF depend only on the document.
 *
 * Chromium names table-header structure elements after DOM node ids ("node00000189"). Blink
 * hands those out lazily, in an order that changes when pages print side by side (--jobs), so
 * the same report came out with other ids in a range than alone. Here, on pdf-lib's objects
 * before the document is saved, the ids are renumbered in the order of the structure tree
 * (depth first, the reading order), everywhere they occur (the elements' /ID, the table cells'
 * /Headers), and the ID tree is rebuilt in key order, whatever number of leaves Chromium gave
 * it. Returns how many ids were renamed.
 */
export function stabilizeStructureIds(document: PDFDocument, pdfLib: PdfLib): number {
  const root = document.catalog.lookup(pdfLib.PDFName.of('StructTreeRoot'));
  if (!(root instanceof pdfLib.PDFDict)) return 0;
  const renamed = idsInTreeOrder(root, pdfLib);
  if (renamed.size === 0) return 0;
  // The ID tree's keys are renamed with the rest, once; then its list is put back in key order.
  for (const [, object] of document.context.enumerateIndirectObjects()) renameStrings(object, renamed, pdfLib);
  sortIdTree(root, pdfLib);
  return renamed.size;
}

/** Each element id, old to new, numbered in the order of the structure tree; the width kept. */
function idsInTreeOrder(root: PDFDict, pdfLib: PdfLib): Map<string, string> {
  const renamed = new Map<string, string>();
  const seen = new Set<PDFObject>();
  const visit = (node: PDFObject | undefined): void => {
    const element = node instanceof pdfLib.PDFRef ? root.context.lookup(node) : node;
    if (!element || seen.has(element)) return;
    seen.add(element);
    if (element instanceof pdfLib.PDFArray) return element.asArray().forEach(visit);
    if (!(element instanceof pdfLib.PDFDict)) return;
    const digits = NODE_ID.exec(textOf(element.lookup(pdfLib.PDFName.of('ID')), pdfLib) ?? '')?.[1];
    if (digits !== undefined && !renamed.has(`node${digits}`)) renamed.set(`node${digits}`, `node${String(renamed.size + 1).padStart(digits.length, '0')}`);
    visit(element.get(pdfLib.PDFName.of('K')));
  };
  visit(root.get(pdfLib.PDFName.of('K')));
  return renamed;
}

/** Replaces each renamed id in an object and the direct objects inside it (a stream's dictionary too). */
function renameStrings(object: PDFObject, renamed: ReadonlyMap<string, string>, pdfLib: PdfLib): void {
  const replacement = (value: PDFObject): PDFObject | undefined => {
    const text = textOf(value, pdfLib);
    const next = text === undefined ? undefined : renamed.get(text);
    if (next !== undefined) return pdfLib.PDFString.of(next);
    renameStrings(value, renamed, pdfLib);
    return undefined;
  };
  if (object instanceof pdfLib.PDFDict) {
    for (const [key, value] of object.entries()) {
      const next = replacement(value);
      if (next) object.set(key, next);
    }
  } else if (object instanceof pdfLib.PDFArray) {
    object.asArray().forEach((value, index) => {
      const next = replacement(value);
      if (next) object.set(index, next);
    });
  } else if (object instanceof pdfLib.PDFStream) {
    renameStrings(object.dict, renamed, pdfLib);
  }
}

/**
 * The ID tree in key order: a lone leaf under the root when Chromium
 * wrote one (kept in place, its /Limits updated), the root's own /Names list otherwise.
 */
function sortIdTree(root: PDFDict, pdfLib: PdfLib): void {
  const tree = root.lookup(pdfLib.PDFName.of('IDTree'));
  if (!(tree instanceof pdfLib.PDFDict)) return;
  const leaves = nameTreeLeaves(tree, pdfLib);
  const pairs = leaves.flatMap((leaf) => {
    const names = leaf.lookup(pdfLib.PDFName.of('Names'), pdfLib.PDFArray).asArray();
    return names.flatMap((key, index) => (index % 2 === 0 && names[index + 1] ? [{ key: textOf(key, pdfLib) ?? '', value: names[index + 1]! }] : []));
  });
  const sorted = pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const names = pdfLib.PDFArray.withContext(root.context);
  for (const { key, value } of sorted) {
    names.push(pdfLib.PDFString.of(key));
    names.push(value);
  }
  // A lone leaf right under the root keeps its place; any other shape becomes the root's own list.
  const kids = tree.lookup(pdfLib.PDFName.of('Kids'));
  const direct = kids instanceof pdfLib.PDFArray ? kidsOf(kids, tree, pdfLib) : [];
  const single = leaves.length === 1 && direct.length === 1 && direct[0] === leaves[0] ? leaves[0]! : tree;
  single.set(pdfLib.PDFName.of('Names'), names);
  if (single === tree) {
    if (kids instanceof pdfLib.PDFArray) deleteNodes(kids, tree, pdfLib);
    tree.delete(pdfLib.PDFName.of('Kids'));
  } else if (sorted.length > 0) {
    const limits = pdfLib.PDFArray.withContext(root.context);
    limits.push(pdfLib.PDFString.of(sorted[0]!.key));
    limits.push(pdfLib.PDFString.of(sorted.at(-1)!.key));
    single.set(pdfLib.PDFName.of('Limits'), limits);
  }
}

/** The leaves of a name tree (nodes with /Names), left to right. */
function nameTreeLeaves(node: PDFDict, pdfLib: PdfLib, seen = new Set<PDFDict>()): PDFDict[] {
  if (seen.has(node)) return [];
  seen.add(node);
  if (node.lookup(pdfLib.PDFName.of('Names')) instanceof pdfLib.PDFArray) return [node];
  const kids = node.lookup(pdfLib.PDFName.of('Kids'));
  if (!(kids instanceof pdfLib.PDFArray)) return [];
  return kidsOf(kids, node, pdfLib).flatMap((kid) => nameTreeLeaves(kid, pdfLib, seen));
}

/** Deletes the nodes below a name-tree node, now that its own list holds their pairs (no orphan objects left in the file). */
function deleteNodes(kids: PDFArray, parent: PDFDict, pdfLib: PdfLib): void {
  for (const kid of kids.asArray()) {
    const node = kid instanceof pdfLib.PDFRef ? parent.context.lookup(kid) : kid;
    const below = node instanceof pdfLib.PDFDict ? node.lookup(pdfLib.PDFName.of('Kids')) : undefined;
    if (below instanceof pdfLib.PDFArray && node instanceof pdfLib.PDFDict) deleteNodes(below, node, pdfLib);
    if (kid instanceof pdfLib.PDFRef) parent.context.delete(kid);
  }
}

function kidsOf(kids: PDFArray, parent: PDFDict, pdfLib: PdfLib): PDFDict[] {
  return kids.asArray().flatMap((kid) => {
    const node = kid instanceof pdfLib.PDFRef ? parent.context.lookup(kid) : kid;
    return node instanceof pdfLib.PDFDict ? [node] : [];
  });
}

function textOf(value: PDFObject | undefined, pdfLib: PdfLib): string | undefined {
  return value instanceof pdfLib.PDFString || value instanceof pdfLib.PDFHexString ? value.decodeText() : undefined;
}
