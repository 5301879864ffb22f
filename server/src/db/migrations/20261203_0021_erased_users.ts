import type { Kysely } from "kysely";

/**
 * Erasing a person (issue 14): the account stays as a tombstone, so the commitments and shared
 * conversation notes the other person keeps still have someone to name ("a former member"); its
 * name, email, password and settings are replaced, everything else of the person is deleted
 * (modules/erasure). `erased_at` says when, and keeps the tombstone off every list of people.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("erased_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("erased_at").execute();
}
