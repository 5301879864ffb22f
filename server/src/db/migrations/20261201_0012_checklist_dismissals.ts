import type { Kysely } from "kysely";

/**
 * A person's choice to hide the first-week checklist from their home (modules/home): one row per
 * person who dismissed it. Bookkeeping, like a setting: nothing kept is computed from it, and it
 * goes with the account. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("checklist_dismissals")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("dismissed_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("checklist_dismissals").execute();
}
