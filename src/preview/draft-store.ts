import { UsageError } from '../core/errors.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataError, TemplateError, WbError } from '../core/errors.js';
import { formatProblem } from '../core/format-problem.js';
import type { YearMonth } from '../core/months.js';
import { discoverDataFiles, type DataFileRef } from '../load/discover-data.js';
import { renderReport, type RenderedReport } from '../render-report.js';
import { findReport, REPORTS } from '../reports/registry.js';
import { createCachedValidation } from '../validate/cached-validation.js';

/** A draft as the preview serves it: the last good HTML, and the problems of the latest attempt. */
export interface Draft {
  key: string;
  month: YearMonth;
  reportId: string;
  /** The HTML of the last build that succeeded, if any. */
  html?: string;
  /** That build, for the pages view to print. */
  report?: RenderedReport;
  /** Problems of the latest build, one located message each; empty when it succeeded. */
  problems: string[];
  /** How long the latest build took, in milliseconds. */
  durationMs: number;
}

/** Where the drafts come from. */
export interface DraftStoreOptions {
  dataDir: string;
  templatesDir: string;
  reportIds?: string[];
}

/** "2025-12/unhcr-regional-update": a draft's key, also its path under /draft/. */
export const draftKey = (month: YearMonth, reportId: string) => `${month}/${reportId}`;

/**
 * Builds drafts on demand and keeps them warm: the months already validated, the drafts
 * already built. A save rebuilds only the drafts whose data or templates it touched.
 */
export class DraftStore {
  private readonly drafts = new Map<string, Draft>();
  private readonly validation = createCachedValidation();
  private refs: DataFileRef[] | undefined;

  constructor(private readonly options: DraftStoreOptions) {}

  /** The data folder the drafts are read from. */
  get dataDir(): string {
    return this.options.dataDir;
  }

  /** Why the data folder lists nothing (it was removed, moved or emptied while the preview runs), or undefined. */
  folderProblem: string | undefined;

  /** Every (month, report) that has a data file, newest month first; none while the data folder cannot be listed (`folderProblem` says why). */
  async listAvailable(): Promise<DataFileRef[]> {
    if (!this.refs) {
      try {
        this.refs = await discoverDataFiles(this.options.dataDir, this.options.reportIds ?? REPORTS.map((report) => report.id));
        this.folderProblem = undefined;
      } catch (error) {
        // A folder that went away (a git checkout, a move) comes back: keep serving, and say so.
        if (!(error instanceof UsageError)) throw error;
        this.folderProblem = error.message;
        return [];
      }
    }
    return [...this.refs].sort((a, b) => b.month.localeCompare(a.month) || a.reportId.localeCompare(b.reportId));
  }

  /** The draft for a month and report, built now if it never was; undefined when there is no such data file. */
  async get(month: YearMonth, reportId: string): Promise<Draft | undefined> {
    const available = await this.listAvailable();
    if (!available.some((ref) => ref.month === month && ref.reportId === reportId)) return undefined;
    return this.drafts.get(draftKey(month, reportId)) ?? this.build(month, reportId);
  }

  /**
   * Rebuilds the drafts a set of changed files affects and returns them. A template or style
   * change affects every draft of that report (or all drafts, for shared files); a data
   * change affects the drafts whose history includes that month.
   */
  async applyChanges(files: readonly string[]): Promise<Draft[]> {
    for (const file of files) this.validation.forget(file);
    if (files.some((file) => isInside(file, this.options.dataDir))) this.refs = undefined;
    const available = await this.listAvailable();
    const affected = [...this.drafts.values()].filter((draft) => files.some((file) => this.affects(file, draft)));
    // A draft whose data file disappeared is dropped; the index shows what is left.
    for (const draft of affected) {
      if (!available.some((ref) => ref.month === draft.month && ref.reportId === draft.reportId)) this.drafts.delete(draft.key);
    }
    const rebuilt: Draft[] = [];
    for (const draft of affected.filter((each) => this.drafts.has(each.key))) rebuilt.push(await this.build(draft.month, draft.reportId));
    return rebuilt;
  }

  private affects(file: string, draft: Draft): boolean {
    const { dataDir, templatesDir } = this.options;
    // A whole folder back after it went away: every draft may have changed.
    if (path.resolve(file) === path.resolve(dataDir) || path.resolve(file) === path.resolve(templatesDir)) return true;
    if (isInside(file, templatesDir)) {
      const folder = path.relative(templatesDir, file).split(path.sep)[0];
      return folder === draft.reportId || folder === 'shared';
    }
    if (!isInside(file, dataDir)) return false;
    const [month, name] = path.relative(dataDir, file).split(path.sep);
    if (!month) return false;
    // The report's archive of earlier months: every draft of that report may read it.
    if (month === 'archive') return name === `${draft.reportId}.csv`;
    if (name && name !== `${draft.reportId}.yaml`) return false;
    return findReport(draft.reportId).historyMonthsNeeded(draft.month).includes(month);
  }

  private async build(month: YearMonth, reportId: string): Promise<Draft> {
    const key = draftKey(month, reportId);
    const started = performance.now();
    const previous = this.drafts.get(key);
    let draft: Draft;
    try {
      const rendered = await renderReport({
        bundle: findReport(reportId),
        month,
        refs: await this.listAvailable(),
        dataDir: this.options.dataDir,
        templatesDir: this.options.templatesDir,
        validateFile: this.validation.validateFile,
      });
      draft = { key, month, reportId, html: rendered.html, report: rendered, problems: [], durationMs: performance.now() - started };
    } catch (error) {
      draft = { key, month, reportId, html: previous?.html, report: previous?.report, problems: describeFailure(error), durationMs: performance.now() - started };
    }
    this.drafts.set(key, draft);
    return draft;
  }
}

function describeFailure(error: unknown): string[] {
  if (error instanceof DataError) return error.problems.map(formatProblem);
  if (error instanceof TemplateError || error instanceof WbError) return [error.message];
  return [`Unexpected error: ${(error as Error)?.message ?? String(error)}`];
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
