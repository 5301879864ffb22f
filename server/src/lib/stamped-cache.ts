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
 * Reads of one key under one stamp while it is being computed share that computation.
 */
export class StampedCache<V extends {}> {
  private readonly entries: LRUCache<string, Entry<V>>;
  private readonly ttlMs: number;
  /** Computations under way, by key, with the stamp each was started under. */
  private readonly computing = new Map<string, { stamp: string | number; value: Promise<V | undefined> }>();

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
    // Asked again while it is being computed under the same stamp: wait for that computation
    // rather than start another, so a burst of reads after a write computes the value once.
    const running = this.computing.get(id);
    if (running && running.stamp === stamp) return running.value as Promise<R | V>;
    const value = compute();
    this.computing.set(id, { stamp, value });
    try {
      const result = await value;
      if (result !== undefined) this.entries.set(id, { stamp, expiresAt: now + this.ttlMs, value: result });
      return result;
    } finally {
      if (this.computing.get(id)?.value === value) this.computing.delete(id);
    }
  }
}
