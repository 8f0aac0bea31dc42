/** What the PDF's document information says. */
export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  /** Short line printed at the foot of every page, beside the page number. */
  runningFooter: string;
}
