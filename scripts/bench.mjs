#!/usr/bin/env node
// `npm run bench`: how fast wb-report builds, measured against the least any tool could do.
//
// In one run, alternating so that a noisy neighbour slows every contender alike:
//   month         `wb-report --month 2025-12`, a whole process, with the browser it finds
//                 (Debian's headless shell when installed)
//   shell floor   scripts/bench/print-floor.mjs: puppeteer-core launches the headless shell and
//                 prints the same HTML files to PDF, nothing else
//   chromium floor  the same with Debian's full `chromium`
//   html          `wb-report --month 2025-12 --html`, a whole process
//   range         `wb-report --from 2024-01 --to 2025-12` (every report of 24 months), one process
// and the peak resident memory of the Node process during the range build; last, in process,
// the cost of the print audit per report (scripts/bench/audit-cost.mjs).
// Prints medians, ratios and the targets; writes bench/results.md and bench/results.json.
//   --rounds N         rounds of month/floor/html (default 7)
//   --range-rounds N   rounds of the range (default 3)
//   --update-readme    also put the table into README.md between the bench markers
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { findChrome } from '../dist/pdf/find-chrome.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'bin', 'wb-report.js');
const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    'range-rounds': { type: 'string', default: '3' },
    'update-readme': { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(flags.rounds);
const RANGE_ROUNDS = Number(flags['range-rounds']);
const MONTH = '2025-12';
const RANGE = ['2024-01', '2025-12'];
const TARGETS = { monthOverChromiumFloor: 1.0, monthOverShellFloor: 1.3, rangeSecondsPerReport: 0.2, htmlSeconds: 0.4, peakMegabytes: 250 };

const chrome = findChrome(undefined);
const SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM = '/usr/bin/chromium';
for (const browser of [SHELL, CHROMIUM]) {
  if (!existsSync(browser)) throw new Error(`${browser} is missing: the bench measures against both floors. Run npm run setup (as root).`);
}
const work = await mkdtemp(path.join(tmpdir(), 'wb-bench-'));
const out = (name) => path.join(work, name);

/** Runs a command to its end; resolves with wall-clock seconds and, if asked, the peak RSS in MB. */
function timed(args, { watchMemory = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peakKb = 0;
    // VmHWM is the kernel's high-water mark of the process's resident memory: polling it
    // misses nothing but the last few milliseconds before exit.
    const poll = watchMemory
      ? setInterval(async () => {
          try {
            const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
            peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
          } catch {
            // The process has ended.
          }
        }, 20)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ seconds, peakMb: peakKb / 1024 });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** How many reports the range builds: one per data file of its months. */
async function reportsInRange() {
  const folders = (await readdir(path.join(root, 'data'))).filter((name) => /^\d{4}-\d{2}$/.test(name) && name >= RANGE[0] && name <= RANGE[1]);
  let count = 0;
  for (const folder of folders) count += (await readdir(path.join(root, 'data', folder))).filter((name) => name.endsWith('.yaml')).length;
  return count;
}

try {
  // The floor prints exactly the HTML wb-report prints from.
  await timed([cli, '--month', MONTH, '--html', '--quiet', '--out', out('html-for-floor')]);
  const htmlFiles = (await readdir(path.join(out('html-for-floor'), MONTH))).filter((name) => name.endsWith('.html')).map((name) => path.join(out('html-for-floor'), MONTH, name));
  await mkdir(out('floor'), { recursive: true });
  const floorArgs = (browser) => [path.join(root, 'scripts', 'bench', 'print-floor.mjs'), browser, out('floor'), ...htmlFiles];
  const contenders = [
    ['month', [cli, '--month', MONTH, '--quiet', '--out', out('month')]],
    ['shellFloor', floorArgs(SHELL)],
    ['chromiumFloor', floorArgs(CHROMIUM)],
    ['html', [cli, '--month', MONTH, '--html', '--quiet', '--out', out('html')]],
  ];

  // One warm-up of each, so the first round does not pay for cold disk caches.
  for (const [, args] of contenders) await timed(args);

  const times = { month: [], shellFloor: [], chromiumFloor: [], html: [], range: [], peakMb: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order, so none always runs first after a pause.
    for (let turn = 0; turn < contenders.length; turn++) {
      const [name, args] = contenders[(round + turn) % contenders.length];
      times[name].push((await timed(args)).seconds);
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS}: ${contenders.map(([name]) => `${name} ${times[name].at(-1).toFixed(2)} s`).join(', ')}\n`);
  }

  const reports = await reportsInRange();
  for (let round = 0; round < RANGE_ROUNDS; round++) {
    const result = await timed([cli, '--from', RANGE[0], '--to', RANGE[1], '--quiet', '--out', out('range')], { watchMemory: true });
    times.range.push(result.seconds);
    times.peakMb.push(result.peakMb);
    process.stderr.write(`range round ${round + 1}/${RANGE_ROUNDS}: ${result.seconds.toFixed(1)} s for ${reports} reports (peak ${Math.round(result.peakMb)} MB)\n`);
  }

  const audit = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'bench', 'audit-cost.mjs'), chrome, String(ROUNDS), ...htmlFiles], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`audit-cost exited ${code}`))));
  });

  const m = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
  const overChromium = m.month / m.chromiumFloor;
  const overShell = m.month / m.shellFloor;
  const perReport = m.range / reports;
  const peakMb = Math.max(...times.peakMb);
  const verdict = (met) => (met ? 'met' : 'missed');
  const rows = [
    [`one month (\`--month ${MONTH}\`), whole process, ${path.basename(chrome)}`, `${m.month.toFixed(2)} s`, ''],
    ['floor: puppeteer-core prints the same HTML with `chromium-headless-shell`', `${m.shellFloor.toFixed(2)} s`, ''],
    ['floor: the same with `chromium`', `${m.chromiumFloor.toFixed(2)} s`, ''],
    [
      'one month ÷ the `chromium` floor',
      `${overChromium.toFixed(2)} ×`,
      `≤ ${TARGETS.monthOverChromiumFloor.toFixed(1)} × — ${verdict(overChromium <= TARGETS.monthOverChromiumFloor)}`,
    ],
    ['one month ÷ the headless-shell floor', `${overShell.toFixed(2)} ×`, `≤ ${TARGETS.monthOverShellFloor} × — ${verdict(overShell <= TARGETS.monthOverShellFloor)}`],
    [`range ${RANGE[0]} … ${RANGE[1]} (${reports} reports), one process`, `${m.range.toFixed(1)} s`, ''],
    ['range, per report', `${perReport.toFixed(2)} s`, `≤ ${TARGETS.rangeSecondsPerReport} s — ${verdict(perReport <= TARGETS.rangeSecondsPerReport)}`],
    ['`--html` for one month, whole process', `${m.html.toFixed(2)} s`, `< ${TARGETS.htmlSeconds} s — ${verdict(m.html < TARGETS.htmlSeconds)}`],
    ['peak Node memory during the range (RSS)', `${Math.round(peakMb)} MB`, `< ${TARGETS.peakMegabytes} MB — ${verdict(peakMb < TARGETS.peakMegabytes)}`],
    ['print audit, per report: layout check in Chromium before printing', `${Math.round(audit.layoutMs)} ms`, ''],
    ["print audit, per report: reading the PDF's text and checking it", `${Math.round(audit.readingMs)} ms`, ''],
  ];
  const chromiumVersion = await new Promise((resolve) => {
    const child = spawn(chrome, ['--headless', '--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('exit', () => resolve(text.trim()));
    child.on('error', () => resolve('unknown'));
  });
  const machine = `${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, ${chromiumVersion} (chromium and chromium-headless-shell), --jobs ${availableParallelism()} (the default)`;
  const table = [
    `Medians of ${ROUNDS} rounds (${RANGE_ROUNDS} for the range), alternated, ${new Date().toISOString().slice(0, 10)}, ${machine}.`,
    '',
    '| measure | median | target |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  await mkdir(path.join(root, 'bench'), { recursive: true });
  await writeFile(path.join(root, 'bench', 'results.md'), `# npm run bench\n\n${table}\n`);
  await writeFile(
    path.join(root, 'bench', 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, rounds: ROUNDS, rangeRounds: RANGE_ROUNDS, reports, times, medians: m, audit, overChromium, overShell, perReport, peakMb, targets: TARGETS }, null, 2)}\n`,
  );
  console.log('written: bench/results.md, bench/results.json');
  if (flags['update-readme']) {
    const readmePath = path.join(root, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    const block = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
    if (!block.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block.');
    await writeFile(
      readmePath,
      readme.replace(block, (_, start, end) => `${start}${table}${end}`),
    );
    console.log('updated: README.md');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
