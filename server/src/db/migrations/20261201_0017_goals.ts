import { type Kysely, sql } from "kysely";

/**
 * Common goals (issue 12): a team's goals; each member's current stated stance (with its
 * visibility and their consent to be named as a follower) and its history (the events the
 * adoption curve is drawn from, a withdrawal as a null stance); each leader's perceived stance of
 * each member and its history; a leader's look at a member's stated stance (the seal); thanks to a
 * follower, in the open; and questions about the goal, linted, with a leader's answer. Everything
 * goes with its goal, and a goal with its team. Never edit once landed.
 */
const STANCES = sql`('unaware', 'aware', 'curious', 'supportive', 'committed', 'champion')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("goals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("team_id", "text", (c) => c.notNull().references("teams.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("why", "text", (c) => c.notNull())
    .addColumn("first_step", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('active', 'archived')`))
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("goals_team_idx").on("goals").columns(["team_id", "created_at"]).execute();

  await db.schema
    .createTable("goal_stances")
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("stance", "text", (c) => c.notNull().check(sql`stance in ${STANCES}`))
    .addColumn("visibility", "text", (c) =>
      c.notNull().check(sql`visibility in ('private', 'leader', 'team')`),
    )
    .addColumn("consent_named", "integer", (c) => c.notNull().defaultTo(0))
    // When the stance last changed rung: a leader's look before then no longer unseals it.
    .addColumn("stated_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("goal_stances_pk", ["goal_id", "user_id"])
    .execute();
  await db.schema.createIndex("goal_stances_user_idx").on("goal_stances").column("user_id").execute();

  await db.schema
    .createTable("goal_stance_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // Null: the stance was withdrawn.
    .addColumn("stance", "text", (c) => c.check(sql`stance is null or stance in ${STANCES}`))
    .addColumn("visibility", "text", (c) =>
      c.check(sql`visibility is null or visibility in ('private', 'leader', 'team')`),
    )
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("goal_stance_events_goal_idx")
    .on("goal_stance_events")
    .columns(["goal_id", "at"])
    .execute();

  await db.schema
    .createTable("goal_perceived_stances")
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("stance", "text", (c) => c.notNull().check(sql`stance in ${STANCES}`))
    // Written after the leader had looked at the person's current stated stance.
    .addColumn("after_stated", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("goal_perceived_stances_pk", ["goal_id", "leader_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("goal_perceived_stances_leader_idx")
    .on("goal_perceived_stances")
    .columns(["leader_id", "person_id"])
    .execute();

  await db.schema
    .createTable("goal_perceived_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("stance", "text", (c) => c.notNull().check(sql`stance in ${STANCES}`))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("goal_perceived_events_goal_idx")
    .on("goal_perceived_events")
    .columns(["goal_id", "leader_id", "at"])
    .execute();

  await db.schema
    .createTable("goal_stance_looks")
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("looked_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("goal_stance_looks_pk", ["goal_id", "leader_id", "person_id"])
    .execute();

  await db.schema
    .createTable("goal_thanks")
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("thanked_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("goal_thanks_pk", ["goal_id", "person_id"])
    .execute();

  await db.schema
    .createTable("goal_questions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("asked_by", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    // JSON text: the linter's codes when it was asked.
    .addColumn("lint_codes", "text", (c) => c.notNull())
    .addColumn("asked_at", "text", (c) => c.notNull())
    .addColumn("answer", "text")
    .addColumn("answered_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("answered_at", "text")
    .execute();
  await db.schema
    .createIndex("goal_questions_goal_idx")
    .on("goal_questions")
    .columns(["goal_id", "asked_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "goal_questions",
    "goal_thanks",
    "goal_stance_looks",
    "goal_perceived_events",
    "goal_perceived_stances",
    "goal_stance_events",
    "goal_stances",
    "goals",
  ])
    await db.schema.dropTable(table).execute();
}
