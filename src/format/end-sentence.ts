/** A note as a sentence: a full stop added unless it already ends with one ("…", "?", "!", or a closing bracket or quote after one). */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
