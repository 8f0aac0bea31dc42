/**
 * Runs `fn` with handlers for Ctrl-C (SIGINT) and SIGTERM that call `cleanup` before the
 * process exits, so an interrupted build leaves no browser running and no temporary file.
 * The cleanup must be synchronous: nothing asynchronous is awaited on the way out.
 */
export async function withInterruptCleanup<T>(cleanup: () => void, fn: () => Promise<T>, whatWasWritten = 'nothing was written'): Promise<T> {
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    const handler = () => {
      try {
        cleanup();
      } finally {
        process.stderr.write(`\nwb-report: stopped by ${signal}; ${whatWasWritten}.\n`);
        process.exit(code);
      }
    };
    handlers.set(signal, handler);
    process.once(signal, handler);
  }
  try {
    return await fn();
  } finally {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  }
}
