import { isMap, isScalar, parseDocument, Scalar, visit, type Document } from 'yaml';
import { UsageError } from '../core/errors.js';
import type { YearMonth } from '../core/months.js';
import type { ReportBundle } from './report-bundle.js';

/** Stands for an empty value while the document is written out; replaced by nothing. */
const EMPTY = '__wb_report_empty_figure__';

/** A month's file started from the one before, and how many figures it leaves to type in. */
export interface StartedMonth {
  text: string;
  emptyFigures: number;
}

/**
 * The next month's file from an earlier one: the same structure, territories, notes, contact,
 * intention-step territories and layout; the bundle's `startMonth.keep` blocks as they are; its
 * `drop` fields gone; every other figure (a number, or a written null, which said a territory
 * did not report that month) left empty, so that `validate` names each until it is typed in.
 * The old file's comments go: they describe that month (its published figures, its sources).
 */
export function startMonthFrom(bundle: ReportBundle, text: string, from: YearMonth, month: YearMonth, today: string): StartedMonth {
  const document = parseDocument(text.replace(/\r(?!\n)/g, '\n'));
  if (document.errors.length > 0)
    throw new UsageError(
      `The ${bundle.id} file of ${from} is not valid YAML (${document.errors[0]!.message.split('\n')[0]}), so ${month} cannot be started from it.\n  Try: wb-report validate --month ${from}, fix what it says, and run new again.`,
    );
  // An alias would point at a figure that is emptied: the new file could not be written as YAML.
  if (usesAnchors(document))
    throw new UsageError(
      `The ${bundle.id} file of ${from} uses YAML anchors or aliases (& or *), which new cannot carry over.\n  Try: write the values out in ${from}, or copy the file by hand.`,
    );
  const modeline = /^# yaml-language-server:.*$/m.exec(text)?.[0];
  let emptyFigures = 0;
  const { drop, keep } = bundle.startMonth;
  visit(document, {
    Pair(_key, pair, ancestors) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const topLevel = ancestors.filter(isMap).length === 1;
      if (drop.includes(key)) return visit.REMOVE;
      if (topLevel && keep.includes(key)) return visit.SKIP;
      if (topLevel && key === 'month') {
        pair.value = new Scalar(month);
        return visit.SKIP;
      }
      if (isScalar(pair.value) && (typeof pair.value.value === 'number' || pair.value.value === null)) {
        pair.value = new Scalar(EMPTY);
        emptyFigures += 1;
        // An empty value reads best on a line of its own: a flow map of them becomes a block.
        const parent = ancestors.at(-1);
        if (isMap(parent)) parent.flow = false;
      }
      return undefined;
    },
  });
  clearComments(document);
  const header = [
    ...(modeline ? [modeline] : []),
    `# ${bundle.id}, ${month}: started with \`wb-report new\` on ${today} from ${from}.`,
    '# Every figure is empty until you type it in; `wb-report validate --month ' + month + '` lists those still empty.',
    '# Text, territories and lists were carried over from ' + from + ': check that they still hold.',
  ];
  const body = document
    .toString({ lineWidth: 0 })
    .split('\n')
    .map((line) => line.replace(`: ${EMPTY}`, ':'))
    .join('\n');
  return { text: `${header.join('\n')}\n${body}`, emptyFigures };
}

function usesAnchors(document: Document): boolean {
  let found = false;
  visit(document, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
    Node: (_key, node) => {
      if ((node as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Every comment of the document, which speaks of the month it was written for. */
function clearComments(document: Document): void {
  document.commentBefore = null;
  document.comment = null;
  visit(document, {
    Node(_key, node) {
      const commented = node as { commentBefore?: string | null; comment?: string | null };
      commented.commentBefore = null;
      commented.comment = null;
    },
  });
}
