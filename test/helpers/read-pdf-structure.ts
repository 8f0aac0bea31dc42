import { readFile } from 'node:fs/promises';

/** One element of a tagged PDF's structure tree, with the text of the content it owns. */
export interface StructureElement {
  role: string;
  alt?: string;
  /** The text of this element and everything under it, white space folded. */
  text: string;
  children: StructureElement[];
}

/** What a screen reader gets from a PDF: its information, structure and what lies outside it. */
export interface PdfStructure {
  title?: string;
  language?: string;
  displayDocTitle: boolean;
  /** One structure tree per page, in page order (pdf.js reads them page by page). */
  pages: StructureElement[];
  /** Text marked as /Artifact: decoration, out of the reading order. */
  artifactText: string[];
  /** Text that is neither in the structure tree nor an artifact; a tagged PDF should have none. */
  untaggedText: string[];
}

interface RawNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}
interface RawText {
  str?: string;
  hasEOL?: boolean;
  type?: string;
  id?: string;
  tag?: string;
}

/**
 * Reads a PDF the way assistive technology does, with pdf.js: the document information, the
 * structure tree of each page with each element's alt text and text, and the text that sits
 * in artifacts or in no marked content at all.
 */
export async function readPdfStructure(file: string): Promise<PdfStructure> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  try {
    const { info } = (await document.getMetadata()) as { info: { Title?: string; Language?: string } };
    const preferences = ((await document.getViewerPreferences()) ?? {}) as { DisplayDocTitle?: boolean };
    const structure: PdfStructure = {
      title: info.Title,
      language: info.Language,
      displayDocTitle: preferences.DisplayDocTitle === true,
      pages: [],
      artifactText: [],
      untaggedText: [],
    };
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { items } = await page.getTextContent({ includeMarkedContent: true });
      const textById = collectMarkedText(items as RawText[], structure);
      structure.pages.push(toElement((await page.getStructTree()) as RawNode, textById));
    }
    return structure;
  } finally {
    await document.destroy();
  }
}

/** Text by marked-content id; artifact and untagged text go to their own lists. */
function collectMarkedText(items: RawText[], structure: PdfStructure): Map<string, string> {
  const textById = new Map<string, string>();
  const open: RawText[] = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push(item);
      continue;
    }
    if (item.type === 'endMarkedContent') {
      open.pop();
      continue;
    }
    const text = `${item.str ?? ''}${item.hasEOL ? ' ' : ''}`;
    const tagged = open.findLast((marked) => marked.id);
    if (tagged?.id) textById.set(tagged.id, (textById.get(tagged.id) ?? '') + text);
    else if (!text.trim()) continue;
    else if (open.some((marked) => marked.tag === 'Artifact')) structure.artifactText.push(text.trim());
    else structure.untaggedText.push(text.trim());
  }
  return textById;
}

function toElement(node: RawNode, textById: Map<string, string>): StructureElement {
  const children: StructureElement[] = [];
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'content') text += textById.get(child.id!) ?? '';
    else if (!child.type) {
      const element = toElement(child, textById);
      children.push(element);
      text += ` ${element.text} `;
    }
  }
  return { role: node.role ?? '', alt: node.alt, text: text.replace(/\s+/g, ' ').trim(), children };
}

/** Every element of the trees, depth first, in reading order. */
export function allElements(pages: readonly StructureElement[]): StructureElement[] {
  const found: StructureElement[] = [];
  const visit = (element: StructureElement) => {
    found.push(element);
    element.children.forEach(visit);
  };
  pages.forEach(visit);
  return found;
}
