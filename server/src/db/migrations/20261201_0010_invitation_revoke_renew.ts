import type { Kysely } from "kysely";

/**
 * Revoking and renewing invitations. A revoked invitation keeps its row (with `revoked_at`), so its
 * link answers "withdrawn" rather than "not found" until housekeeping forgets it with the other
 * expired ones. Renewing gives the invitation a new token and expiry; the old token's digest moves
 * to `replaced_invitation_links`, so the old link answers "replaced by a newer link" for as long as
 * the invitation is kept. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("invitations").addColumn("revoked_at", "text").execute();
  await db.schema
    .createTable("replaced_invitation_links")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("invitation_id", "text", (c) => c.notNull().references("invitations.id").onDelete("cascade"))
    .addColumn("replaced_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("replaced_invitation_links_invitation_idx")
    .on("replaced_invitation_links")
    .column("invitation_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("replaced_invitation_links").execute();
  await db.schema.alterTable("invitations").dropColumn("revoked_at").execute();
}
