/**
 * At most `limit` tasks at once: the browser's pages in a parallel build (`--jobs`), and the
 * months in flight in a range. Tasks start in the order they were queued.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a concurrency limit must be a whole number of 1 or more, not ${limit}`);
  }

  /** Runs `task` as soon as fewer than `limit` others are running. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

/** Maps `items` through `task` with at most `limit` running at once; results keep the items' order. */
export function mapWithLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const gate = new ConcurrencyLimit(limit);
  return Promise.all(items.map((item, index) => gate.run(() => task(item, index))));
}
