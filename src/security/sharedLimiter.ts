import * as crypto from 'node:crypto';
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Counters for rate limits, one minute each. With PostgreSQL they live in its `rate_limits`
 * table (migration 4), so every instance counts against the same limit; with SQLite (one
 * process) in memory. Built on rate-limiter-flexible. Keys are hashed: the table holds no
 * conversation id or address in clear.
 */
export interface Limiter {
  /** Counts one request; resolves 0 when allowed, else the seconds until the window resets. */
  hit(key: string): Promise<number>;
}

export type LimiterFactory = (name: string, perMinute: number) => Limiter;

const WINDOW_SECONDS = 60;

/** Node's one-call hash where it has one (20.12 and later): no hash object made per request. */
const oneCallHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string }).hash;
const hashKey = (key: string) => (oneCallHash ? oneCallHash('sha256', key, 'base64url') : crypto.createHash('sha256').update(key).digest('base64url'));

export function limiterFactory(pool?: Pool): LimiterFactory {
  return (name, perMinute) => {
    const options = { keyPrefix: name, points: perMinute, duration: WINDOW_SECONDS };
    const memory = new RateLimiterMemory(options);
    // If the database cannot be reached, each instance keeps counting in its own memory.
    const limiter: RateLimiterAbstract = pool
      ? new RateLimiterPostgres({ ...options, storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, insuranceLimiter: memory })
      : memory;
    return {
      async hit(key) {
        try {
          await limiter.consume(hashKey(key));
          return 0;
        } catch (refusal) {
          if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
          throw refusal;
        }
      },
    };
  };
}
