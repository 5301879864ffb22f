import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase, withStatementCache } from "./database";

describe("the SQLite statement cache", () => {
  it("reuses a prepared statement for the same SQL and forgets the least recently used", () => {
    const sqlite = new SQLite(":memory:");
    const db = withStatementCache(sqlite, 2);
    const first = db.prepare("select 1 as n");
    expect(db.prepare("select 1 as n")).toBe(first);
    db.prepare("select 2 as n");
    db.prepare("select 1 as n"); // touch: now the most recent
    db.prepare("select 3 as n"); // evicts "select 2"
    expect(db.prepare("select 1 as n")).toBe(first);
    expect(db.prepare("select 3 as n").all([])).toEqual([{ n: 3 }]);
    db.close();
  });
});

describe("the SQLite change stamp", () => {
  it("changes on a write through Kysely and on another connection's commit, never on a read", async () => {
    const folder = mkdtempSync(join(tmpdir(), "rapport-stamp-"));
    const config = { kind: "sqlite" as const, file: join(folder, "stamp.db") };
    const handle = openDatabase(config);
    const other = openDatabase(config);
    try {
      await migrateToLatest(handle.db);
      const stamp = () => handle.changeStamp?.() ?? "none";
      const at = new Date().toISOString();
      const before = stamp();
      expect(before).not.toBe("none");
      await handle.db.selectFrom("workspaces").selectAll().execute();
      expect(stamp()).toBe(before);

      await handle.db
        .insertInto("workspaces")
        .values({ id: "w1", name: "One", freshness_days: 180, created_at: at })
        .execute();
      const afterOwnWrite = stamp();
      expect(afterOwnWrite).not.toBe(before);

      await other.db.updateTable("workspaces").set({ name: "Renamed" }).where("id", "=", "w1").execute();
      expect(stamp()).not.toBe(afterOwnWrite);
    } finally {
      await other.destroy();
      await handle.destroy();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("is not offered on PostgreSQL, where nothing is cached", () => {
    const handle = openDatabase({ kind: "postgres", url: "postgres://nobody@127.0.0.1:1/none" });
    expect(handle.changeStamp).toBeNull();
    void handle.destroy();
  });
});
