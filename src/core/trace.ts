/**
 * Timestamps of the pipeline's stages on stderr, for profiling a build (`WB_REPORT_TRACE=1
 * wb-report --month 2025-12`): milliseconds since the process started, and the stage. Silent
 * otherwise; `npm run bench` and the README's "Where the time goes" read it.
 */
const enabled = process.env.WB_REPORT_TRACE === '1';

export function trace(stage: string): void {
  if (enabled) process.stderr.write(`trace ${Math.round(process.uptime() * 1000)} ms ${stage}\n`);
}
