import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { FORMER_MEMBER_NAME } from "#contracts/erasure";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";
import { buildWorld, SECRETS, WORLD_APP } from "../../../test/world";
import { readDataVersion } from "../../db/data-version";
import type { Database } from "../../db/schema";

/**
 * What an erasure leaves of a person, table by table. Every table of the database is in one of
 * the two lists, or the first test fails: a table added later must say what erasing does to it.
 */

/** Tables where no row may name the erased person (their id, email or name) afterwards. */
const ERASED: Record<string, string> = {
  workspaces: "the workspace names no person",
  teams: "teams name no person; memberships do",
  team_memberships: "they are on no team",
  invitations: "those they sent, accepted or were sent go (an email is personal data)",
  replaced_invitation_links: "go with their invitation",
  sessions: "signed out everywhere",
  login_failures: "the failed sign-ins counted against their email",
  write_limits: "their counts of writes",
  facets: "the catalogue names no person",
  answers: "their answers",
  answer_versions: "their answers' history",
  answer_reveals: "looks at their answers, and their looks at others' as a leader",
  beliefs: "beliefs about them, and theirs about others",
  comparisons: "as beliefs",
  question_lists: "their own lists (their items go with them)",
  question_list_items: "go with their list",
  api_tokens: "their API tokens",
  job_runs: "the scheduler's record names no person",
  password_resets: "their links; a link they made for someone else stays, unsigned",
  checklist_dismissals: "their setting",
  second_factors: "their second factor's key",
  recovery_codes: "their recovery codes",
  conversation_items: "what they wrote on an agenda; the other person's items stay",
  cadences: "a leader's rhythm with them, or theirs as a leader",
  answer_requests: "asked of them, or by them",
  calendar_feeds: "their feed",
  pulses: "a round they opened stays the team's, unsigned",
  pulse_participations: "which rounds they answered",
  pulse_responses: "stay: no column names anyone (checked below)",
  followership_assessments: "their takes",
  followership_estimates: "estimates of them, or theirs of others",
  work_items: "an item they added stays the team's, unsigned",
  work_item_ratings: "their ratings",
  goal_stances: "their stated stances",
  goal_stance_events: "their stances' history",
  goal_perceived_stances: "perceived of them, or by them",
  goal_perceived_events: "as perceived stances",
  goal_stance_looks: "looks at their stance, or theirs",
  goal_thanks: "thanks to them, or from them",
  goal_questions: "the questions they asked; an answer they gave keeps its words, unsigned",
  coachings: "as the leader coached, as the coach, or as the address invited",
  coach_notes: "go with their coaching",
  coach_assignments: "go with their coaching",
};

/** Tables that keep rows naming the erased person, each by their id only, with what must hold of them. */
const KEPT: Record<string, string> = {
  users: "the tombstone: their id, named a former member, with no email, password or admin flag of theirs",
  conversations:
    "the other person's conversations with them: the shared notes stay, the private notes, loop and self-check of an erased leader go, and one still planned is cancelled",
  commitments: "what the two promised each other, kept for the other person",
  goals: "a goal they stated stays the team's, created_by their tombstone",
  security_events:
    "the security log keeps who did what by id (never a name, an email or content) until its retention ends, the erasure itself included",
};

/** Tables that must have held a row naming the person before the erasure, or the test proves nothing of them. */
const MUST_HAVE_HELD = Object.keys({ ...ERASED, ...KEPT }).filter(
  (t) =>
    ![
      "workspaces",
      "teams",
      "facets",
      "job_runs",
      "replaced_invitation_links",
      "question_list_items",
      "pulse_responses",
      "coach_notes",
      "coach_assignments",
      // What the log holds of them is checked after the erasure: it records the erasure itself.
      "security_events",
    ].includes(t),
);

async function tableNames(db: Kysely<Database>): Promise<string[]> {
  return (await db.introspection.getTables()).map((t) => t.name).sort();
}

/** Every row of every table that holds one of these strings anywhere, as JSON text, by table. */
async function mentions(db: Kysely<Database>, needles: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const table of await tableNames(db)) {
    const { rows } = await sql.raw<Record<string, unknown>>(`select * from ${table}`).execute(db);
    const hits = rows.map((r) => JSON.stringify(r)).filter((text) => needles.some((n) => text.includes(n)));
    if (hits.length > 0) found[table] = hits;
  }
  return found;
}

