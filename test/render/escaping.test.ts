import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChartsSvg } from '../../src/charts/render-chart-svg.js';
import { renderReportHtml } from '../../src/render/render-html.js';
import { unhcrRegionalUpdate } from '../../src/reports/unhcr-regional-update/index.js';
import { historyOf, loadSampleUnhcrMonths } from '../helpers/sample-history.js';
import { ROOT } from '../helpers/run-cli.js';

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{title}}', '}} {{'];

describe('text from the data is escaped in the HTML', () => {
  it('prints markup and template braces as text; only our SVG goes in raw', async () => {
    // Validation refuses < and >; this goes around it to prove the template escapes anyway.
    const months = loadSampleUnhcrMonths();
    const december = structuredClone(months.get('2025-12')!);
    december.arrivals.notes = { MKD: HOSTILE.join(' '), SRB: HOSTILE[0]! };
    december.contact = '"><script>alert(2)</script>@example.org';
    months.set('2025-12', december);
    const built = unhcrRegionalUpdate.buildModel(historyOf(months, '2025-12'));
    const charts = await renderChartsSvg(built.charts);
    const html = await renderReportHtml({
      templatesDir: path.join(ROOT, 'templates'),
      templateFolder: 'unhcr-regional-update/2025',
      model: built.model,
      charts,
      metadata: { ...built.metadata, title: '</title><script>alert(3)</script>', runningFooter: '"; } body { display: none } </style><script>x</script>' },
      kosovoMarker: '²',
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('{{title}}');
    expect(html).toContain('}} {{');
    expect(html).not.toContain('</style><script>');
    expect((html.match(/<svg /g) ?? []).length).toBe(charts.length);
    expect((html.match(/<\/style>/g) ?? []).length).toBe(1);
  });
});
