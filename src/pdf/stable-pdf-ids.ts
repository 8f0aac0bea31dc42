/**
 * Makes the identifiers Chromium writes into a tagged PDF depend only on the document.
 *
 * Chromium names table-header structure elements after DOM node ids ("node00000189"). Blink
 * hands those out lazily, in an order that changes when pages print side by side (--jobs),
 * so the same report came out with other ids in a range than alone. The ids are renamed in
 * the order their elements appear in the file (tree order), the ID tree's name list is put
 * back in key order, and each new id has the width of the one it replaces, so no byte moves
 * and the cross-reference offsets stay valid. This works on the raw bytes: Chromium writes
 * these objects uncompressed (and no file /ID that would need the same care).
 */
export function stabilizePdfIds(pdf: Uint8Array): Uint8Array {
  const original = Buffer.from(pdf).toString('latin1');
  return Buffer.from(renameNodeIds(original) ?? original, 'latin1');
}

const NODE_ID = /\(node(\d+)\)/g;

/** The text with node ids renamed in element order, or undefined if it cannot be done safely. */
function renameNodeIds(text: string): string | undefined {
  const renamed = new Map<string, string>();
  for (const [, digits] of text.matchAll(/\/ID\s*\(node(\d+)\)/g)) {
    if (renamed.has(digits!)) continue;
    const next = String(renamed.size + 1);
    if (next.length > digits!.length) return undefined;
    renamed.set(digits!, next.padStart(digits!.length, '0'));
  }
  if (renamed.size === 0) return undefined;
  const result = text.replace(NODE_ID, (whole, digits: string) => (renamed.has(digits) ? `(node${renamed.get(digits)})` : whole));
  // Name trees are searched by key, so the leaf's list (and its /Limits) must be in key order
  // again. Keys spread over several leaves would need re-partitioning, which we do not do.
  const leaves = [...result.matchAll(/\d+\s+\d+\s+obj\b((?:(?!endobj)[\s\S])*?\/Names\s*\[\s*\(node(?:(?!endobj)[\s\S])*?)endobj/g)];
  if (leaves.length !== 1) return leaves.length === 0 ? result : undefined;
  const body = leaves[0]![1]!;
  const sortedBody = sortNameTreeLeaf(body);
  if (sortedBody === undefined || sortedBody.length !== body.length) return undefined;
  const at = leaves[0]!.index! + leaves[0]![0]!.indexOf(body);
  return result.slice(0, at) + sortedBody + result.slice(at + body.length);
}

/** A name-tree leaf's dictionary with its /Names pairs in key order and its /Limits to match. */
function sortNameTreeLeaf(body: string): string | undefined {
  const names = /\/Names\s*\[([^\]]*)\]/.exec(body);
  if (!names) return undefined;
  const pairs = [...names[1]!.matchAll(/\(node(\d+)\)\s*(\d+\s+\d+\s+R)/g)].map(([, key, ref]) => ({ key: key!, ref: ref! }));
  pairs.sort((a, b) => Number(a.key) - Number(b.key));
  const separator = /\)(\s*)\d/.exec(names[1]!)?.[1] ?? ' ';
  const sorted = pairs.map(({ key, ref }) => `(node${key})${separator}${ref}`).join(' ');
  if (sorted.length !== names[1]!.trim().length) return undefined;
  const lead = names[1]!.length - names[1]!.trimStart().length;
  const open = names[0]!.slice(0, names[0]!.indexOf('[') + 1);
  let result = body.replace(names[0]!, () => `${open}${names[1]!.slice(0, lead)}${sorted}${names[1]!.slice(lead + sorted.length)}]`);
  result = result.replace(/(\/Limits\s*\[\s*)\(node\d+\)(\s*)\(node\d+\)/, (_, open: string, gap: string) => `${open}(node${pairs[0]!.key})${gap}(node${pairs.at(-1)!.key})`);
  return result;
}
