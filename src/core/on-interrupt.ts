/**
 * Runs `fn` with handlers for the signals that end a run from outside (Ctrl-C's SIGINT, SIGTERM,
 * a closed terminal's SIGHUP, Ctrl-\\'s SIGQUIT) that call `cleanup` before the process exits, so
 * an interrupted build leaves no browser running and no temporary file. The cleanup must be
 * synchronous: nothing asynchronous is awaited on the way out. A second signal while the first is
 * handled runs into the same handler, never the default that would exit without cleaning up.
 * `describeWritten` says, at the moment of the signal, what the run had written.
 */
export async function withInterruptCleanup<T>(cleanup: () => void, fn: () => Promise<T>, describeWritten: () => string = () => 'nothing was written'): Promise<T> {
  const exitCodes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 };
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    try {
      cleanup();
    } finally {
      process.stderr.write(`\nwb-report: stopped by ${signal}; ${describeWritten()}.\n`);
      process.exit(exitCodes[signal] ?? 130);
    }
  };
  const signals = Object.keys(exitCodes) as NodeJS.Signals[];
  for (const signal of signals) process.on(signal, handler);
  try {
    return await fn();
  } finally {
    for (const signal of signals) process.removeListener(signal, handler);
  }
}
