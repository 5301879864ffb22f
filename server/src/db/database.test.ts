import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { readDataVersion, writeContent } from "./data-version";
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

describe("a workspace's data version", () => {
  it("moves with a content write, never on a read or a rolled-back write, and shows at once on another connection", async () => {
    const folder = mkdtempSync(join(tmpdir(), "rapport-version-"));
    const config = { kind: "sqlite" as const, file: join(folder, "version.db") };
    const handle = openDatabase(config);
    const other = openDatabase(config);
    try {
      await migrateToLatest(handle.db);
      const at = new Date().toISOString();
      await handle.db
        .insertInto("workspaces")
        .values([
          { id: "w1", name: "One", freshness_days: 180, created_at: at },
          { id: "w2", name: "Two", freshness_days: 180, created_at: at },
        ])
        .execute();
      const version = (id = "w1") => readDataVersion(other.db, id);
      expect(await version()).toBe(0);
      expect(await version("missing")).toBeNull();
      await handle.db.selectFrom("workspaces").selectAll().execute();
      expect(await version()).toBe(0);

      await writeContent(handle.db, "w1", (trx) =>
        trx.updateTable("workspaces").set({ name: "Renamed" }).where("id", "=", "w1").execute(),
      );
      expect(await version()).toBe(1);
      expect(await version("w2")).toBe(0);

      await expect(
        writeContent(handle.db, "w1", async () => {
          throw new Error("refused");
        }),
      ).rejects.toThrow("refused");
      expect(await version()).toBe(1);
    } finally {
      await other.destroy();
      await handle.destroy();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
