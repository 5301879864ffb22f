import { describe, expect, it } from "vitest";
import { batchedLookup } from "./batched-lookup";

/** A store whose loads wait until released, so a test decides when each round trip returns. */
function store() {
  const values = new Map<string, number>();
  const loads: { keys: string[]; release: () => void }[] = [];
  const load = (keys: string[]) =>
    new Promise<Map<string, number>>((resolve) => {
      loads.push({
        keys,
        // What the store holds when the load returns is what it reads.
        release: () =>
          resolve(new Map(keys.flatMap((k) => (values.has(k) ? [[k, values.get(k) ?? 0]] : [])))),
      });
    });
  return { values, loads, load };
}

describe("a batched lookup", () => {
  it("runs the first lookup at once, alone", async () => {
    const { values, loads, load } = store();
    values.set("a", 1);
    const find = batchedLookup(load);
    const a = find("a");
    expect(loads.map((l) => l.keys)).toEqual([["a"]]);
    loads[0]?.release();
    expect(await a).toBe(1);
  });

  it("gathers the lookups asked for while one is in flight into the next load, each key once", async () => {
    const { values, loads, load } = store();
    for (const [k, v] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ] as const)
      values.set(k, v);
    const find = batchedLookup(load);
    const first = find("a");
    const rest = [find("b"), find("c"), find("b"), find("missing")];
    expect(loads).toHaveLength(1);
    loads[0]?.release();
    await first;
    await Promise.resolve();
    expect(loads.map((l) => l.keys)).toEqual([["a"], ["b", "c", "missing"]]);
    loads[1]?.release();
    expect(await Promise.all(rest)).toEqual([2, 3, 2, undefined]);
  });

  it("reads after each lookup was asked for: a change before the next load shows in it", async () => {
    const { values, loads, load } = store();
    values.set("a", 1);
    const find = batchedLookup(load);
    const first = find("a");
    const second = find("a");
    values.set("a", 2);
    loads[0]?.release();
    // The first load returns what the store holds when it answers; the second reads again.
    expect(await first).toBe(2);
    values.delete("a");
    await Promise.resolve();
    loads[1]?.release();
    expect(await second).toBeUndefined();
    expect(loads).toHaveLength(2);
  });

  it("splits a crowd into loads of at most maxBatch keys", async () => {
    const { values, loads, load } = store();
    const keys = Array.from({ length: 7 }, (_, i) => `k${i}`);
    for (const [i, k] of keys.entries()) values.set(k, i);
    const find = batchedLookup(load, 3);
    const all = Promise.all(keys.map(find));
    for (let i = 0; i < 3; i++) {
      await Promise.resolve();
      loads[i]?.release();
      await new Promise((r) => setImmediate(r));
    }
    expect(await all).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(loads.map((l) => l.keys)).toEqual([["k0"], ["k1", "k2", "k3"], ["k4", "k5", "k6"]]);
  });

  it("fails every lookup of a failed load, and the next load runs as usual", async () => {
    let fail = true;
    const find = batchedLookup(async (keys: string[]) => {
      if (fail) throw new Error("database gone");
      return new Map(keys.map((k) => [k, k.length]));
    });
    await expect(Promise.all([find("a"), find("bb")])).rejects.toThrow("database gone");
    fail = false;
    expect(await find("ccc")).toBe(3);
  });
});
