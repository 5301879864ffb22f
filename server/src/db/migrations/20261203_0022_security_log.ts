import { type Kysely, sql } from "kysely";

/**
 * The security log (issue 14): an append-only record of sign-ins, password changes, role and
 * account changes, invitations, coach grants, exports and tokens; who, when, from which address,
 * and the outcome, never content and never a secret. The ids of the actor and the subject carry no
 * foreign key: an event outlives the account it names until the retention job deletes it. Each
 * workspace keeps events for `security_log_retention_days`. Sessions learn the address and user
 * agent they were started from, so a person can tell them apart. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("security_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("subject_id", "text")
    .addColumn("address", "text")
    .addColumn("user_agent", "text")
    .addColumn("outcome", "text", (c) => c.notNull().check(sql`outcome in ('success', 'failure')`))
    .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema
    .createIndex("security_events_workspace_idx")
    .on("security_events")
    .columns(["workspace_id", "occurred_at"])
    .execute();
  await db.schema
    .createIndex("security_events_subject_idx")
    .on("security_events")
    .columns(["subject_id", "occurred_at"])
    .execute();
  await db.schema
    .alterTable("workspaces")
    .addColumn("security_log_retention_days", "integer", (c) =>
      c.notNull().defaultTo(365).check(sql`security_log_retention_days between 30 and 3650`),
    )
    .execute();
  await db.schema.alterTable("sessions").addColumn("address", "text").execute();
  await db.schema.alterTable("sessions").addColumn("user_agent", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sessions").dropColumn("user_agent").execute();
  await db.schema.alterTable("sessions").dropColumn("address").execute();
  await db.schema.alterTable("workspaces").dropColumn("security_log_retention_days").execute();
  await db.schema.dropTable("security_events").execute();
}
