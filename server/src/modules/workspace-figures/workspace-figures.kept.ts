import { LRUCache } from "lru-cache";
import type { Clock } from "../../lib/clock";

/** A workspace's last counting: what it found, under which stamp, and when it began. */
export interface Counted<V> {
  value: V;
  stamp: string;
  countedAt: Date;
}

/**
 * The last counting of each workspace, served at once; when the stamp has moved (or `maxAgeMs` has
 * passed) one new counting starts beside it and replaces it when done. Only a workspace never
 * counted in this process waits for its first counting (and readers asking at once share it). The
 * stamp is the one read before counting began, so a write that lands during a counting leaves it
 * under the older stamp and the next read counts again. A counting that fails leaves the last one
 * in place; the next read tries again.
 */
export class CountedWhileServing<V extends {}> {
  private readonly last: LRUCache<string, Counted<V>>;
  private readonly counting = new Map<string, Promise<Counted<V>>>();

  constructor(
    private readonly clock: Clock,
    private readonly maxAgeMs: number,
    max = 100,
  ) {
    this.last = new LRUCache({ max });
  }

  async get(id: string, stamp: string, count: () => Promise<V>): Promise<Counted<V>> {
    const last = this.last.get(id);
    const now = this.clock.now();
    const current = last && last.stamp === stamp && now.getTime() - last.countedAt.getTime() < this.maxAgeMs;
    if (current) return last;
    const running = this.counting.get(id) ?? this.start(id, stamp, now, count);
    if (!last) return running;
    // Served now; the counting under way replaces it for the next reader.
    running.catch(() => undefined);
    return last;
  }

  private start(id: string, stamp: string, at: Date, count: () => Promise<V>): Promise<Counted<V>> {
    const running = count().then((value) => {
      const counted = { value, stamp, countedAt: at };
      this.last.set(id, counted);
      return counted;
    });
    this.counting.set(id, running);
    const done = () => {
      if (this.counting.get(id) === running) this.counting.delete(id);
    };
    running.then(done, done);
    return running;
  }
}
