import type { Kysely, Transaction } from "kysely";
import { FORMER_MEMBER_NAME } from "#contracts/erasure";
import type { Database } from "../../db/schema";

/** The account being erased, as the service needs it. */
export interface ErasureSubject {
  id: string;
  email: string;
  workspaceId: string;
}

/** The tombstone's email: unique, never deliverable (`.invalid`), and naming no one. */
export const tombstoneEmail = (userId: string) => `erased-${userId}@erased.invalid`;

/**
 * The one repository that writes every module's tables: erasing a person reaches every table that
 * names them, by design, and `erasure.test.ts` reads every table of the database after an erasure
 * so this list cannot fall behind a new table. Each statement is for one table, in an order the
 * foreign keys allow.
 */
export const erasureRepository = {
  /** Teams this person leads where no other active leader is left: erasing them would orphan those. */
  async teamsOnlyTheyLead(db: Kysely<Database>, userId: string): Promise<string[]> {
    const rows = await db
      .selectFrom("team_memberships as mine")
      .innerJoin("teams", "teams.id", "mine.team_id")
      .select("teams.name")
      .where("mine.user_id", "=", userId)
      .where("mine.role", "=", "leader")
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("team_memberships as other")
              .innerJoin("users", "users.id", "other.user_id")
              .select("other.user_id")
              .whereRef("other.team_id", "=", "mine.team_id")
              .where("other.role", "=", "leader")
              .where("other.user_id", "!=", userId)
              .where("users.deactivated_at", "is", null),
          ),
        ),
      )
      .orderBy("teams.name")
      .execute();
    return rows.map((r) => r.name);
  },

  /** Active admins of the workspace other than this person. */
  async otherActiveAdmins(db: Kysely<Database>, workspaceId: string, userId: string): Promise<number> {
    const row = await db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", workspaceId)
      .where("is_admin", "=", 1)
      .where("deactivated_at", "is", null)
      .where("id", "!=", userId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Everything of the person goes but the commitments and conversations the other person keeps. */
  async erase(trx: Transaction<Database>, subject: ErasureSubject, now: string): Promise<void> {
    const { id, email } = subject;
    const pair = ["leader_id", "person_id"] as const;

    // Credentials and bookkeeping.
    await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    await trx.deleteFrom("api_tokens").where("user_id", "=", id).execute();
    await trx.deleteFrom("calendar_feeds").where("user_id", "=", id).execute();
    await trx.deleteFrom("password_resets").where("user_id", "=", id).execute();
    await trx.updateTable("password_resets").set({ created_by: null }).where("created_by", "=", id).execute();
    await trx.deleteFrom("checklist_dismissals").where("user_id", "=", id).execute();
    await trx.deleteFrom("second_factors").where("user_id", "=", id).execute();
    await trx.deleteFrom("recovery_codes").where("user_id", "=", id).execute();
    await trx.deleteFrom("write_limits").where("user_id", "=", id).execute();
    await trx
      .deleteFrom("login_failures")
      .where("subject", "in", [`account:${email}`, `reset-account:${email}`])
      .execute();

    // Teams and invitations: those they sent, accepted or were sent (their replaced links cascade).
    await trx.deleteFrom("team_memberships").where("user_id", "=", id).execute();
    await trx
      .deleteFrom("invitations")
      .where((eb) => eb.or([eb("invited_by", "=", id), eb("accepted_by", "=", id), eb("email", "=", email)]))
      .execute();

    // Answers, their history and leaders' looks at them; what leaders believe and compared of them.
    for (const column of pair) {
      await trx.deleteFrom("answer_reveals").where(column, "=", id).execute();
      await trx.deleteFrom("beliefs").where(column, "=", id).execute();
      await trx.deleteFrom("comparisons").where(column, "=", id).execute();
      await trx.deleteFrom("cadences").where(column, "=", id).execute();
      await trx.deleteFrom("answer_requests").where(column, "=", id).execute();
      await trx.deleteFrom("followership_estimates").where(column, "=", id).execute();
      await trx.deleteFrom("goal_perceived_stances").where(column, "=", id).execute();
      await trx.deleteFrom("goal_perceived_events").where(column, "=", id).execute();
      await trx.deleteFrom("goal_stance_looks").where(column, "=", id).execute();
      await trx.deleteFrom("goal_thanks").where(column, "=", id).execute();
    }
    await trx.deleteFrom("answers").where("user_id", "=", id).execute();
    await trx.deleteFrom("answer_versions").where("user_id", "=", id).execute();
    await trx.deleteFrom("question_lists").where("owner_id", "=", id).execute();
    await trx.deleteFrom("followership_assessments").where("user_id", "=", id).execute();

    // Goals: their stances and their history, the questions they asked; a goal they stated stays
    // the team's, and an answer they gave to someone's question keeps its words, unsigned.
    await trx.deleteFrom("goal_stances").where("user_id", "=", id).execute();
    await trx.deleteFrom("goal_stance_events").where("user_id", "=", id).execute();
    await trx.deleteFrom("goal_questions").where("asked_by", "=", id).execute();
    await trx
      .updateTable("goal_questions")
      .set({ answered_by: null })
      .where("answered_by", "=", id)
      .execute();

    // Priorities and the trust pulse: their ratings and which rounds they answered. The responses
    // stay: no column of pulse_responses names anyone. An item or a round they opened stays the team's.
    await trx.deleteFrom("work_item_ratings").where("user_id", "=", id).execute();
    await trx.updateTable("work_items").set({ created_by: null }).where("created_by", "=", id).execute();
    await trx.deleteFrom("pulse_participations").where("user_id", "=", id).execute();
    await trx.updateTable("pulses").set({ opened_by: null }).where("opened_by", "=", id).execute();

    // Coaching, as the leader coached, as the coach, or as the address a link was sent to (notes
    // and assignments cascade).
    await trx
      .deleteFrom("coachings")
      .where((eb) => eb.or([eb("leader_id", "=", id), eb("coach_id", "=", id), eb("email", "=", email)]))
      .execute();

    // Conversations stay for the other person with their shared notes; what the erased person wrote
    // on the agenda goes, and so do the leader's private notes about them (or their own, as leader,
    // with the loop and the self-check). One still to come is cancelled: nobody will hold it.
    const written = await trx
      .selectFrom("conversation_items")
      .innerJoin("conversations", "conversations.id", "conversation_items.conversation_id")
      .select("conversation_items.id")
      .where((eb) =>
        eb.or([
          eb.and([eb("conversations.person_id", "=", id), eb("conversation_items.author", "=", "member")]),
          eb.and([eb("conversations.leader_id", "=", id), eb("conversation_items.author", "=", "leader")]),
        ]),
      )
      .execute();
    const itemIds = written.map((w) => w.id);
    if (itemIds.length > 0) {
      await trx
        .updateTable("conversation_items")
        .set({ carried_from: null })
        .where("carried_from", "in", itemIds)
        .execute();
      await trx.deleteFrom("conversation_items").where("id", "in", itemIds).execute();
    }
    await trx
      .updateTable("conversations")
      .set({ private_notes: "", updated_at: now })
      .where("person_id", "=", id)
      .execute();
    await trx
      .updateTable("conversations")
      .set({
        private_notes: "",
        loop_signal: null,
        loop_signal_at: null,
        loop_response_at: null,
        loop_closed_at: null,
        listening_check: null,
        talk_share: null,
        checked_at: null,
        updated_at: now,
      })
      .where("leader_id", "=", id)
      .execute();
    await trx
      .updateTable("conversations")
      .set({ status: "cancelled", updated_at: now })
      .where((eb) => eb.or([eb("leader_id", "=", id), eb("person_id", "=", id)]))
      .where("status", "=", "planned")
      .execute();

    // The account itself becomes the tombstone the kept rows point at.
    await trx
      .updateTable("users")
      .set({
        name: FORMER_MEMBER_NAME,
        email: tombstoneEmail(id),
        password_hash: "!erased",
        is_admin: 0,
        deactivated_at: now,
        erased_at: now,
        time_zone: "UTC",
        reminders_enabled: 0,
        digest_enabled: 0,
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
  },
};
