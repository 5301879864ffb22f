import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../database";
import type { Database } from "../schema";
import * as foundation from "./20261125_0001_foundation";
import * as knowledge from "./20261125_0002_knowledge";
import * as answerReveals from "./20261201_0009_answer_reveals";

const AT = "2026-03-01T09:00:00.000Z";

/** The rows are typed for today's schema; before 0009 some of its columns do not exist yet. */
type Loose = Kysely<Record<string, Record<string, unknown>>>;

/** A workspace as it stood before 0009: a leader who leads Max on two teams, a teammate, answers. */
async function before(db: Kysely<Database>) {
  const loose = db as unknown as Loose;
  await db
    .insertInto("workspaces")
    .values({ id: "w", name: "W", freshness_days: 180, created_at: AT })
    .execute();
  const user = (id: string) => ({
    id,
    workspace_id: "w",
    email: `${id}@example.test`,
    name: id,
    password_hash: "x",
    is_admin: 0 as const,
    deactivated_at: null,
    created_at: AT,
    updated_at: AT,
  });
  await db
    .insertInto("users")
    .values([user("lea"), user("max"), user("tam")])
    .execute();
  await db
    .insertInto("teams")
    .values([
      { id: "t1", workspace_id: "w", name: "One", created_at: AT },
      { id: "t2", workspace_id: "w", name: "Two", created_at: AT },
    ])
    .execute();
  const membership = (team_id: string, user_id: string, role: "leader" | "member") => ({
    team_id,
    user_id,
    role,
    created_at: AT,
  });
  await db
    .insertInto("team_memberships")
    .values([
      membership("t1", "lea", "leader"),
      membership("t2", "lea", "leader"),
      membership("t1", "max", "member"),
      membership("t2", "max", "member"),
      membership("t1", "tam", "member"),
    ])
    .execute();
  const facet = (id: string, position: number) => ({
    id,
    workspace_id: "w",
    key: id,
    dimension: "values" as const,
    title: id,
    description: id,
    kind: "text" as const,
    options: null,
    scale_low: null,
    scale_high: null,
    weight: 1,
    position,
    retired_at: null,
    created_at: AT,
  });
  await loose
    .insertInto("facets")
    .values([facet("drains", 1), facet("energisers", 2), facet("meaning", 3)])
    .execute();
  const answer = (
    id: string,
    user_id: string,
    facet_id: string,
    visibility: "private" | "leader" | "team",
  ) => ({
    id,
    user_id,
    facet_id,
    value: JSON.stringify(id),
    visibility,
    created_at: AT,
    updated_at: AT,
  });
  await loose
    .insertInto("answers")
    .values([
      answer("max-drains", "max", "drains", "leader"),
      answer("max-energisers", "max", "energisers", "private"),
      answer("max-meaning", "max", "meaning", "team"),
      answer("tam-drains", "tam", "drains", "team"),
      answer("lea-drains", "lea", "drains", "team"),
    ])
    .execute();
}

describe("migration 0009, answer reveals", () => {
  it("records every answer a leader could already read as looked at, once, and no other", async () => {
    const { db, destroy } = openDatabase({ kind: "sqlite", file: ":memory:" });
    try {
      // The migrations 0009 builds on; the others touch no table it reads.
      await foundation.up(db as Kysely<unknown>);
      await knowledge.up(db as Kysely<unknown>);
      await before(db);
      await answerReveals.up(db as Kysely<unknown>);

      const answers = await db.selectFrom("answers").select(["id", "revision"]).orderBy("id").execute();
      expect(answers.every((a) => a.revision === 1)).toBe(true);
      const reveals = await db
        .selectFrom("answer_reveals")
        .selectAll()
        .orderBy("leader_id")
        .orderBy("answer_id")
        .execute();
      // Not the private answer, not a teammate's view, not the leader's own answer; the answer of
      // a person led on two teams once.
      expect(reveals).toEqual([
        {
          leader_id: "lea",
          person_id: "max",
          facet_id: "drains",
          answer_id: "max-drains",
          revision: 1,
          revealed_at: AT,
        },
        {
          leader_id: "lea",
          person_id: "max",
          facet_id: "meaning",
          answer_id: "max-meaning",
          revision: 1,
          revealed_at: AT,
        },
        {
          leader_id: "lea",
          person_id: "tam",
          facet_id: "drains",
          answer_id: "tam-drains",
          revision: 1,
          revealed_at: AT,
        },
      ]);

      await answerReveals.down(db as Kysely<unknown>);
      const tables = (await db.introspection.getTables()).map((table) => table.name);
      expect(tables).not.toContain("answer_reveals");
    } finally {
      await destroy();
    }
  });
});
