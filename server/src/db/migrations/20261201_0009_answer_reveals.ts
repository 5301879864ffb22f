import { type Kysely, sql } from "kysely";

/**
 * Sealed answers ("Beliefs come first", PRODUCT.md). `answers.revision` counts the versions of an
 * answer's words: it starts at 1 and moves by one whenever the member changes what the answer
 * says (a change of visibility alone keeps it). `answer_reveals` records that a leader looked at
 * one revision of one answer: until then no response carries its words to that leader.
 *
 * Before this migration every leader was shown every answer their members let them see, so each
 * such (leader, answer) pair is recorded as looked at, dated by the answer's last change: a leader
 * who could read an answer must not now write a belief on it that counts as blind.
 * Never edit once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("answers")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("answer_reveals")
    .addColumn("leader_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("facet_id", "text", (c) => c.notNull().references("facets.id").onDelete("cascade"))
    .addColumn("answer_id", "text", (c) => c.notNull().references("answers.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("revealed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("answer_reveals_pk", ["leader_id", "answer_id", "revision"])
    .execute();
  await db.schema
    .createIndex("answer_reveals_leader_person_idx")
    .on("answer_reveals")
    .columns(["leader_id", "person_id"])
    .execute();
  await db.schema.createIndex("answer_reveals_answer_idx").on("answer_reveals").column("answer_id").execute();

  await sql`
    insert into answer_reveals (leader_id, person_id, facet_id, answer_id, revision, revealed_at)
    select distinct leader.user_id, a.user_id, a.facet_id, a.id, a.revision, a.updated_at
    from answers a
    join team_memberships member on member.user_id = a.user_id and member.role = 'member'
    join team_memberships leader on leader.team_id = member.team_id and leader.role = 'leader'
    where a.visibility in ('leader', 'team') and leader.user_id <> a.user_id
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("answer_reveals").execute();
  await db.schema.alterTable("answers").dropColumn("revision").execute();
}
