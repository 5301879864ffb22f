import type { Kysely } from "kysely";
import { sql } from "kysely";

/**
 * Followership: each take of a member's self-assessment (one row per take, the history; its
 * answers as JSON text, the two axis scores, the style and leaning, who may see it), and each
 * leader's estimate of a person on the two axes (one per leader and person, rewritten in place).
 * Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("followership_assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("it", "integer", (c) => c.notNull().check(sql`it between 0 and 60`))
    .addColumn("ae", "integer", (c) => c.notNull().check(sql`ae between 0 and 60`))
    .addColumn("style", "text", (c) =>
      c.notNull().check(sql`style in ('exemplary', 'alienated', 'conformist', 'passive', 'pragmatist')`),
    )
    .addColumn("leaning", "text", (c) =>
      c.check(sql`leaning is null or leaning in ('exemplary', 'alienated', 'conformist', 'passive')`),
    )
    .addColumn("visibility", "text", (c) =>
      c.notNull().check(sql`visibility in ('private', 'leader', 'team')`),
    )
    .addColumn("taken_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("followership_assessments_user_idx")
    .on("followership_assessments")
    .columns(["user_id", "taken_at"])
    .execute();

  await db.schema
    .createTable("followership_estimates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("it", "integer", (c) => c.notNull().check(sql`it between 0 and 60`))
    .addColumn("ae", "integer", (c) => c.notNull().check(sql`ae between 0 and 60`))
    // Written after the leader had looked at the person's result (their followership-style answer).
    .addColumn("after_result", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addUniqueConstraint("followership_estimates_leader_person", ["leader_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("followership_estimates_person_idx")
    .on("followership_estimates")
    .column("person_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("followership_estimates").execute();
  await db.schema.dropTable("followership_assessments").execute();
}
