import Handlebars from 'handlebars';
import type { DataFileRef } from '../load/discover-data.js';
import type { DataProblem } from '../core/errors.js';
import { formatProblem } from '../core/format-problem.js';
import { monthLabel } from '../core/months.js';
import type { Draft } from './draft-store.js';
import type { PrintedPages } from './pages-printer.js';

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
#wb-pages-link { position: fixed; top: 10px; right: 12px; z-index: 60; background: #0072BC; color: #fff; padding: 6px 12px; border-radius: 4px; font: 700 13px/1.2 Lato, sans-serif; text-decoration: none; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
@media print { #wb-draft-mark, #wb-overlay, #wb-pages-link { display: none; } }
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

/**
 * The pages view's client side: a save that rebuilds this draft says "printing…" at once, and
 * the page reloads when the new print is in.
 */
function pagesScript(key: string): string {
  return `(() => {
  const key = ${JSON.stringify(key)};
  const status = document.getElementById('wb-status');
  const source = new EventSource('/events');
  source.addEventListener('rebuilt', (event) => {
    const data = JSON.parse(event.data);
    if (data.keys.includes(key)) status.textContent = 'printing the saved version…';
    else if (data.indexChanged) location.reload();
  });
  source.addEventListener('printed', (event) => {
    if (JSON.parse(event.data).key === key) location.reload();
  });
})();`;
}

const PAGES_STYLE = `
html, body { margin: 0; height: 100%; background: #5f6368; font: 14px/1.4 Lato, system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
header { background: #fff; padding: 8px 16px; display: flex; gap: 14px; align-items: baseline; flex-wrap: wrap; box-shadow: 0 1px 6px rgba(0,0,0,.35); }
header a { color: #0072BC; }
#wb-status { color: #8a5a00; }
.flags { background: #fbeae7; border-left: 4px solid #d25a45; margin: 0; padding: 8px 16px 8px 36px; }
.flags li { margin: 2px 0; }
.flags li::marker { content: '⚑  '; color: #d25a45; }
.notice { background: #fff8e1; margin: 0; padding: 8px 16px; }
iframe { flex: 1; border: 0; width: 100%; background: #5f6368; }
`;

/** The print audit's flags above the pages; with `stale`, the pages shown are of the last version that printed. */
function flagList(problems: readonly string[], stale: boolean): string {
  if (problems.length === 0) return '';
  const items = problems.map((problem) => `<li>The print audit flags: ${escape(problem)}. A build would stop here.</li>`).join('');
  const note = stale ? '<li>The pages below are those of the last version that printed.</li>' : '';
  return `<ul class="flags" role="alert" aria-label="The print audit flags">${items}${note}</ul>`;
}

/**
 * The pages view: the draft printed as the build prints it (the PDF itself, in the browser's
 * viewer), with its page count, what the print audit flags (each mark names the block under its
 * heading), and a note when the draft's latest save has problems (the pages are the last good
 * version). Without a browser it says how to get one.
 */
export function renderPagesPage(draft: Draft, pages: PrintedPages): string {
  const draftLink = `<a href="/draft/${escape(draft.month)}/${escape(draft.reportId)}">HTML draft</a>`;
  const title = `${escape(draft.reportId)} ${escape(monthLabel(draft.month))}`;
  const stale =
    draft.problems.length > 0
      ? `<p class="notice">The latest save has ${draft.problems.length === 1 ? 'a problem' : `${draft.problems.length} problems`} (the ${draftLink} shows ${draft.problems.length === 1 ? 'it' : 'them'}): these are the pages of the last good version.</p>`
      : '';
  const body =
    pages.status === 'printed'
      ? `<header><strong>Printed pages</strong> <span>${title}</span> <span id="wb-page-count" data-pages="${pages.pages}">${pages.pages} ${pages.pages === 1 ? 'page' : 'pages'}</span> <span>printed in ${(pages.durationMs / 1000).toFixed(1)} s</span> ${draftLink} <a href="/pdf/${escape(draft.month)}/${escape(draft.reportId)}.pdf" download>PDF</a> <span id="wb-status" role="status"></span></header>
${flagList(pages.stale ? [`the latest save could not be printed: ${pages.stale}`, ...pages.problems] : pages.problems, Boolean(pages.stale))}
${stale}
<iframe src="/pdf/${escape(draft.month)}/${escape(draft.reportId)}.pdf#view=FitH" title="The printed pages of ${title}"></iframe>`
      : `<header><strong>Printed pages</strong> <span>${title}</span> ${draftLink} <span id="wb-status" role="status"></span></header>
${stale}
<p class="notice" role="alert">${escape(pages.message)}</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Printed pages: ${title}</title><style>${PAGES_STYLE}</style></head>
<body>${body}
<script>${pagesScript(draft.key)}</script></body></html>`;
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
  const pagesLink = `<a id="wb-pages-link" href="/pages/${escape(draft.month)}/${escape(draft.reportId)}">Printed pages</a>`;
  const additions = `<div id="wb-draft-mark" aria-hidden="true">DRAFT</div>${pagesLink}${overlay}<script>${reloadScript(draft.key)}</script>`;
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
