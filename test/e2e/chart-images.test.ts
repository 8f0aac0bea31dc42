import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureLine } from '../../src/charts/measure-text.js';
import { renderChartImage, PNG_SCALE } from '../../src/charts/chart-image.js';
import { copySampleData, makeTempDir, runCli } from '../helpers/run-cli.js';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('--charts writes each chart as SVG, PNG and alt text', () => {
  let out: string;
  let html: string;
  let files: string[];
  const folder = () => path.join(out, '2024-12', 'charts');

  beforeAll(async () => {
    out = await makeTempDir();
    const result = await runCli(['--month', '2024-12', '--html', '--charts', '--out', out]);
    expect(result.stderr).not.toMatch(/failed unexpectedly/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote 6 charts as SVG, PNG and alt text to .*2024-12\/charts\//);
    html = await readFile(path.join(out, '2024-12', 'unhcr-regional-update-2024-12.html'), 'utf8');
    files = (await readdir(folder())).sort();
  }, 120_000);

  it('writes three files for every chart the HTML embeds, named by report, month and chart', async () => {
    const iomHtml = await readFile(path.join(out, '2024-12', 'iom-dtm-brief-2024-12.html'), 'utf8');
    const charts = (html.match(/<svg role="img"/g)?.length ?? 0) + (iomHtml.match(/<svg role="img"/g)?.length ?? 0);
    expect(charts).toBe(8);
    expect(files).toHaveLength(charts * 3);
    expect(files).toContain('unhcr-regional-update-2024-12-arrivals-map.png');
    expect(files).toContain('iom-dtm-brief-2024-12-monthly-registrations.svg');
    for (const extension of ['.svg', '.png', '.txt']) expect(files.filter((file) => file.endsWith(extension))).toHaveLength(charts);
  });

  it('gives each image its alt text: the sidecar file, the SVG title and the HTML aria-label agree', async () => {
    const alt = (await readFile(path.join(folder(), 'unhcr-regional-update-2024-12-present-by-month.txt'), 'utf8')).trim();
    expect(alt).toMatch(/^Bar chart of persons present/);
    const svg = await readFile(path.join(folder(), 'unhcr-regional-update-2024-12-present-by-month.svg'), 'utf8');
    expect(svg).toContain(`<title>${alt}</title>`);
    expect(html).toContain(`aria-label="${alt}"`);
  });

  it('draws the PNG at twice the SVG size, and embeds Lato in the SVG', async () => {
    for (const name of files.filter((file) => file.endsWith('.svg'))) {
      const svg = await readFile(path.join(folder(), name), 'utf8');
      const [, width, height] = /^<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
      const png = pngSize(await readFile(path.join(folder(), name.replace(/\.svg$/, '.png'))));
      expect(png).toEqual({ width: Math.round(Number(width) * 2), height: Math.round(Number(height) * 2) });
      expect(svg).toMatch(/@font-face\{font-family:"Lato";font-weight:400;[^}]*base64,d09GMg/);
      expect(svg).toContain('font-family="Lato');
    }
  });

  it('draws the legend the page prints in HTML into the image, with the layout’s Kosovo marker and the footnote it points to', async () => {
    const svg = await readFile(path.join(folder(), 'iom-dtm-brief-2024-12-monthly-registrations.svg'), 'utf8');
    expect(svg).toMatch(/>Kosovo⁴<\/text>/);
    expect(svg).toContain('>Bosnia and Herzegovina</text>');
    expect(svg).toMatch(/>⁴ References to Kosovo shall be understood to be in the context of Security Council/);
  });

  it('carries the map’s disclaimer, which the page prints beside it', async () => {
    const svg = await readFile(path.join(folder(), 'unhcr-regional-update-2024-12-arrivals-map.svg'), 'utf8');
    expect(svg.replace(/<\/text><text[^>]*>/g, ' ')).toContain(
      'The boundaries and names shown, and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
    );
  });

  it('replaces an earlier build’s charts of the report: a chart the layout no longer draws goes', async () => {
    const data = await copySampleData();
    const own = await makeTempDir();
    expect((await runCli(['--month', '2025-12', '--html', '--charts', '--data', data, '--out', own])).code).toBe(0);
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\nlayout: 2020\n`);
    expect((await runCli(['--month', '2025-12', '--html', '--charts', '--data', data, '--out', own])).code).toBe(0);
    const names = await readdir(path.join(own, '2025-12', 'charts'));
    expect(names).toContain('unhcr-regional-update-2025-12-evolution-ALB.png');
    expect(names.filter((name) => name.includes('accommodation') || name.includes('arrivals-map'))).toEqual([]);
  }, 60_000);
});

describe('the PNG is drawn in Lato', () => {
  it('sets a line of text as wide as Lato measures it (a fallback font would be wider)', async () => {
    const text = 'Western Balkans mixed movements';
    const size = 30;
    const width = 600;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="${width}" height="50" viewBox="0 0 ${width} 50"><text x="0" y="40" font-family="Lato" font-size="${size}" fill="#000">${text}</text></svg>`;
    const image = await renderChartImage({ id: 'lato', altText: text, svg }, '*');
    // The PNG read back through Skia's decoder: the rightmost column with ink, against Lato's advance width of the line.
    const decoded = await loadImage(image.png);
    const canvas = createCanvas(decoded.width, decoded.height);
    canvas.getContext('2d').drawImage(decoded, 0, 0);
    const { data } = canvas.getContext('2d').getImageData(0, 0, decoded.width, decoded.height);
    let right = 0;
    for (let index = 0; index < data.length; index += 4) if (data[index]! < 128) right = Math.max(right, (index / 4) % decoded.width);
    const expected = measureLine(text, size) * PNG_SCALE;
    expect(right / expected).toBeGreaterThan(0.96);
    expect(right / expected).toBeLessThan(1.01);
  });
});
