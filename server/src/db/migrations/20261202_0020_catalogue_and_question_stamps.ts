import type { Kysely } from "kysely";

/**
 * Two stamps beside the data version, for what every audit reads and rarely changes: a workspace's
 * `catalogue_version` moves with every change to its facets, a user's `questions_version` with
 * every change to their question lists. The session read carries both, so an audit keeps the
 * catalogue and the leader's questions until they move (ADR 5). Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("catalogue_version", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("questions_version", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("questions_version").execute();
  await db.schema.alterTable("workspaces").dropColumn("catalogue_version").execute();
}
