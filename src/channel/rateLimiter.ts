/**
 * Fixed one-minute windows per client key. Kept in this instance's memory: with several
 * instances each allows the limit, which is acceptable for a token endpoint's abuse guard.
 */
export interface RateLimiter {
  /** Counts one request; returns 0 when allowed, else the seconds until the window resets. */
  hit(key: string): number;
  close(): void;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(perMinute: number, now: () => number): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  const sweep = setInterval(() => {
    const cutoff = now() - WINDOW_MS;
    for (const [key, window] of windows) if (window.startedAt <= cutoff) windows.delete(key);
  }, WINDOW_MS);
  sweep.unref();

  return {
    hit(key) {
      const at = now();
      const window = windows.get(key);
      if (!window || at - window.startedAt >= WINDOW_MS) {
        windows.set(key, { startedAt: at, count: 1 });
        return 0;
      }
      window.count += 1;
      if (window.count <= perMinute) return 0;
      return Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - at) / 1000));
    },
    close() {
      clearInterval(sweep);
      windows.clear();
    },
  };
}
