import type { Kysely } from "kysely";

/**
 * Whom each facet asks: `everyone` (the catalogue so far: people answer about themselves, their
 * leaders hold beliefs) or `leaders` (prompts about leading, for a leader's own manual, never
 * audited). Existing facets are all `everyone`; the boot adds the shipped prompts for leaders to
 * each workspace (facet.repository.ts, seedMissing). Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("facets")
    .addColumn("audience", "text", (c) => c.notNull().defaultTo("everyone"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("facets").dropColumn("audience").execute();
}