const now = () => new Date().toISOString();

/**
 * Rows of the person in the tables the world does not fill for them, in both roles: as the one
 * led (by `other`) and as a leader (of `other`), as a coach and as the coached. Direct inserts, so
 * every table is sure to hold something of theirs before the erasure.
 */
async function plant(
  db: Kysely<Database>,
  ctx: { workspaceId: string; teamId: string; adminId: string; facetId: string },
  person: { id: string; email: string },
  other: string,
) {
  const { workspaceId, teamId, facetId } = ctx;
  const at = now();
  const id = () => randomUUID();
  const theirAnswer = id();
  const otherAnswer = id();
  await db
    .insertInto("answers")
    .values([
      {
        id: otherAnswer,
        user_id: other,
        facet_id: facetId,
        value: '"x"',
        visibility: "leader",
        revision: 1,
        created_at: at,
        updated_at: at,
      },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  const existing = await db
    .selectFrom("answers")
    .select("id")
    .where("user_id", "=", person.id)
    .where("facet_id", "=", facetId)
    .executeTakeFirst();
  if (!existing)
    await db
      .insertInto("answers")
      .values({
        id: theirAnswer,
        user_id: person.id,
        facet_id: facetId,
        value: '"y"',
        visibility: "leader",
        revision: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  const answerOfPerson = existing?.id ?? theirAnswer;
  const answerOfOther =
    (
      await db
        .selectFrom("answers")
        .select("id")
        .where("user_id", "=", other)
        .where("facet_id", "=", facetId)
        .executeTakeFirst()
    )?.id ?? otherAnswer;
  for (const [leader, subject, answer] of [
    [other, person.id, answerOfPerson],
    [person.id, other, answerOfOther],
  ] as const) {
    await db
      .insertInto("answer_reveals")
      .values({
        leader_id: leader,
        person_id: subject,
        facet_id: facetId,
        answer_id: answer,
        revision: 1,
        revealed_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await db
      .deleteFrom("beliefs")
      .where("leader_id", "=", leader)
      .where("person_id", "=", subject)
      .where("facet_id", "=", facetId)
      .execute();
    await db
      .insertInto("beliefs")
      .values({
        id: id(),
        leader_id: leader,
        person_id: subject,
        facet_id: facetId,
        value: '"z"',
        source: "assumed",
        confidence: 3,
        after_answer: 0,
        recorded_at: at,
      })
      .execute();
    await db
      .insertInto("comparisons")
      .values({
        id: id(),
        leader_id: leader,
        person_id: subject,
        facet_id: facetId,
        outcome: "miss",
        reason: null,
        compared_at: at,
      })
      .execute();
    await db
      .insertInto("cadences")
      .values({ leader_id: leader, person_id: subject, rhythm: "weekly", updated_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await db
      .insertInto("answer_requests")
      .values({
        id: id(),
        leader_id: leader,
        person_id: subject,
        facet_id: facetId,
        conversation_id: null,
        created_at: at,
      })
      .execute();
    await db
      .insertInto("followership_estimates")
      .values({
        id: id(),
        workspace_id: workspaceId,
        leader_id: leader,
        person_id: subject,
        it: 3,
        ae: 3,
        after_result: 0,
        recorded_at: at,
      })
      .execute();
    const conversation = id();
    await db
      .insertInto("conversations")
      .values({
        id: conversation,
        workspace_id: workspaceId,
        leader_id: leader,
        person_id: subject,
        scheduled_at: at,
        status: "held",
        held_at: at,
        shared_notes: `SHARED ${leader}`,
        private_notes: "PRIVATE",
        loop_signal: "LOOP",
        loop_signal_at: at,
        loop_response_at: null,
        loop_closed_at: null,
        listening_check: '{"interrupted":false}',
        talk_share: 50,
        checked_at: at,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const leaderItem = id();
    await db
      .insertInto("conversation_items")
      .values([
        {
          id: leaderItem,
          conversation_id: conversation,
          position: 0,
          author: "leader",
          kind: "question",
          text: "Q",
          facet_id: null,
          question_id: null,
          carried_from: null,
          created_at: at,
        },
        {
          id: id(),
          conversation_id: conversation,
          position: 1,
          author: "member",
          kind: "topic",
          text: `TALKING POINT ${subject}`,
          facet_id: null,
          question_id: null,
          carried_from: null,
          created_at: at,
        },
      ])
      .execute();
    await db
      .insertInto("conversations")
      .values({
        id: id(),
        workspace_id: workspaceId,
        leader_id: leader,
        person_id: subject,
        scheduled_at: "2027-06-01T10:00:00.000Z",
        held_at: null,
        loop_signal: null,
        loop_signal_at: null,
        loop_response_at: null,
        loop_closed_at: null,
        listening_check: null,
        talk_share: null,
        checked_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto("commitments")
      .values({
        id: id(),
        workspace_id: workspaceId,
        leader_id: leader,
        person_id: subject,
        conversation_id: conversation,
        owner: "leader",
        text: `PROMISE ${leader}`,
        due_on: "2027-01-01",
        closed_on: null,
        created_by: leader,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const coaching = id();
    await db
      .insertInto("coachings")
      .values({
        id: coaching,
        workspace_id: workspaceId,
        leader_id: leader,
        email: "someone@example.test",
        coach_id: subject,
        grants: "[]",
        token_hash: id(),
        created_at: at,
        expires_at: at,
        accepted_at: at,
        ended_at: null,
      })
      .execute();
    await db
      .insertInto("coach_notes")
      .values({ id: id(), coaching_id: coaching, body: "note", created_at: at })
      .execute();
    await db
      .insertInto("coach_assignments")
      .values({
        id: id(),
        coaching_id: coaching,
        title: "t",
        set_on: "2026-12-01",
        due_on: "2026-12-31",
        measure: "manual",
        target: null,
        done_at: null,
        created_at: at,
      })
      .execute();
  }
  await db
    .insertInto("coachings")
    .values({
      id: id(),
      workspace_id: workspaceId,
      leader_id: other,
      email: person.email,
      coach_id: null,
      grants: "[]",
      token_hash: id(),
      created_at: at,
      expires_at: at,
      accepted_at: null,
      ended_at: null,
    })
    .execute();
  await db
    .insertInto("answer_versions")
    .values({
      id: id(),
      user_id: person.id,
      facet_id: facetId,
      value: '"y"',
      visibility: "leader",
      withdrawn: 0,
      recorded_at: at,
    })
    .execute();
  const list = id();
  await db
    .insertInto("question_lists")
    .values({
      id: list,
      workspace_id: workspaceId,
      owner_id: person.id,
      name: "Mine",
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("question_list_items")
    .values({
      id: id(),
      list_id: list,
      text: "Q?",
      facet: null,
      topic: null,
      depth: "light",
      position: 0,
      retired: 0,
      bank_question_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("write_limits")
    .values({ user_id: person.id, window_start: "2020-01-01T00:00:00.000Z", writes: 1 })
    .execute();
  await db
    .insertInto("api_tokens")
    .values({
      id: id(),
      workspace_id: workspaceId,
      user_id: person.id,
      name: "t",
      prefix: "abc",
      token_hash: id(),
      scopes: '["read"]',
      created_at: at,
      expires_at: at,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  await db
    .insertInto("password_resets")
    .values([
      {
        id: id(),
        user_id: person.id,
        token_hash: id(),
        created_by: ctx.adminId,
        created_at: at,
        expires_at: at,
        used_at: null,
      },
      {
        id: id(),
        user_id: other,
        token_hash: id(),
        created_by: person.id,
        created_at: at,
        expires_at: at,
        used_at: null,
      },
    ])
    .execute();
  await db
    .insertInto("checklist_dismissals")
    .values({ user_id: person.id, dismissed_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto("second_factors")
    .values({ user_id: person.id, secret_box: "box", created_at: at, confirmed_at: at, last_step: null })
    .execute();
  await db
    .insertInto("recovery_codes")
    .values({ id: id(), user_id: person.id, code_hash: id(), used_at: null })
    .execute();
  await db
    .insertInto("calendar_feeds")
    .values({ user_id: person.id, secret_hash: id(), created_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto("login_failures")
    .values({ id: id(), subject: `account:${person.email}`, failed_at: at })
    .execute();
  await db
    .insertInto("sessions")
    .values({
      id: id(),
      user_id: person.id,
      created_at: at,
      last_seen_at: at,
      expires_at: "2099-01-01T00:00:00.000Z",
    })
    .execute();
  await db
    .insertInto("invitations")
    .values({
      id: id(),
      workspace_id: workspaceId,
      team_id: teamId,
      email: "friend@example.test",
      role: "member",
      token_hash: id(),
      invited_by: person.id,
      created_at: at,
      expires_at: at,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    })
    .execute();
  const pulse = id();
  await db
    .insertInto("pulses")
    .values({
      id: pulse,
      workspace_id: workspaceId,
      team_id: teamId,
      opened_by: person.id,
      opened_on: "2026-12-01",
      opened_at: at,
      closes_on: "2026-12-08",
      closed_on: null,
      reminded_on: null,
    })
    .execute();
  await db
    .insertInto("pulse_participations")
    .values({ pulse_id: pulse, user_id: person.id, tenure: "newer" })
    .execute();
  await db
    .insertInto("pulse_responses")
    .values({
      id: id(),
      pulse_id: pulse,
      answered_on: "2026-12-01",
      tenure: "newer",
      answers: "{}",
      comment: null,
    })
    .execute();
  await db
    .insertInto("followership_assessments")
    .values({
      id: id(),
      workspace_id: workspaceId,
      user_id: person.id,
      answers: "{}",
      it: 3,
      ae: 3,
      style: "pragmatist",
      leaning: null,
      visibility: "leader",
      taken_at: at,
    })
    .execute();
  const item = id();
  await db
    .insertInto("work_items")
    .values({
      id: item,
      workspace_id: workspaceId,
      team_id: teamId,
      title: "Item",
      description: null,
      created_by: person.id,
      created_at: at,
      archived_at: null,
    })
    .execute();
  await db
    .insertInto("work_item_ratings")
    .values({ item_id: item, user_id: person.id, value: 3, effort: 3, visibility: "team", rated_at: at })
    .execute();
  const goal = id();
  await db
    .insertInto("goals")
    .values({
      id: goal,
      workspace_id: workspaceId,
      team_id: teamId,
      title: "Goal",
      why: "why",
      first_step: "step",
      status: "active",
      created_by: person.id,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("goal_stances")
    .values({
      goal_id: goal,
      user_id: person.id,
      stance: "curious",
      visibility: "team",
      consent_named: 1,
      stated_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("goal_stance_events")
    .values({ id: id(), goal_id: goal, user_id: person.id, stance: "curious", visibility: "team", at })
    .execute();
  for (const [leader, subject] of [
    [other, person.id],
    [person.id, other],
  ] as const) {
    await db
      .insertInto("goal_perceived_stances")
      .values({
        goal_id: goal,
        leader_id: leader,
        person_id: subject,
        stance: "curious",
        after_stated: 0,
        recorded_at: at,
      })
      .execute();
    await db
      .insertInto("goal_perceived_events")
      .values({ id: id(), goal_id: goal, leader_id: leader, person_id: subject, stance: "curious", at })
      .execute();
    await db
      .insertInto("goal_stance_looks")
      .values({ goal_id: goal, leader_id: leader, person_id: subject, looked_at: at })
      .execute();
    await db
      .insertInto("goal_thanks")
      .values({ goal_id: goal, person_id: subject, leader_id: leader, message: "thanks", thanked_at: at })
      .execute();
  }
  await db
    .insertInto("goal_questions")
    .values([
      {
        id: id(),
        goal_id: goal,
        asked_by: person.id,
        text: "Why?",
        lint_codes: "[]",
        asked_at: at,
        answer: null,
        answered_by: null,
        answered_at: null,
      },
      {
        id: id(),
        goal_id: goal,
        asked_by: other,
        text: "How?",
        lint_codes: "[]",
        asked_at: at,
        answer: "ANSWER KEPT",
        answered_by: person.id,
        answered_at: at,
      },
    ])
    .execute();
}

describe("erasing a person", () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  it("classifies every table: what an erasure deletes, and what it keeps", async () => {
    const t = await startTestApp();
    apps.push(t);
    const tables = await tableNames(t.ctx.db);
    const unlisted = tables.filter((name) => !(name in ERASED) && !(name in KEPT));
    expect(unlisted, "add each new table to ERASED or KEPT, and erase it in erasure.repository.ts").toEqual(
      [],
    );
    expect([...Object.keys(ERASED), ...Object.keys(KEPT)].filter((n) => !tables.includes(n))).toEqual([]);
    // Nothing links an anonymous pulse response to anyone: no column but these.
    const responses = (await t.ctx.db.introspection.getTables()).find((x) => x.name === "pulse_responses");
    expect(responses?.columns.map((c) => c.name).sort()).toEqual(
      ["answered_on", "answers", "comment", "id", "pulse_id", "tenure"].sort(),
    );
  });

  it("leaves a member's id only where allowed, after they delete their own account with their password", async () => {
    const t = await startTestApp(WORLD_APP);
    apps.push(t);
    const world = await buildWorld(t);
    const db = t.ctx.db;
    const { memberId, leaderId, teamA, adminId, drainsFacetId } = world.ids;
    const member = await db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", memberId)
      .executeTakeFirstOrThrow();
    const workspaceId = member.workspace_id;
    await plant(db, { workspaceId, teamId: teamA, adminId, facetId: drainsFacetId }, member, leaderId);
    const needles = [memberId, member.email, member.name];

    const before = await mentions(db, needles);
    expect(
      MUST_HAVE_HELD.filter((table) => !before[table]),
      "tables without a row of the member",
    ).toEqual([]);
    const responsesBefore = await db.selectFrom("pulse_responses").select("id").execute();

    // Signed out: 401. The wrong password: 400 naming the field, nothing changed.
    const anonymous = await new Client(t.app).request("DELETE", "/api/v1/me", { password: PASSWORD });
    expect(anonymous.statusCode).toBe(401);
    const version = await readDataVersion(db, workspaceId);
    const wrong = await world.clients.member.request("DELETE", "/api/v1/me", { password: "not my password" });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json().error.details)).toContain('"password"');
    expect(await readDataVersion(db, workspaceId)).toBe(version);
    // Only the failed attempt is counted, as a failed sign-in is, and logged.
    const {
      login_failures: _f,
      write_limits: _w,
      security_events: _s,
      ...unchanged
    } = await mentions(db, needles);
    const { login_failures: _bf, write_limits: _bw, security_events: _bs, ...was } = before;
    expect(unchanged).toEqual(was);

    const erased = await world.clients.member.request("DELETE", "/api/v1/me", { password: PASSWORD });
    expect(erased.statusCode).toBe(200);
    expect(await readDataVersion(db, workspaceId)).toBeGreaterThan(version ?? 0);

    const after = await mentions(db, needles);
    expect(Object.keys(after).filter((table) => !(table in KEPT))).toEqual([]);
    // What is kept names them by id only.
    expect(
      Object.values(after)
        .flat()
        .filter((row) => row.includes(member.email) || row.includes(member.name)),
    ).toEqual([]);
    const tombstone = await db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", memberId)
      .executeTakeFirstOrThrow();
    expect(tombstone).toMatchObject({
      name: FORMER_MEMBER_NAME,
      is_admin: 0,
      reminders_enabled: 0,
      digest_enabled: 0,
    });
    expect(tombstone.erased_at).not.toBeNull();
    expect(tombstone.deactivated_at).not.toBeNull();
    expect(tombstone.password_hash).not.toBe(member.password_hash);
    // Kept for the leader: the shared notes and the promises, not the private notes about them.
    const kept = await db.selectFrom("conversations").selectAll().where("person_id", "=", memberId).execute();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.map((c) => c.private_notes)).toEqual(kept.map(() => ""));
    expect(kept.map((c) => c.shared_notes)).toContain(SECRETS.sharedNotes);
    expect(kept.filter((c) => c.status === "planned")).toEqual([]);
    // As a leader of the other person: their own private notes, loop and self-check go with them.
    const led = await db.selectFrom("conversations").selectAll().where("leader_id", "=", memberId).execute();
    expect(led.map((c) => [c.private_notes, c.loop_signal, c.listening_check])).toEqual(
      led.map(() => ["", null, null]),
    );
    expect(
      await db.selectFrom("commitments").select("text").where("person_id", "=", memberId).execute(),
    ).toEqual([{ text: `PROMISE ${leaderId}` }]);
    // The other person's talking points stay; theirs are gone.
    const items = await db.selectFrom("conversation_items").select("text").execute();
    expect(items.map((i) => i.text)).toContain(`TALKING POINT ${leaderId}`);
    expect(items.map((i) => i.text)).not.toContain(`TALKING POINT ${memberId}`);
    // An answer they gave to someone else's question keeps its words; responses stay, anonymous.
    expect((await db.selectFrom("goal_questions").select("answer").execute()).map((q) => q.answer)).toContain(
      "ANSWER KEPT",
    );
    expect((await db.selectFrom("pulse_responses").select("id").execute()).length).toBe(
      responsesBefore.length,
    );

    // The security log records the erasure, and the failed attempt before it, by id only.
    const events = await db
      .selectFrom("security_events")
      .selectAll()
      .where("subject_id", "=", memberId)
      .execute();
    expect(events.map((e) => [e.kind, e.outcome, e.actor_id])).toEqual(
      expect.arrayContaining([
        ["user_deleted", "failure", memberId],
        ["user_deleted", "success", memberId],
      ]),
    );

    // Signed out for good: the session is gone and the password no longer opens anything.
    expect((await world.clients.member.get("/api/v1/me")).statusCode).toBe(401);
    const again = await new Client(t.app).post("/api/v1/auth/login", {
      email: member.email,
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(401);
    // The leader's audit and the admin's list of people no longer hold them.
    const audit = await world.clients.leader.get(`/api/v1/teams/${teamA}/audit`);
    expect(audit.statusCode).toBe(200);
    expect(audit.body).not.toContain(memberId);
    const people = await world.clients.admin.get("/api/v1/users");
    expect(people.body).not.toContain(memberId);
    const exported = await world.clients.leader.get("/api/v1/me/export.json");
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain(member.email);
    expect(exported.body).not.toContain(member.name);
    // Gone for the admin's routes too.
    expect((await world.clients.admin.request("DELETE", `/api/v1/users/${memberId}`)).statusCode).toBe(404);
    expect((await world.clients.admin.post(`/api/v1/users/${memberId}/reactivate`)).statusCode).toBe(404);
  }, 120_000);

  it("lets an admin erase a leader once someone else leads their team, and never the last leader nor themselves", async () => {
    const t = await startTestApp(WORLD_APP);
    apps.push(t);
    const world = await buildWorld(t);
    const db = t.ctx.db;
    const { leaderId, otherLeaderId, teamA, adminId } = world.ids;
    const leader = await db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", leaderId)
      .executeTakeFirstOrThrow();
    const needles = [leaderId, leader.email, leader.name];
    const before = await mentions(db, needles);

    const refused = await world.clients.admin.request("DELETE", `/api/v1/users/${leaderId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("last_leader");
    expect(refused.json().error.message).toContain("Team A");
    expect(await mentions(db, needles)).toEqual(before);
    const self = await world.clients.leader.request("DELETE", "/api/v1/me", { password: PASSWORD });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe("last_leader");
    // Not themselves through the admin's route, nor as the workspace's only admin.
    expect((await world.clients.admin.request("DELETE", `/api/v1/users/${adminId}`)).json().error.code).toBe(
      "cannot_delete_self",
    );
    const lastAdmin = await world.clients.admin.request("DELETE", "/api/v1/me", { password: PASSWORD });
    expect(lastAdmin.statusCode).toBe(409);
    expect(lastAdmin.json().error.code).toBe("last_admin");
    expect((await world.clients.member.request("DELETE", `/api/v1/users/${leaderId}`)).statusCode).toBe(403);

    // Someone else leads Team A too: now the leader may go.
    await db
      .insertInto("team_memberships")
      .values({
        team_id: teamA,
        user_id: otherLeaderId,
        role: "leader",
        created_at: new Date().toISOString(),
      })
      .execute();
    const erased = await world.clients.admin.request("DELETE", `/api/v1/users/${leaderId}`);
    expect(erased.statusCode).toBe(200);
    const after = await mentions(db, needles);
    expect(Object.keys(after).filter((table) => !(table in KEPT))).toEqual([]);
    expect(
      Object.values(after)
        .flat()
        .filter((row) => row.includes(leader.email) || row.includes(leader.name)),
    ).toEqual([]);
    // Their coaches' coachings went with them; the member's conversation keeps its shared notes, now with a former member.
    expect(await db.selectFrom("coachings").select("id").where("leader_id", "=", leaderId).execute()).toEqual(
      [],
    );
    const mine = await world.clients.member.get(`/api/v1/conversations/${world.ids.conversationId}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain(SECRETS.sharedNotes);
    expect(mine.body).toContain(FORMER_MEMBER_NAME);
    expect(mine.body).not.toContain(leader.name);
    expect((await world.clients.leader.get("/api/v1/me")).statusCode).toBe(401);
  }, 120_000);
});
