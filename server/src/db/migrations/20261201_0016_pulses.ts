import { type Kysely, sql } from "kysely";
import { isSqlite } from "../dialect";

/**
 * The trust pulse: a team's rounds, who answered each (the participation, kept apart and only
 * there to refuse a second answer), and the anonymous responses, with no user id and no time finer
 * than the day. On SQLite the responses are a WITHOUT ROWID table, ordered by their random id, so
 * the rows keep no trace of the order they came in. The workspace's anonymity thresholds, never
 * below 3. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("pulses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("team_id", "text", (c) => c.notNull().references("teams.id").onDelete("cascade"))
    .addColumn("opened_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("opened_on", "text", (c) => c.notNull())
    // The instant it was opened: orders a team's rounds, two opened on one day included.
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("closes_on", "text", (c) => c.notNull())
    .addColumn("closed_on", "text")
    // The last day the reminder job mailed the round's members who had not answered: on the round,
    // since a participation row says that someone answered, and reminding must not write one.
    .addColumn("reminded_on", "text")
    .execute();
  await db.schema.createIndex("pulses_team_idx").on("pulses").columns(["team_id", "opened_at"]).execute();
  await db.schema.createIndex("pulses_open_idx").on("pulses").columns(["closed_on", "closes_on"]).execute();

  await db.schema
    .createTable("pulse_participations")
    .addColumn("pulse_id", "text", (c) => c.notNull().references("pulses.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("tenure", "text", (c) => c.notNull().check(sql`tenure in ('newer', 'longer')`))
    .addPrimaryKeyConstraint("pulse_participations_pk", ["pulse_id", "user_id"])
    .execute();

  const responses = db.schema
    .createTable("pulse_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("pulse_id", "text", (c) => c.notNull().references("pulses.id").onDelete("cascade"))
    .addColumn("answered_on", "text", (c) => c.notNull())
    .addColumn("tenure", "text", (c) => c.notNull().check(sql`tenure in ('newer', 'longer')`))
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("comment", "text");
  await (isSqlite(db) ? responses.modifyEnd(sql`without rowid`) : responses).execute();
  await db.schema.createIndex("pulse_responses_pulse_idx").on("pulse_responses").column("pulse_id").execute();

  await db.schema
    .alterTable("workspaces")
    .addColumn("pulse_score_threshold", "integer", (c) =>
      c.notNull().defaultTo(3).check(sql`pulse_score_threshold >= 3`),
    )
    .execute();
  await db.schema
    .alterTable("workspaces")
    .addColumn("pulse_comment_threshold", "integer", (c) =>
      c.notNull().defaultTo(5).check(sql`pulse_comment_threshold >= 3`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("workspaces").dropColumn("pulse_comment_threshold").execute();
  await db.schema.alterTable("workspaces").dropColumn("pulse_score_threshold").execute();
  await db.schema.dropTable("pulse_responses").execute();
  await db.schema.dropTable("pulse_participations").execute();
  await db.schema.dropTable("pulses").execute();
}
