import { type Kysely, sql } from "kysely";

/**
 * Conversations (a leader's 1:1s with a person they lead) and what hangs on them: the agenda's
 * items and the member's talking points, the vulnerability loop and the listening self-check (as
 * columns of the conversation), commitments either side made, a leader's target rhythm per person,
 * requests that a member record an answer themselves, and each user's calendar feed, time zone and
 * reminder settings. Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("scheduled_at", "text", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull().defaultTo(30))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("planned").check(sql`status in ('planned', 'held', 'cancelled')`),
    )
    .addColumn("held_at", "text")
    .addColumn("shared_notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("private_notes", "text", (c) => c.notNull().defaultTo(""))
    // The vulnerability loop: what the leader shared first, when the member answered in kind,
    // when the leader noticed that (the loop's close).
    .addColumn("loop_signal", "text")
    .addColumn("loop_signal_at", "text")
    .addColumn("loop_response_at", "text")
    .addColumn("loop_closed_at", "text")
    // The active-listening self-check: JSON of the checklist's answers, and the talk share (0–100).
    .addColumn("listening_check", "text")
    .addColumn("talk_share", "integer", (c) => c.check(sql`talk_share between 0 and 100`))
    .addColumn("checked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("conversations_leader_person_idx")
    .on("conversations")
    .columns(["leader_id", "person_id", "scheduled_at"])
    .execute();
  await db.schema
    .createIndex("conversations_person_idx")
    .on("conversations")
    .columns(["person_id", "scheduled_at"])
    .execute();
  await db.schema
    .createIndex("conversations_scheduled_idx")
    .on("conversations")
    .columns(["status", "scheduled_at"])
    .execute();

  await db.schema
    .createTable("conversation_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull().check(sql`author in ('leader', 'member')`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('question', 'topic')`))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("facet_id", "text", (c) => c.references("facets.id").onDelete("set null"))
    .addColumn("question_id", "text")
    // A question asked, or a topic talked through.
    .addColumn("covered", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("carried_from", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("conversation_items_conversation_idx")
    .on("conversation_items")
    .columns(["conversation_id", "position"])
    .execute();

  await db.schema
    .createTable("commitments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("set null"))
    .addColumn("owner", "text", (c) => c.notNull().check(sql`owner in ('leader', 'member')`))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("open").check(sql`status in ('open', 'done', 'dropped')`),
    )
    .addColumn("closed_on", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("commitments_leader_person_idx")
    .on("commitments")
    .columns(["leader_id", "person_id", "due_on"])
    .execute();
  await db.schema
    .createIndex("commitments_person_idx")
    .on("commitments")
    .columns(["person_id", "due_on"])
    .execute();

  await db.schema
    .createTable("cadences")
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("rhythm", "text", (c) =>
      c.notNull().check(sql`rhythm in ('weekly', 'fortnightly', 'monthly', 'none')`),
    )
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("cadences_pk", ["leader_id", "person_id"])
    .execute();

  await db.schema
    .createTable("answer_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("facet_id", "text", (c) => c.notNull().references("facets.id").onDelete("cascade"))
    .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("answer_requests_unique", ["leader_id", "person_id", "facet_id"])
    .execute();
  await db.schema
    .createIndex("answer_requests_person_idx")
    .on("answer_requests")
    .columns(["person_id"])
    .execute();

  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("secret_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable("users")
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("UTC"))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("reminders_enabled", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("digest_enabled", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("digest_enabled").execute();
  await db.schema.alterTable("users").dropColumn("reminders_enabled").execute();
  await db.schema.alterTable("users").dropColumn("time_zone").execute();
  for (const table of [
    "calendar_feeds",
    "answer_requests",
    "cadences",
    "commitments",
    "conversation_items",
    "conversations",
  ])
    await db.schema.dropTable(table).execute();
}
