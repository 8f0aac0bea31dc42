import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { RenderedChart } from '../charts/chart-spec.js';
import type { DocumentMetadata } from '../core/document-metadata.js';
import { TemplateError } from '../core/errors.js';
import { displayPath } from '../core/display-path.js';
import { buildInlineFontFaces } from './inline-fonts.js';
import { templateHelpers } from './template-helpers.js';

/** What the render stage needs: the model to print, its charts, and where the templates are. */
export interface RenderInput {
  templatesDir: string;
  templateFolder: string;
  model: unknown;
  charts: readonly RenderedChart[];
  /** Filled with the ids of the charts the template prints. */
  printedCharts?: Set<string>;
  metadata: DocumentMetadata;
  kosovoMarker: string;
}

/**
 * Merges the model into the report's Handlebars template (strict: a missing field is an
 * error, not a blank) and returns one self-contained HTML document: fonts, styles and
 * charts inline, no scripts, nothing to fetch.
 */
export async function renderReportHtml(input: RenderInput): Promise<string> {
  const folder = path.join(input.templatesDir, input.templateFolder);
  const sharedFolder = path.join(input.templatesDir, 'shared');
  const helpers = templateHelpers({ charts: new Map(input.charts.map((chart) => [chart.id, chart])), kosovoMarker: input.kosovoMarker, printed: input.printedCharts });
  const partials = await readPartials([path.join(sharedFolder, 'partials'), path.join(folder, 'partials')]);
  const templateFile = path.join(folder, 'report.hbs');
  const source = await readTemplateFile(templateFile);
  let body: string;
  try {
    body = compiledTemplate(source, partials)(input.model, { helpers });
  } catch (error) {
    throw locateTemplateError(error, templateFile);
  }
  const css = [
    await buildInlineFontFaces(),
    await readTemplateFile(path.join(sharedFolder, 'base.css')),
    await readReportStyle(input.templatesDir, input.templateFolder),
    await readTemplateFile(path.join(folder, 'style.css')),
    `@page { @bottom-left { content: ${cssString(input.metadata.runningFooter)}; } }`,
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${Handlebars.escapeExpression(input.metadata.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${Handlebars.escapeExpression(input.metadata.title)}</title>`,
    `<meta name="author" content="${Handlebars.escapeExpression(input.metadata.author)}">`,
    `<meta name="description" content="${Handlebars.escapeExpression(input.metadata.subject)}">`,
    `<meta name="keywords" content="${Handlebars.escapeExpression(input.metadata.keywords.join(', '))}">`,
    `<style>\n${css.filter(Boolean).join('\n')}\n</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** The partials of the given folders, name to source; a later folder's partial replaces an earlier one of the same name. */
async function readPartials(dirs: readonly string[]): Promise<Record<string, string>> {
  const partials: Record<string, string> = {};
  for (const dir of dirs) {
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.hbs'))) partials[path.basename(file, '.hbs')] = await readFile(path.join(dir, file), 'utf8');
  }
  return partials;
}

/**
 * Templates compiled once per process and reused (a range renders the same template for every
 * month): keyed by the template's and partials' text, so an edited template (the preview) is
 * compiled afresh. Helpers, which hold each report's charts, are passed at each call. A few
 * entries at most: the oldest goes when an edit would grow the cache past them.
 */
const compiledTemplates = new Map<string, Handlebars.TemplateDelegate>();
const COMPILED_TEMPLATES_KEPT = 16;
const handlebarsEnvironment = Handlebars.create();

function compiledTemplate(source: string, partialSources: Record<string, string>): Handlebars.TemplateDelegate {
  const key = JSON.stringify([source, partialSources]);
  const cached = compiledTemplates.get(key);
  if (cached) return cached;
  const options = { strict: true, noEscape: false };
  const partials = Object.fromEntries(Object.entries(partialSources).map(([name, text]) => [name, handlebarsEnvironment.compile(text, options)]));
  const template = handlebarsEnvironment.compile(source, options);
  const withPartials: Handlebars.TemplateDelegate = (context, runtime) => template(context, { ...runtime, partials });
  if (compiledTemplates.size >= COMPILED_TEMPLATES_KEPT) compiledTemplates.delete(compiledTemplates.keys().next().value!);
  compiledTemplates.set(key, withPartials);
  return withPartials;
}

/** A CSS string literal; the text comes from data, so quotes, backslashes and "</style>" are escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Handlebars reports "Parse error on line 12" for syntax and "… - 12:4" for a missing field in
 * strict mode, sometimes inside a partial; turn either into a message with a place to look.
 */
function locateTemplateError(error: unknown, templateFile: string): TemplateError {
  const message = (error as Error).message ?? String(error);
  const file = displayPath(templateFile);
  // Handlebars.Exception carries its place (1-based line, 0-based column); a parse error from the
  // grammar has only its line, in the message.
  const located = error as { lineNumber?: number; column?: number };
  const line = located.lineNumber ?? (Number(/Parse error on line (\d+)/.exec(message)?.[1]) || undefined);
  const column = located.lineNumber !== undefined && typeof located.column === 'number' ? located.column + 1 : undefined;
  const at = `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
  const missing = /"([^"]+)" not defined in /.exec(message)?.[1];
  if (missing) {
    return new TemplateError(
      `${at}: the template asks for "${missing}", which this report does not provide\n  Try: check the spelling against the report's model, or guard it with {{#if}}.`,
      { file, line, column },
      error,
    );
  }
  if (/Parse error/.test(message) || located.lineNumber !== undefined) {
    return new TemplateError(
      `${at}: the template does not compile: ${message.split('\n')[0]}\n  Try: check the {{ }} tags on that line (or in the partial it includes).`,
      { file, line, column },
      error,
    );
  }
  return new TemplateError(`${file}: the template failed: ${message.split('\n')[0]}\n  Try: check the helpers and partials it uses.`, { file }, error);
}

/**
 * The style a report's layouts share, `templates/<report>/report.css`, when the layout's folder
 * sits inside its report's folder and the file is there ("" otherwise): a layout's own
 * style.css then holds only what sets it apart.
 */
async function readReportStyle(templatesDir: string, templateFolder: string): Promise<string> {
  const [report, ...layout] = templateFolder.split('/');
  if (layout.length === 0) return '';
  return readFile(path.join(templatesDir, report!, 'report.css'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
}

/** A file every template folder must have: missing, it is a located template error, not a crash. */
async function readTemplateFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new TemplateError(
      `${displayPath(file)}: the template folder has no ${path.basename(file)}\n  Try creating it (it may be empty), or copying it from the shipped templates.`,
      { file },
    );
  }
}
