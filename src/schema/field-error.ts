import type { z } from 'zod';

/** A field's own words for a problem: what is wrong and what to try. */
export interface FieldWords {
  message: string;
  hint: string;
}

/** The hint a field gave its issue, if it gave one (see fieldError). */
export function hintOf(issue: object): string | undefined {
  const hint = (issue as { hint?: unknown }).hint;
  return typeof hint === 'string' ? hint : undefined;
}

/**
 * zod 4's per-field `error`, carrying a hint beside the message. An error map can only return
 * a message, but zod copies every own key of the raw issue into the issue it reports, so the
 * hint rides on the issue as `hint` (the same name a report's cross-field checks and a pushed
 * custom issue use). `words` returns nothing for problems the field has no words of its own
 * for; those keep the generic description. A test pins this behaviour of zod.
 */
export function fieldError(words: FieldWords | ((issue: z.core.$ZodRawIssue) => FieldWords | undefined)): (issue: z.core.$ZodRawIssue) => string | undefined {
  return (issue) => {
    const own = typeof words === 'function' ? words(issue) : words;
    if (!own) return undefined;
    issue.hint = own.hint;
    return own.message;
  };
}
