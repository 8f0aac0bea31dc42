import { readFileSync } from 'node:fs';
import { createCanvas, Image } from '@napi-rs/canvas';
import { BRAND_FONT_FAMILY, listBrandFontFiles, type FontFile } from '../assets/font-files.js';
import { superscriptFigures } from '../format/superscript-figures.js';
import type { RenderedChart } from './chart-spec.js';
import { installTextMeasurement, measureLine } from './measure-text.js';

/** How much larger than printed the PNG is drawn: twice, for sharp images on high-density screens and in slides. */
export const PNG_SCALE = 2;

/** The HTML legend and note, drawn into the image at the sizes base.css prints them (7.5 pt and 7 pt). */
const LEGEND = { size: 10, swatch: 9.3, gap: 4, spacing: 12, row: 15 };
const NOTE = { size: 9.3, line: 12.1, color: '#666666' };
const TITLE = { size: 12 };
/**
 * The share of the width that text is laid out to fill: Skia draws small text a few per cent
 * wider than the canvas measures it (hinting rounds each advance), and a line laid out to the
 * full width ran off the image's edge.
 */
const FIT = 0.92;

/** A chart as a file of its own: an SVG that carries its legend, note, alt text and fonts, and its PNG. */
export interface ChartImage {
  id: string;
  altText: string;
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

/**
 * A chart of the report as images: the legend the page prints above it in HTML and the note
 * under it are drawn into the SVG (an image on its own needs its key), the alt text is the
 * SVG's <title>, and the Lato faces it uses are embedded, so the file looks the same anywhere.
 * The PNG is the same drawing at PNG_SCALE times the printed size, rendered in Node by Skia
 * with the Lato files the charts are measured with.
 */
export async function renderChartImage(chart: RenderedChart, kosovoMarker: string): Promise<ChartImage> {
  const composed = composeChartSvg(chart, kosovoMarker);
  const png = await drawPng(composed.svg, composed.width, composed.height);
  return { id: chart.id, altText: chart.altText, svg: withEmbeddedFonts(composed.svg), png, width: composed.width, height: composed.height };
}

function composeChartSvg(chart: RenderedChart, kosovoMarker: string): { svg: string; width: number; height: number } {
  const size = /<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(chart.svg);
  if (!size) throw new Error(`Chart ${chart.id} has no width and height.`);
  const width = Number(size[1]);
  const chartHeight = Number(size[2]);
  const marked = (text: string) => text.replace(/\bKosovo\b/g, `Kosovo${superscriptFigures(kosovoMarker)}`);
  // A small multiple's territory, which the page prints as its heading, heads the image.
  const titleHeight = chart.imageTitle ? TITLE.size + 6 : 0;
  const legend = layOutLegend(
    (chart.legend ?? []).map((item) => ({ label: marked(item.label), color: item.color })),
    width,
    titleHeight,
  );
  // Under the drawing, as on the page: the chart's note, the caption the page prints beside it,
  // and, where Kosovo is named with its marker, the footnote the marker points to.
  const namesKosovo = /\bKosovo\b/.test([chart.svg, chart.note, chart.caption, ...(chart.legend ?? []).map((item) => item.label)].join(' '));
  const footnote = namesKosovo
    ? `${superscriptFigures(kosovoMarker)} References to Kosovo shall be understood to be in the context of Security Council resolution 1244 (1999).`
    : undefined;
  const noteLines = [chart.note && marked(chart.note), chart.caption && marked(chart.caption), footnote]
    .filter((text): text is string => Boolean(text))
    .flatMap((text) => wrapLines(text, width * FIT, NOTE.size));
  const noteTop = legend.height + chartHeight + (noteLines.length > 0 ? 4 : 0);
  const height = Math.ceil(noteTop + noteLines.length * NOTE.line + (noteLines.length > 0 ? 2 : 0));
  const inner = chart.svg.replace(/^<svg [^>]*?class="marks"/, `<svg y="${legend.height}" class="marks"`);
  const note = noteLines.map(
    (line, index) => `<text x="0" y="${(noteTop + NOTE.size + index * NOTE.line).toFixed(1)}" font-size="${NOTE.size}" fill="${NOTE.color}">${escapeText(line)}</text>`,
  );
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeText(chart.altText)}">`,
    `<title>${escapeText(chart.altText)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g font-family="${BRAND_FONT_FAMILY}, sans-serif">`,
    ...(chart.imageTitle ? [`<text x="0" y="${TITLE.size}" font-size="${TITLE.size}" font-weight="bold" fill="#000000">${escapeText(marked(chart.imageTitle))}</text>`] : []),
    ...legend.marks,
    inner,
    ...note,
    '</g></svg>',
  ].join('');
  return { svg, width, height };
}

/** The legend's entries in rows, left to right, as the page's inline list wraps them. */
function layOutLegend(items: ReadonlyArray<{ label: string; color: string }>, width: number, top = 0): { marks: string[]; height: number } {
  const marks: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = LEGEND.swatch + LEGEND.gap + measureLine(item.label, LEGEND.size);
    if (x > 0 && x + itemWidth > width * FIT) {
      x = 0;
      row += 1;
    }
    const rowTop = top + row * LEGEND.row;
    marks.push(
      `<rect x="${x.toFixed(1)}" y="${(rowTop + 2).toFixed(1)}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" fill="${item.color}"/>`,
      `<text x="${(x + LEGEND.swatch + LEGEND.gap).toFixed(1)}" y="${(rowTop + 10.5).toFixed(1)}" font-size="${LEGEND.size}" fill="#000000">${escapeText(item.label)}</text>`,
    );
    x += itemWidth + LEGEND.spacing;
  }
  return { marks, height: top + (items.length === 0 ? 0 : (row + 1) * LEGEND.row + 3) };
}

/** Words in lines no wider than `width` at `size` px; a word longer than a line (a long address) is cut where it must be. */
export function wrapLines(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureLine(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measureLine(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measureLine(line.slice(0, cut), size) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

async function drawPng(svg: string, width: number, height: number): Promise<Buffer> {
  // The Lato faces are registered with Skia once, for measuring and drawing alike.
  installTextMeasurement();
  const image = new Image();
  image.src = Buffer.from(svg);
  const canvas = createCanvas(Math.round(width * PNG_SCALE), Math.round(height * PNG_SCALE));
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.encode('png');
}

/**
 * The Lato faces the drawing uses, embedded as @font-face rules: an SVG shown on a web page or
 * opened from disk would otherwise fall back to whatever font the viewer has.
 */
function withEmbeddedFonts(svg: string): string {
  const weights = new Set<FontFile['weight']>([400]);
  for (const [, weight] of svg.matchAll(/font-weight="([^"]+)"/g)) weights.add(weight === 'bold' ? 700 : Number(weight) >= 800 ? 900 : Number(weight) >= 600 ? 700 : 400);
  const faces = listBrandFontFiles().filter((font) => font.style === 'normal' && weights.has(font.weight));
  const rules = faces.map(
    (font) => `@font-face{font-family:"${font.family}";font-weight:${font.weight};font-style:normal;src:url(data:font/woff2;base64,${fontBase64(font.file)}) format("woff2")}`,
  );
  return svg.replace('</title>', `</title><style>${rules.join('')}</style>`);
}

/** Each face read and encoded once per process: every chart of a run embeds the same few. */
const encodedFonts = new Map<string, string>();
function fontBase64(file: string): string {
  let encoded = encodedFonts.get(file);
  if (encoded === undefined) encodedFonts.set(file, (encoded = readFileSync(file).toString('base64')));
  return encoded;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
