#!/usr/bin/env node
// `npm run bench`: how fast wb-report builds, measured against the least any tool could do.
//
// In one run, alternating so that a noisy neighbour slows every contender alike:
//   month   `wb-report --month 2025-12`, a whole process (every report of that month)
//   floor   scripts/bench/print-floor.mjs: puppeteer-core launches the same Chromium and prints
//           the same HTML files to PDF, nothing else
//   html    `wb-report --month 2025-12 --html`, a whole process
//   range   `wb-report --from 2024-01 --to 2025-12` (24 months, every report), one process
//   singles the same 24 months as 24 `--month` processes, one after the other
// and the peak resident memory of the Node process during the range build; last, in process,
// the cost of the print audit per report (scripts/bench/audit-cost.mjs).
// Prints medians, ratios and the targets; writes bench/results.md and bench/results.json.
//   --rounds N         rounds of month/floor/html (default 7)
//   --range-rounds N   rounds of range/singles (default 3)
//   --update-readme    also put the table into README.md between the bench markers
import { spawn } from 'node:child_process';
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
const TARGETS = { monthOverFloor: 1.15, rangeSpeedup: 3, htmlSeconds: 0.5, peakMegabytes: 300 };

const chrome = findChrome(undefined);
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

/** The months of the range that have data, as `--month` runs would be given them. */
async function monthsWithData() {
  const folders = (await readdir(path.join(root, 'data'))).filter((name) => /^\d{4}-\d{2}$/.test(name));
  return folders.filter((month) => month >= RANGE[0] && month <= RANGE[1]).sort();
}

try {
  // The floor prints exactly the HTML wb-report prints from.
  await timed([cli, '--month', MONTH, '--html', '--quiet', '--out', out('html-for-floor')]);
  const htmlFiles = (await readdir(path.join(out('html-for-floor'), MONTH))).filter((name) => name.endsWith('.html')).map((name) => path.join(out('html-for-floor'), MONTH, name));
  await mkdir(out('floor'), { recursive: true });
  const floorArgs = [path.join(root, 'scripts', 'bench', 'print-floor.mjs'), chrome, out('floor'), ...htmlFiles];
  const monthArgs = [cli, '--month', MONTH, '--quiet', '--out', out('month')];
  const htmlArgs = [cli, '--month', MONTH, '--html', '--quiet', '--out', out('html')];

  // One warm-up of each, so the first round does not pay for cold disk caches.
  for (const args of [floorArgs, monthArgs, htmlArgs]) await timed(args);

  const times = { month: [], floor: [], html: [], range: [], singles: [], peakMb: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order, so none of the three always runs first after a pause.
    const order = [
      ['month', monthArgs],
      ['floor', floorArgs],
      ['html', htmlArgs],
    ];
    for (let turn = 0; turn < 3; turn++) {
      const [name, args] = order[(round + turn) % 3];
      times[name].push((await timed(args)).seconds);
    }
    process.stderr.write(
      `round ${round + 1}/${ROUNDS}: month ${times.month.at(-1).toFixed(2)} s, floor ${times.floor.at(-1).toFixed(2)} s, html ${times.html.at(-1).toFixed(2)} s\n`,
    );
  }

  const months = await monthsWithData();
  for (let round = 0; round < RANGE_ROUNDS; round++) {
    const runRange = async () => {
      const result = await timed([cli, '--from', RANGE[0], '--to', RANGE[1], '--quiet', '--out', out('range')], { watchMemory: true });
      times.range.push(result.seconds);
      times.peakMb.push(result.peakMb);
    };
    const runSingles = async () => {
      let total = 0;
      for (const month of months) total += (await timed([cli, '--month', month, '--quiet', '--out', out('singles')])).seconds;
      times.singles.push(total);
    };
    if (round % 2 === 0) {
      await runRange();
      await runSingles();
    } else {
      await runSingles();
      await runRange();
    }
    process.stderr.write(
      `range round ${round + 1}/${RANGE_ROUNDS}: range ${times.range.at(-1).toFixed(1)} s (peak ${Math.round(times.peakMb.at(-1))} MB), ${months.length} single runs ${times.singles.at(-1).toFixed(1)} s\n`,
    );
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
  const monthOverFloor = m.month / m.floor;
  const rangeSpeedup = m.singles / m.range;
  const peakMb = Math.max(...times.peakMb);
  const verdict = (met) => (met ? 'met' : 'missed');
  const rows = [
    ['one month (`--month 2025-12`), whole process', `${m.month.toFixed(2)} s`, ''],
    ['floor: puppeteer-core prints the same HTML', `${m.floor.toFixed(2)} s`, ''],
    ['one month ÷ floor', `${monthOverFloor.toFixed(2)} ×`, `≤ ${TARGETS.monthOverFloor} × — ${verdict(monthOverFloor <= TARGETS.monthOverFloor)}`],
    [`range ${RANGE[0]} … ${RANGE[1]}, one process`, `${m.range.toFixed(1)} s`, ''],
    [`the same ${months.length} months as single runs`, `${m.singles.toFixed(1)} s`, ''],
    ['range speed-up', `${rangeSpeedup.toFixed(1)} ×`, `≥ ${TARGETS.rangeSpeedup} × — ${verdict(rangeSpeedup >= TARGETS.rangeSpeedup)}`],
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
  const machine = `${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, ${chromiumVersion}, --jobs ${availableParallelism()} (the default)`;
  const table = [
    `Medians of ${ROUNDS} rounds (${RANGE_ROUNDS} for the range), ${new Date().toISOString().slice(0, 10)}, ${machine}.`,
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
    `${JSON.stringify({ date: new Date().toISOString(), machine, rounds: ROUNDS, rangeRounds: RANGE_ROUNDS, times, medians: m, audit, monthOverFloor, rangeSpeedup, peakMb, targets: TARGETS }, null, 2)}\n`,
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
