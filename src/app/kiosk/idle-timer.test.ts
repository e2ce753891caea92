import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IdleTimer, type IdleTimerOptions } from './idle-timer.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function timer(options: Partial<IdleTimerOptions> = {}) {
  const events: string[] = [];
  const idle = new IdleTimer({
    idleMs: 120_000,
    warningMs: 30_000,
    onWarn: () => events.push('warn'),
    onTick: (s) => events.push(`tick ${s}`),
    onExpire: () => events.push('expire'),
    ...options,
  });
  idle.start();
  return { idle, events };
}

describe('IdleTimer', () => {
  test('warns after the idle time, counts down each second, then expires', () => {
    const { idle, events } = timer();
    vi.advanceTimersByTime(119_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn', 'tick 30']);
    expect(idle.phase).toBe('warning');
    vi.advanceTimersByTime(29_000);
    expect(events.at(-1)).toBe('tick 1');
    expect(events).not.toContain('expire');
    vi.advanceTimersByTime(1000);
    expect(events.at(-1)).toBe('expire');
    expect(idle.phase).toBe('stopped');
    vi.advanceTimersByTime(600_000);
    expect(events.filter((e) => e === 'warn')).toHaveLength(1);
  });

  test('input restarts the idle time', () => {
    const { idle, events } = timer();
    vi.advanceTimersByTime(100_000);
    idle.input();
    vi.advanceTimersByTime(100_000);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(20_000);
    expect(events).toEqual(['warn', 'tick 30']);
  });

  test('input during the warning does not dismiss it; "I need more time" does, and the clock starts again', () => {
    const { idle, events } = timer();
    vi.advanceTimersByTime(120_000);
    idle.input();
    vi.advanceTimersByTime(10_000);
    expect(idle.phase).toBe('warning');
    idle.moreTime();
    expect(idle.phase).toBe('watching');
    vi.advanceTimersByTime(60_000);
    expect(events).not.toContain('expire');
    vi.advanceTimersByTime(60_000);
    expect(events.filter((e) => e === 'warn')).toHaveLength(2);
    vi.advanceTimersByTime(30_000);
    expect(events.at(-1)).toBe('expire');
  });

  test('with nothing to clear it does not warn, and keeps watching', () => {
    let somethingToClear = false;
    const { idle, events } = timer({ shouldWarn: () => somethingToClear });
    vi.advanceTimersByTime(360_000);
    expect(events).toEqual([]);
    expect(idle.phase).toBe('watching');
    somethingToClear = true;
    vi.advanceTimersByTime(120_000);
    expect(events).toEqual(['warn', 'tick 30']);
  });

  test('a timer throttled in the background still expires on time by the clock', () => {
    const { events } = timer({ idleMs: 1000, warningMs: 20_000 });
    vi.advanceTimersByTime(1000);
    // The clock jumps (the tablet slept) while no timer ran.
    vi.setSystemTime(Date.now() + 25_000);
    vi.advanceTimersByTime(1000);
    expect(events.at(-1)).toBe('expire');
  });

  test('stop ends it', () => {
    const { idle, events } = timer();
    idle.stop();
    vi.advanceTimersByTime(600_000);
    expect(events).toEqual([]);
  });
});
