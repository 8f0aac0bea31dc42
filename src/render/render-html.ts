import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { RenderedChart } from '../charts/chart-spec.js';
import type { DocumentMetadata } from '../reports/report-bundle.js';
import { buildInlineFontFaces } from './inline-fonts.js';
import { registerTemplateHelpers } from './template-helpers.js';

/** What the render stage needs: the model to print, its charts, and where the templates are. */
export interface RenderInput {
  templatesDir: string;
  templateFolder: string;
  model: unknown;
  charts: readonly RenderedChart[];
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
  const handlebars = Handlebars.create();
  registerTemplateHelpers(handlebars, { charts: new Map(input.charts.map((chart) => [chart.id, chart])), kosovoMarker: input.kosovoMarker });
  for (const partialsDir of [path.join(sharedFolder, 'partials'), path.join(folder, 'partials')]) {
    await registerPartials(handlebars, partialsDir);
  }
  const source = await readFile(path.join(folder, 'report.hbs'), 'utf8');
  const template = handlebars.compile(source, { strict: true, noEscape: false });
  const body = template(input.model);
  const css = [
    await buildInlineFontFaces(),
    await readFile(path.join(sharedFolder, 'base.css'), 'utf8'),
    await readFile(path.join(folder, 'style.css'), 'utf8'),
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
    `<style>\n${css.join('\n')}\n</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

async function registerPartials(handlebars: typeof Handlebars, dir: string): Promise<void> {
  const files = await readdir(dir).catch(() => [] as string[]);
  for (const file of files.filter((name) => name.endsWith('.hbs'))) {
    handlebars.registerPartial(path.basename(file, '.hbs'), await readFile(path.join(dir, file), 'utf8'));
  }
}

/** A CSS string literal; the text comes from data, so quotes, backslashes and "</style>" are escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
