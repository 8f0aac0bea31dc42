/** A numbered footnote. */
export interface NumberedFootnote {
  number: number;
  text: string;
}

/**
 * Numbers footnotes in the order the brief places them, skipping the ones a month does not
 * need (no "nationality data not available" note when every territory has it), so markers
 * and notes always agree.
 */
export class FootnoteList {
  private readonly notes: NumberedFootnote[] = [];

  /** Adds a note and returns its number. */
  add(text: string): number {
    const number = this.notes.length + 1;
    this.notes.push({ number, text });
    return number;
  }

  /** Adds the notes that are given and returns their markers joined for print ("5,6"), or "". */
  mark(...texts: Array<string | undefined | false>): string {
    return texts
      .filter((text): text is string => Boolean(text))
      .map((text) => this.add(text))
      .join(',');
  }

  /** The notes numbered from `first` to `last` marker strings, for printing under a section. */
  between(...markers: string[]): NumberedFootnote[] {
    const numbers = new Set(markers.flatMap((marker) => marker.split(',').filter(Boolean).map(Number)));
    return this.notes.filter((note) => numbers.has(note.number));
  }
}
