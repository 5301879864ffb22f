import type { Kysely } from "kysely";
import type { CoachGrant } from "#contracts/coaching";
import { coachGrantsColumn } from "../../db/json-columns";
import type { CoachAssignmentTable, CoachingTable, CoachNoteTable, Database } from "../../db/schema";

/** A coaching as the service works with it: its grants read, and the coach's name once accepted. */
export type CoachingRow = Omit<CoachingTable, "grants"> & { grants: CoachGrant[]; coach_name: string | null };

/** A note or an assignment with the coaching it belongs to: whose leader, and the coach's name. */
export type NoteRow = CoachNoteTable & { leader_id: string; coach_name: string };
export type AssignmentRow = CoachAssignmentTable & { leader_id: string; coach_name: string };

const withCoach = (db: Kysely<Database>) =>
  db
    .selectFrom("coachings")
    .leftJoin("users as coach", "coach.id", "coachings.coach_id")
    .selectAll("coachings")
    .select("coach.name as coach_name");

const coachingFrom = (row: CoachingTable & { coach_name: string | null }): CoachingRow => ({
  ...row,
  grants: coachGrantsColumn.read(row.grants),
});

export const coachingRepository = {
  async insert(db: Kysely<Database>, row: Omit<CoachingRow, "coach_name">): Promise<void> {
    await db
      .insertInto("coachings")
      .values({ ...row, grants: coachGrantsColumn.write(row.grants) })
      .execute();
  },

  /** The coaching a link leads to, with the leader's and the workspace's names. */
  findByDigest(db: Kysely<Database>, tokenHash: string) {
    return db
      .selectFrom("coachings")
      .innerJoin("users as leader", "leader.id", "coachings.leader_id")
      .innerJoin("workspaces", "workspaces.id", "coachings.workspace_id")
      .selectAll("coachings")
      .select(["leader.name as leader_name", "workspaces.name as workspace_name"])
      .where("coachings.token_hash", "=", tokenHash)
      .executeTakeFirst()
      .then((row) => row && { ...row, grants: coachGrantsColumn.read(row.grants) });
  },

  /** The leader's coachings that have not ended, newest first. */
  async ofLeader(db: Kysely<Database>, workspaceId: string, leaderId: string): Promise<CoachingRow[]> {
    const rows = await withCoach(db)
      .where("coachings.workspace_id", "=", workspaceId)
      .where("coachings.leader_id", "=", leaderId)
      .where("coachings.ended_at", "is", null)
      .orderBy("coachings.created_at", "desc")
      .orderBy("coachings.id")
      .execute();
    return rows.map(coachingFrom);
  },

  /** One of the leader's coachings that has not ended. */
  async findOfLeader(
    db: Kysely<Database>,
    workspaceId: string,
    leaderId: string,
    id: string,
  ): Promise<CoachingRow | undefined> {
    const row = await withCoach(db)
      .where("coachings.id", "=", id)
      .where("coachings.workspace_id", "=", workspaceId)
      .where("coachings.leader_id", "=", leaderId)
      .where("coachings.ended_at", "is", null)
      .executeTakeFirst();
    return row && coachingFrom(row);
  },

  /** The coach's active coachings (accepted, not ended) of active leaders, by the leader's name. */
  ofCoach(db: Kysely<Database>, workspaceId: string, coachId: string) {
    return db
      .selectFrom("coachings")
      .innerJoin("users as leader", "leader.id", "coachings.leader_id")
      .select([
        "coachings.id as id",
        "coachings.grants as grants",
        "coachings.accepted_at as accepted_at",
        "leader.id as leader_id",
        "leader.name as leader_name",
      ])
      .where("coachings.workspace_id", "=", workspaceId)
      .where("coachings.coach_id", "=", coachId)
      .where("coachings.accepted_at", "is not", null)
      .where("coachings.ended_at", "is", null)
      .where("leader.deactivated_at", "is", null)
      .orderBy("leader.name")
      .orderBy("leader.id")
      .execute()
      .then((rows) => rows.map((row) => ({ ...row, grants: coachGrantsColumn.read(row.grants) })));
  },

  async setGrants(db: Kysely<Database>, id: string, grants: readonly CoachGrant[]): Promise<void> {
    await db
      .updateTable("coachings")
      .set({ grants: coachGrantsColumn.write(grants) })
      .where("id", "=", id)
      .execute();
  },

  async end(db: Kysely<Database>, id: string, at: string): Promise<void> {
    await db.updateTable("coachings").set({ ended_at: at }).where("id", "=", id).execute();
  },

  /**
   * Marks the coaching accepted by the coach, through the link `tokenHash`; false when that link no
   * longer works (used first, or the coaching ended meanwhile).
   */
  async markAccepted(
    db: Kysely<Database>,
    id: string,
    tokenHash: string,
    coachId: string,
    at: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable("coachings")
      .set({ accepted_at: at, coach_id: coachId })
      .where("id", "=", id)
      .where("token_hash", "=", tokenHash)
      .where("accepted_at", "is", null)
      .where("ended_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async insertNote(db: Kysely<Database>, row: CoachNoteTable): Promise<void> {
    await db.insertInto("coach_notes").values(row).execute();
  },

  async insertAssignment(db: Kysely<Database>, row: CoachAssignmentTable): Promise<void> {
    await db.insertInto("coach_assignments").values(row).execute();
  },

  /** The notes of these coachings, newest first. */
  notesOf(db: Kysely<Database>, coachingIds: readonly string[]): Promise<NoteRow[]> {
    if (coachingIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("coach_notes")
      .innerJoin("coachings", "coachings.id", "coach_notes.coaching_id")
      .innerJoin("users as coach", "coach.id", "coachings.coach_id")
      .selectAll("coach_notes")
      .select(["coachings.leader_id as leader_id", "coach.name as coach_name"])
      .where("coach_notes.coaching_id", "in", [...coachingIds])
      .orderBy("coach_notes.created_at", "desc")
      .orderBy("coach_notes.id")
      .execute();
  },

  /** The assignments of these coachings, by due day. */
  assignmentsOf(db: Kysely<Database>, coachingIds: readonly string[]): Promise<AssignmentRow[]> {
    if (coachingIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("coach_assignments")
      .innerJoin("coachings", "coachings.id", "coach_assignments.coaching_id")
      .innerJoin("users as coach", "coach.id", "coachings.coach_id")
      .selectAll("coach_assignments")
      .select(["coachings.leader_id as leader_id", "coach.name as coach_name"])
      .where("coach_assignments.coaching_id", "in", [...coachingIds])
      .orderBy("coach_assignments.due_on")
      .orderBy("coach_assignments.created_at")
      .orderBy("coach_assignments.id")
      .execute();
  },

  /** The ids of the leader's accepted coachings, ended ones included: what was written to them stays theirs. */
  async acceptedOfLeader(db: Kysely<Database>, workspaceId: string, leaderId: string): Promise<string[]> {
    const rows = await db
      .selectFrom("coachings")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("leader_id", "=", leaderId)
      .where("accepted_at", "is not", null)
      .execute();
    return rows.map((r) => r.id);
  },

  /**
   * For the export: every coaching where the user is the leader or the coach (ended ones too, not
   * invitations never accepted by them as coach), with what was written in them.
   */
  async exportOf(db: Kysely<Database>, workspaceId: string, userId: string) {
    const coachings = await db
      .selectFrom("coachings")
      .innerJoin("users as leader", "leader.id", "coachings.leader_id")
      .leftJoin("users as coach", "coach.id", "coachings.coach_id")
      .selectAll("coachings")
      .select(["leader.name as leader_name", "coach.name as coach_name"])
      .where("coachings.workspace_id", "=", workspaceId)
      .where((eb) => eb.or([eb("coachings.leader_id", "=", userId), eb("coachings.coach_id", "=", userId)]))
      .orderBy("coachings.created_at")
      .orderBy("coachings.id")
      .execute();
    const ids = coachings.map((c) => c.id);
    const [notes, assignments] =
      ids.length === 0
        ? [[], []]
        : await Promise.all([
            db
              .selectFrom("coach_notes")
              .selectAll()
              .where("coaching_id", "in", ids)
              .orderBy("created_at")
              .execute(),
            db
              .selectFrom("coach_assignments")
              .selectAll()
              .where("coaching_id", "in", ids)
              .orderBy("created_at")
              .execute(),
          ]);
    return {
      coachings: coachings.map((c) => ({ ...c, grants: coachGrantsColumn.read(c.grants) })),
      notes,
      assignments,
    };
  },

  async setAssignmentDone(db: Kysely<Database>, id: string, doneAt: string | null): Promise<void> {
    await db.updateTable("coach_assignments").set({ done_at: doneAt }).where("id", "=", id).execute();
  },
};
