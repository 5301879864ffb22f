import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";
import { preparedQuery } from "./prepared-query";

const nameByEmail = preparedQuery<{ email: string }>()((db, param) =>
  db
    .selectFrom("users")
    .select("name")
    .where("email", "=", param("email"))
    .where("deactivated_at", "is", null),
);

describe("preparedQuery", () => {
  let t: TestApp;
  beforeAll(async () => {
    // One connection, so the statements PostgreSQL has prepared are all on the one asked below.
    t = await startTestApp({ env: { DATABASE_POOL_MAX: "1" } });
  });
  afterAll(() => t.close());

  it("compiles once and runs with each call's values, as a named statement on PostgreSQL", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member", "Mo Member");
    t.queries.length = 0;
    expect(await nameByEmail(t.ctx.db, { email: member.email })).toEqual([{ name: "Mo Member" }]);
    expect(await nameByEmail(t.ctx.db, { email: adminEmail })).toHaveLength(1);
    expect(await nameByEmail(t.ctx.db, { email: "nobody@example.test" })).toEqual([]);
    expect(new Set(t.queries).size).toBe(1);
    if (t.databaseKind !== "postgres") return;
    const prepared = await sql<{ name: string; statement: string }>`
      select name, statement from pg_prepared_statements where statement like '%"email" = $1%'
    `.execute(t.ctx.db);
    expect(prepared.rows).toEqual([
      { name: expect.stringMatching(/^rapport_\d+$/), statement: t.queries[0] },
    ]);
  });
});
