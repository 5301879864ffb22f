import type { Kysely } from "kysely";

/**
 * Password reset links (issue 9): an HMAC of the link's token, never the token itself; valid for
 * an hour and once. `created_by` is the admin who made the link, null when it was asked for by
 * mail. Account bookkeeping, like sessions: nothing kept is computed from these rows. Never edit
 * once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("password_resets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("password_resets_user_idx").on("password_resets").column("user_id").execute();
  await db.schema
    .createIndex("password_resets_expires_idx")
    .on("password_resets")
    .column("expires_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("password_resets").execute();
}
