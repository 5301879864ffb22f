import type { Kysely } from "kysely";

/**
 * Each workspace's data version: bumped in the same transaction as every write to the workspace's
 * content (db/data-version.ts), read by the caches of what is computed from it (ADR 5). A column
 * of the workspace row, so the read is one primary-key lookup. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("data_version", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("workspaces").dropColumn("data_version").execute();
}
