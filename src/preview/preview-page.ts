import Handlebars from 'handlebars';
import type { DataFileRef } from '../load/discover-data.js';
import type { DataProblem } from '../core/errors.js';
import { formatProblem } from '../core/format-problem.js';
import { monthLabel } from '../core/months.js';
import type { Draft } from './draft-store.js';

const escape = Handlebars.escapeExpression;

/**
 * Screen-only styles of the preview: the report as A4 sheets on a grey desk, a DRAFT mark,
 * and the error overlay. None of it reaches the PDF, which prints the report's own HTML.
 */
const PREVIEW_STYLE = `
@media screen {
  html { background: #5f6368; }
  body { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 24px auto; padding: 12mm 13mm 16mm; background: #fff; box-shadow: 0 2px 14px rgba(0,0,0,.45); }
  .page-break { margin-top: 18mm; padding-top: 10mm; border-top: 2px dashed #c9c9c9; }
}
#wb-draft-mark { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; pointer-events: none; z-index: 50;
  font: 900 160px/1 Lato, sans-serif; color: rgba(210, 90, 69, 0.13); transform: rotate(-32deg); letter-spacing: 0.08em; }
#wb-overlay { position: fixed; inset: 0; z-index: 100; background: rgba(25, 25, 25, 0.95); color: #fff; overflow: auto; padding: 32px; font: 14px/1.5 ui-monospace, Menlo, Consolas, monospace; }
#wb-overlay h1 { font: 700 18px/1.3 Lato, sans-serif; color: #ffb4a8; margin: 0 0 12px; }
#wb-overlay pre { white-space: pre-wrap; background: rgba(255,255,255,0.08); border-left: 4px solid #d25a45; padding: 10px 14px; margin: 0 0 10px; }
#wb-overlay p { font-family: Lato, sans-serif; color: #ddd; }
@media print { #wb-draft-mark, #wb-overlay { display: none; } }
`;

/**
 * The client side of live reload: listen for rebuilds and reload when this page's draft changed
 * or the set of drafts did (a data file removed or back), keeping the scroll position.
 */
function reloadScript(key: string): string {
  return `(() => {
  const key = ${JSON.stringify(key)};
  const saved = sessionStorage.getItem('wb-scroll:' + key);
  if (saved) { sessionStorage.removeItem('wb-scroll:' + key); window.addEventListener('load', () => window.scrollTo(0, Number(saved))); }
  const source = new EventSource('/events');
  source.addEventListener('rebuilt', (event) => {
    const data = JSON.parse(event.data);
    if (data.indexChanged || data.keys.includes(key)) {
      sessionStorage.setItem('wb-scroll:' + key, String(window.scrollY));
      location.reload();
    }
  });
})();`;
}

/** The page of a draft whose data file is not there (now): it reloads by itself when the file is back. */
export function renderMissingDraftPage(month: string, reportId: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>No draft: ${escape(reportId)} ${escape(month)}</title></head>
<body><h1>No data for ${escape(reportId)} ${escape(month)}</h1><p>The data folder has no file for this draft now. This page reloads by itself when the file is there; the <a href="/">index</a> lists the drafts there are.</p>
<script>${reloadScript('')}</script></body></html>`;
}

/** The draft page: the report's HTML with the preview's styles, DRAFT mark, overlay and reload script added. */
export function renderDraftPage(draft: Draft): string {
  const overlay =
    draft.problems.length > 0
      ? `<div id="wb-overlay" role="alert"><h1>${draft.problems.length === 1 ? 'This draft has a problem' : `This draft has ${draft.problems.length} problems`}</h1>${draft.problems.map((problem) => `<pre>${escape(problem)}</pre>`).join('')}<p>${draft.html ? 'The page behind shows the last good version. ' : ''}It reloads by itself when you save a fix.</p></div>`
      : '';
  const additions = `<div id="wb-draft-mark" aria-hidden="true">DRAFT</div>${overlay}<script>${reloadScript(draft.key)}</script>`;
  const html = draft.html ?? `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(draft.key)}</title></head><body></body></html>`;
  return html.replace('</head>', `<style>${PREVIEW_STYLE}</style>\n</head>`).replace(/<\/body>(?![\s\S]*<\/body>)/, `${additions}\n</body>`);
}

/** The index page: every month and report with data, newest first, linking to their drafts; above them, folders named almost like a month, whose files are not read. */
export function renderIndexPage(refs: readonly DataFileRef[], problems: readonly DataProblem[] = []): string {
  const months = [...new Set(refs.map((ref) => ref.month))];
  const rows = months.map((month) => {
    const links = refs
      .filter((ref) => ref.month === month)
      .map((ref) => `<a href="/draft/${escape(month)}/${escape(ref.reportId)}">${escape(ref.reportId)}</a>`)
      .join(' · ');
    return `<tr><th scope="row">${escape(monthLabel(month))}</th><td>${links}</td></tr>`;
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>wb-report preview</title>
<style>body{font:15px/1.5 Lato,system-ui,sans-serif;max-width:760px;margin:40px auto;color:#191919}h1{color:#0072BC}th{text-align:left;padding:4px 18px 4px 0;font-weight:600}a{color:#0072BC}</style></head>
<body><h1>wb-report preview</h1><p>Drafts reload by themselves when you save a data file, a template or a style.</p>
${problems.map((problem) => `<pre style="white-space:pre-wrap;border-left:4px solid #d25a45;padding:6px 12px;background:#fbeae7">${escape(formatProblem(problem))}</pre>`).join('\n')}
${months.length > 0 ? `<table>${rows.join('\n')}</table>` : '<p>No data files found. Add one as data/YYYY-MM/&lt;report&gt;.yaml.</p>'}
<script>${reloadScript('')}</script></body></html>`;
}
