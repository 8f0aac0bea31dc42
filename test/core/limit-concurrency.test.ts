import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit, mapWithLimit } from '../../src/core/limit-concurrency.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ConcurrencyLimit', () => {
  it('never runs more than its limit at once, and runs every task', async () => {
    const gate = new ConcurrencyLimit(3);
    let running = 0;
    let highest = 0;
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        gate.run(async () => {
          started.push(index);
          running++;
          highest = Math.max(highest, running);
          await tick(5 + (index % 3) * 3);
          running--;
        }),
      ),
    );
    expect(highest).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('frees the slot of a task that fails', async () => {
    const gate = new ConcurrencyLimit(1);
    await expect(
      gate.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a limit below one', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
    expect(() => new ConcurrencyLimit(1.5)).toThrow(RangeError);
  });
});

describe('mapWithLimit', () => {
  it('keeps the order of the items whatever order the tasks finish in', async () => {
    const result = await mapWithLimit([30, 10, 20, 0], 2, async (ms, index) => {
      await tick(ms);
      return `${index}:${ms}`;
    });
    expect(result).toEqual(['0:30', '1:10', '2:20', '3:0']);
  });
});
