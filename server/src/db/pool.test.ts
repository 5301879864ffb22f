import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness";

describe("DATABASE_POOL_MAX", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { DATABASE_POOL_MAX: "2" } });
  });
  afterAll(() => t.close());

  it("caps the connections one process opens to PostgreSQL; SQLite keeps its one", async () => {
    expect(t.ctx.config.databasePoolMax).toBe(2);
    // Five queries at once, each holding its connection a moment: the pool opens a connection per
    // busy query until it reaches its cap, so the distinct server processes are exactly the cap.
    const connection =
      t.databaseKind === "postgres"
        ? () =>
            sql<{ id: string }>`select pg_backend_pid()::text as id from pg_sleep(0.05)`
              .execute(t.ctx.db)
              .then((r) => r.rows[0]?.id)
        : () =>
            sql<{ id: string }>`select 'the one connection' as id`
              .execute(t.ctx.db)
              .then((r) => r.rows[0]?.id);
    const ids = await Promise.all(Array.from({ length: 5 }, connection));
    expect(ids.every((id) => typeof id === "string")).toBe(true);
    expect(new Set(ids).size).toBe(t.databaseKind === "postgres" ? 2 : 1);
  });
});
