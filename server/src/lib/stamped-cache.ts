import { LRUCache } from "lru-cache";
import type { Clock } from "./clock";

/**
 * A scope (a workspace) with its stamp: the stamp changes whenever the data a kept value of that
 * scope was computed from may have. The caller reads it *before* computing (the session read
 * carries the workspace's data version, so serving a kept audit costs no read of its own); null
 * when there is none, and then nothing is kept.
 */
export interface StampedScope {
  id: string;
  stamp: string | number | null;
}

interface Entry<V> {
  stamp: string | number;
  expiresAt: number;
  value: V;
}

/**
 * Results computed from the database, kept only while their scope's stamp has not moved since,
 * and at most `ttlMs` by the app's clock (for results that also depend on the time, like
 * staleness). Sound because the stamp was read *before* computing: a write that lands while a
 * result is being computed leaves it filed under the older stamp, so the next read computes afresh.
 */
export class StampedCache<V extends {}> {
  private readonly entries: LRUCache<string, Entry<V>>;
  private readonly ttlMs: number;

  constructor(
    private readonly clock: Clock,
    options: { max: number; ttlMs: number },
  ) {
    this.entries = new LRUCache({ max: options.max });
    this.ttlMs = options.ttlMs;
  }

  /**
   * The value kept for `key` in `scope` if still current, else `compute()`'s, kept for next time.
   * Nothing is kept for `undefined` (nothing found), so made-up keys cannot push real entries out.
   */
  async get<R extends V | undefined>(
    scope: StampedScope,
    key: string,
    compute: () => Promise<R>,
  ): Promise<R | V> {
    const { stamp } = scope;
    if (stamp === null) return compute();
    const now = this.clock.now().getTime();
    const id = `${scope.id}\u0000${key}`;
    const entry = this.entries.get(id);
    if (entry && entry.stamp === stamp && entry.expiresAt > now) return entry.value;
    const value = await compute();
    if (value !== undefined) this.entries.set(id, { stamp, expiresAt: now + this.ttlMs, value });
    return value;
  }
}
