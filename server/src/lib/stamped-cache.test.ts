import { describe, expect, it } from "vitest";
import { ManualClock } from "./clock";
import { StampedCache } from "./stamped-cache";

describe("a stamped cache", () => {
  const setup = (stamped = true) => {
    const stamps = new Map([
      ["w1", 1],
      ["w2", 1],
    ]);
    const clock = new ManualClock();
    let computed = 0;
    const cache = new StampedCache<{ n: number }>(clock, { max: 2, ttlMs: 1000 });
    /** The scope with its stamp as read now, before computing, as the session read does. */
    const scopeOf = (id: string) => ({ id, stamp: stamped ? (stamps.get(id) ?? null) : null });
    const get = (key = "a", scope = "w1") => cache.get(scopeOf(scope), key, async () => ({ n: ++computed }));
    const write = (scope = "w1") => void stamps.set(scope, (stamps.get(scope) ?? 0) + 1);
    return { cache, clock, get, write, scopeOf, computed: () => computed };
  };

  it("serves the kept value while the stamp holds, and computes afresh once it changes", async () => {
    const { get, write } = setup();
    expect(await get()).toEqual({ n: 1 });
    expect(await get()).toEqual({ n: 1 });
    write();
    expect(await get()).toEqual({ n: 2 });
    expect(await get()).toEqual({ n: 2 });
  });

  it("keeps a value no longer than its time by the app's clock", async () => {
    const { get, clock } = setup();
    await get();
    clock.advance(999);
    expect(await get()).toEqual({ n: 1 });
    clock.advance(1);
    expect(await get()).toEqual({ n: 2 });
  });

  it("files a value under the stamp from before it was computed, so a write meanwhile is not hidden", async () => {
    const { cache, write, scopeOf } = setup();
    const first = await cache.get(scopeOf("w1"), "a", async () => {
      write(); // lands while the value is being computed
      return { n: 1 };
    });
    expect(first).toEqual({ n: 1 });
    expect(await cache.get(scopeOf("w1"), "a", async () => ({ n: 2 }))).toEqual({ n: 2 });
  });

  it("keeps values apart by key and forgets the least recently used beyond its size", async () => {
    const { get, computed } = setup();
    await get("a");
    await get("b");
    await get("a");
    await get("c"); // evicts b
    expect(computed()).toBe(3);
    await get("a");
    expect(computed()).toBe(3);
    await get("b");
    expect(computed()).toBe(4);
  });

  it("keeps each scope's values until that scope's stamp moves, whatever happens in another", async () => {
    const { get, write } = setup();
    expect(await get("a", "w1")).toEqual({ n: 1 });
    expect(await get("a", "w2")).toEqual({ n: 2 });
    write("w2");
    expect(await get("a", "w1")).toEqual({ n: 1 });
    expect(await get("a", "w2")).toEqual({ n: 3 });
  });

  it("keeps nothing where there is no stamp (no such scope)", async () => {
    const { get } = setup(false);
    expect(await get()).toEqual({ n: 1 });
    expect(await get()).toEqual({ n: 2 });
  });

  it("keeps nothing when computing fails", async () => {
    const { cache, scopeOf } = setup();
    await expect(cache.get(scopeOf("w1"), "a", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await cache.get(scopeOf("w1"), "a", async () => ({ n: 7 }))).toEqual({ n: 7 });
  });

  it("keeps nothing for a key that found nothing", async () => {
    const { cache, scopeOf } = setup();
    let calls = 0;
    const missing = () =>
      cache.get(scopeOf("w1"), "ghost", async () => {
        calls++;
        return undefined;
      });
    expect(await missing()).toBeUndefined();
    expect(await missing()).toBeUndefined();
    expect(calls).toBe(2);
  });

  it("computes once for reads that arrive while the same value is being computed, and anew under a new stamp", async () => {
    const { cache, scopeOf, write } = setup();
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = () =>
      cache.get(scopeOf("w1"), "a", async () => {
        const n = ++calls;
        await gate;
        return { n };
      });
    const [first, second] = [slow(), slow()];
    write(); // a write meanwhile: a read under the new stamp does not take the older value
    const third = slow();
    release();
    expect(await Promise.all([first, second, third])).toEqual([{ n: 1 }, { n: 1 }, { n: 2 }]);
    expect(await slow()).toEqual({ n: 2 }); // kept under the new stamp
    expect(calls).toBe(2);
  });

  it("lets every waiting read see a computation's failure, then computes afresh", async () => {
    const { cache, scopeOf } = setup();
    let calls = 0;
    const failing = () =>
      cache.get(scopeOf("w1"), "a", async () => {
        calls++;
        await Promise.resolve();
        throw new Error("no");
      });
    const results = await Promise.allSettled([failing(), failing()]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(calls).toBe(1);
    expect(await cache.get(scopeOf("w1"), "a", async () => ({ n: 9 }))).toEqual({ n: 9 });
  });
});
