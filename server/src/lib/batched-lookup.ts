/**
 * Lookups by key that share round trips under load: the first lookup runs at once; lookups asked
 * for while it is in flight wait and then run together as one batch (at most `maxBatch` keys), and
 * so on. Each lookup still reads after it was asked for, never a result fetched before, so nothing
 * is kept: what a write changed shows on the next lookup. Idle, a lookup costs what it did alone.
 */
export function batchedLookup<K, V>(
  load: (keys: K[]) => Promise<Map<K, V>>,
  maxBatch = 100,
): (key: K) => Promise<V | undefined> {
  interface Waiting {
    key: K;
    resolve: (value: V | undefined) => void;
    reject: (error: unknown) => void;
  }
  let waiting: Waiting[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(maxBatch);
      try {
        const found = await load([...new Set(batch.map((w) => w.key))]);
        for (const w of batch) w.resolve(found.get(w.key));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    running = false;
  }

  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      waiting.push({ key, resolve, reject });
      if (!running) void drain();
    });
}
