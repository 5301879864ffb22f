import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./database";

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
