import { LRUCache } from "lru-cache";
import type { Clock } from "./clock";

/**
 * A stamp that changes whenever the database may have changed: any write on this connection or
 * a commit by any other (another process on the same SQLite file included). Null where the
 * database cannot give one cheaply (PostgreSQL): there, nothing is cached.
 */
export type ChangeStamp = (() => string) | null;

interface Entry<V> {
  stamp: string;
  expiresAt: number;
  value: V;
}

/**
 * Results computed from the database, kept only while the database has not changed since, and
 * at most `ttlMs` by the app's clock (for results that also depend on the time, like staleness).
 * Sound because the stamp is read *before* computing: a write that lands while a result is being
 * computed leaves it filed under the older stamp, so the next read computes afresh.
 */
export class StampedCache<V extends {}> {
  private readonly entries: LRUCache<string, Entry<V>>;
  private readonly ttlMs: number;

  constructor(
    private readonly stamp: ChangeStamp,
    private readonly clock: Clock,
    options: { max: number; ttlMs: number },
  ) {
    this.entries = new LRUCache({ max: options.max });
    this.ttlMs = options.ttlMs;
  }

  /**
   * The value kept for `key` if still current, else `compute()`'s, kept for next time. Nothing is
   * kept for `undefined` (nothing found), so made-up keys cannot push real entries out.
   */
  async get<R extends V | undefined>(key: string, compute: () => Promise<R>): Promise<R | V> {
    if (!this.stamp) return compute();
    const stamp = this.stamp();
    const now = this.clock.now().getTime();
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp && entry.expiresAt > now) return entry.value;
    const value = await compute();
    if (value !== undefined) this.entries.set(key, { stamp, expiresAt: now + this.ttlMs, value });
    return value;
  }
}
