import { type Kysely, sql } from "kysely";

/**
 * Priorities: a team's work items, and each person's rating of an item's value and effort (1–5)
 * with the visibility they chose, one rating per person and item (rating again rewrites it;
 * withdrawing deletes it). An item is archived rather than deleted; it goes with its team.
 * Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("work_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("team_id", "text", (c) => c.notNull().references("teams.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("archived_at", "text")
    .execute();
  await db.schema
    .createIndex("work_items_team_idx")
    .on("work_items")
    .columns(["team_id", "created_at"])
    .execute();

  await db.schema
    .createTable("work_item_ratings")
    .addColumn("item_id", "text", (c) => c.notNull().references("work_items.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("value", "integer", (c) => c.notNull().check(sql`value between 1 and 5`))
    .addColumn("effort", "integer", (c) => c.notNull().check(sql`effort between 1 and 5`))
    .addColumn("visibility", "text", (c) =>
      c.notNull().check(sql`visibility in ('private', 'leader', 'team')`),
    )
    .addColumn("rated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("work_item_ratings_pk", ["item_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("work_item_ratings_user_idx")
    .on("work_item_ratings")
    .column("user_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("work_item_ratings").execute();
  await db.schema.dropTable("work_items").execute();
}
