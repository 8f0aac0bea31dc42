import { execFileSync } from 'node:child_process';

/** The PDF's text as poppler extracts it, with runs of white space folded. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** One page's text (pages count from 1), white space folded as in pdfText. */
export function pdfPageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The PDF's lines as poppler lays them out, runs of spaces folded: table rows stay on one line. */
export function pdfLines(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '));
}

/** pdfinfo's fields (Title, Author, Pages, Tagged, …) as a record. */
export function pdfInfo(file: string): Record<string, string> {
  const output = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    output
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const index = line.indexOf(':');
        return [line.slice(0, index).trim(), line.slice(index + 1).trim()];
      }),
  );
}

/** The fonts pdffonts lists: name, and whether each is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // Columns: name type [type…] encoding emb sub uni object ID; emb is the 5th from the end.
    return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
  });
}

/** Every bookmark title in the PDF's outline, depth first. */
export async function pdfOutlineTitles(file: string): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const { PDFDict, PDFDocument, PDFName } = await import('pdf-lib');
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const titles: string[] = [];
  const visit = (item: unknown): void => {
    for (let node = item; node instanceof PDFDict; node = node.lookup(PDFName.of('Next'))) {
      const title = node.lookup(PDFName.of('Title')) as { decodeText(): string } | undefined;
      if (title) titles.push(title.decodeText());
      visit(node.lookup(PDFName.of('First')));
    }
  };
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) visit(outlines.lookup(PDFName.of('First')));
  return titles;
}
