import type { Kysely } from "kysely";

/**
 * Writes counted per person and minute, for the limit on content routes (plugins/write-limit.ts).
 * In the database, like sign-in failures, so several processes share the count. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("write_limits")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("writes", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("write_limits_pk", ["user_id", "window_start"])
    .execute();
  await db.schema.createIndex("write_limits_window_idx").on("write_limits").column("window_start").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("write_limits").execute();
}
