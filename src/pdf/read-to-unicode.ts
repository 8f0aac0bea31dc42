/**
 * A font's ToUnicode CMap (ISO 32000-1 §9.10.3) as a map from character code to text: the
 * bfchar pairs and the bfrange triples, in either form (a start value, or one value per code).
 * Chromium writes one per embedded font; it is what lets a reader, and our print audit, know
 * which characters the glyphs of the PDF stand for.
 */
export function readToUnicode(cmap: string): Map<number, string> {
  const codes = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) codes.set(parseInt(code!, 16), decodeUtf16(text!));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, start, list] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const first = parseInt(low!, 16);
      const last = parseInt(high!, 16);
      if (last - first > 0xffff) continue;
      if (start !== undefined) {
        // Ranges increment the last UTF-16 unit of the start value.
        const base = decodeUtf16(start);
        for (let code = first; code <= last; code += 1) codes.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first));
      } else {
        const values = [...list!.matchAll(/<([0-9a-fA-F]*)>/g)].map((match) => decodeUtf16(match[1]!));
        values.forEach((text, index) => codes.set(first + index, text));
      }
    }
  }
  return codes;
}

function decodeUtf16(hex: string): string {
  let text = '';
  for (let at = 0; at + 4 <= hex.length; at += 4) text += String.fromCharCode(parseInt(hex.slice(at, at + 4), 16));
  return text;
}
