import { type Kysely, sql } from "kysely";

/**
 * Coaching (issue 13): a leader's coachings, each an invitation to one email address with the
 * grants the leader gives (a JSON array, sorted), accepted by a coach (an ordinary account of the
 * same workspace) through a single-use link that expires, and ended by the leader at any time; the
 * coach's notes to the leader and the practice assignments they set. Notes and assignments go with
 * their coaching, a coaching with its leader or coach. Never edit once landed.
 */
const MEASURES = sql`('manual', 'conversations_held', 'loops_closed', 'open_questions_asked', 'commitments_kept')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("coachings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("email", "text", (c) => c.notNull())
    // Null until the link is used.
    .addColumn("coach_id", "text", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("grants", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    // The leader ended it (or withdrew the invitation): the coach's access and the link end with it.
    .addColumn("ended_at", "text")
    .execute();
  await db.schema.createIndex("coachings_leader_idx").on("coachings").column("leader_id").execute();
  await db.schema.createIndex("coachings_coach_idx").on("coachings").column("coach_id").execute();

  await db.schema
    .createTable("coach_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("coaching_id", "text", (c) => c.notNull().references("coachings.id").onDelete("cascade"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("coach_notes_coaching_idx")
    .on("coach_notes")
    .columns(["coaching_id", "created_at"])
    .execute();

  await db.schema
    .createTable("coach_assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("coaching_id", "text", (c) => c.notNull().references("coachings.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("set_on", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("measure", "text", (c) => c.notNull().check(sql`measure in ${MEASURES}`))
    .addColumn("target", "integer")
    // The leader marked it done (null: not marked, or the mark taken back).
    .addColumn("done_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("coach_assignments_coaching_idx")
    .on("coach_assignments")
    .columns(["coaching_id", "due_on"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("coach_assignments").execute();
  await db.schema.dropTable("coach_notes").execute();
  await db.schema.dropTable("coachings").execute();
}
