import { type Kysely, sql } from "kysely";

/**
 * Facets (per workspace), members' answers with their history, leaders' beliefs and comparisons.
 * Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("facets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("dimension", "text", (c) =>
      c.notNull().check(sql`dimension in ('workstyle', 'values', 'followership')`),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('text', 'single_choice', 'multiple_choice', 'scale')`),
    )
    .addColumn("options", "text")
    .addColumn("scale_low", "text")
    .addColumn("scale_high", "text")
    .addColumn("weight", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("retired_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("facets_workspace_key_unique", ["workspace_id", "key"])
    .execute();

  await db.schema
    .createTable("answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("facet_id", "text", (c) => c.notNull().references("facets.id").onDelete("cascade"))
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("visibility", "text", (c) =>
      c.notNull().check(sql`visibility in ('private', 'leader', 'team')`),
    )
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("answers_user_facet_unique", ["user_id", "facet_id"])
    .execute();

  await db.schema
    .createTable("answer_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("facet_id", "text", (c) => c.notNull().references("facets.id").onDelete("cascade"))
    .addColumn("value", "text")
    .addColumn("visibility", "text")
    .addColumn("withdrawn", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("answer_versions_user_facet_idx")
    .on("answer_versions")
    .columns(["user_id", "facet_id", "recorded_at"])
    .execute();

  await db.schema
    .createTable("beliefs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("facet_id", "text", (c) => c.notNull().references("facets.id").onDelete("cascade"))
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) =>
      c.notNull().check(sql`source in ('assumed', 'inferred', 'heard', 'observed', 'asked')`),
    )
    .addColumn("confidence", "integer", (c) => c.notNull().check(sql`confidence between 1 and 5`))
    .addColumn("after_answer", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addUniqueConstraint("beliefs_leader_person_facet_unique", ["leader_id", "person_id", "facet_id"])
    .execute();
  await db.schema.createIndex("beliefs_person_idx").on("beliefs").column("person_id").execute();

  await db.schema
    .createTable("comparisons")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("facet_id", "text", (c) => c.notNull().references("facets.id").onDelete("cascade"))
    .addColumn("outcome", "text", (c) => c.notNull().check(sql`outcome in ('match', 'partial', 'miss')`))
    .addColumn("reason", "text")
    .addColumn("compared_at", "text", (c) => c.notNull())
    .addUniqueConstraint("comparisons_leader_person_facet_unique", ["leader_id", "person_id", "facet_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["comparisons", "beliefs", "answer_versions", "answers", "facets"]) {
    await db.schema.dropTable(table).execute();
  }
}
