import type { Kysely, Selectable } from "kysely";
import { pulseAnswersColumn } from "../../db/json-columns";
import type { Database, PulseResponseTable, PulseTable, PulseTenure } from "../../db/schema";

export type PulseRow = Selectable<PulseTable> & { team_name: string };

/** What a response holds once read: its answers and comment, never who gave it. */
export interface StoredResponse {
  tenure: PulseTenure;
  answers: Record<string, number>;
  comment: string | null;
}

/** Who answered a round, with their tenure: the people behind its figures (never shown). */
export interface Participant {
  pulseId: string;
  userId: string;
  tenure: PulseTenure;
}

const withTeam = (db: Kysely<Database>) =>
  db
    .selectFrom("pulses")
    .innerJoin("teams", "teams.id", "pulses.team_id")
    .selectAll("pulses")
    .select("teams.name as team_name");

export const pulseRepository = {
  async insert(db: Kysely<Database>, row: Selectable<PulseTable>): Promise<void> {
    await db.insertInto("pulses").values(row).execute();
  },

  find(db: Kysely<Database>, workspaceId: string, pulseId: string): Promise<PulseRow | undefined> {
    return withTeam(db)
      .where("pulses.id", "=", pulseId)
      .where("pulses.workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  /** The team's rounds, newest first. */
  ofTeam(db: Kysely<Database>, teamId: string): Promise<PulseRow[]> {
    return withTeam(db)
      .where("pulses.team_id", "=", teamId)
      .orderBy("pulses.opened_at", "desc")
      .orderBy("pulses.id", "desc")
      .execute();
  },

  /** Rounds not closed by hand whose closing day is today or later, of these teams. */
  openOfTeams(db: Kysely<Database>, teamIds: string[], today: string): Promise<PulseRow[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return withTeam(db)
      .where("pulses.team_id", "in", teamIds)
      .where("pulses.closed_on", "is", null)
      .where("pulses.closes_on", ">=", today)
      .orderBy("pulses.closes_on")
      .orderBy("pulses.id")
      .execute();
  },

  /** Every round, of any workspace, still open today (for the reminder job). */
  openOn(db: Kysely<Database>, today: string): Promise<PulseRow[]> {
    return withTeam(db)
      .where("pulses.closed_on", "is", null)
      .where("pulses.closes_on", ">=", today)
      .orderBy("pulses.id")
      .execute();
  },

  async markReminded(db: Kysely<Database>, pulseId: string, today: string): Promise<void> {
    await db.updateTable("pulses").set({ reminded_on: today }).where("id", "=", pulseId).execute();
  },

  async close(db: Kysely<Database>, pulseId: string, closedOn: string): Promise<void> {
    await db.updateTable("pulses").set({ closed_on: closedOn }).where("id", "=", pulseId).execute();
  },

  /** Closes, on their closing day, the rounds whose closing day is before today; returns their ids. */
  async closeDue(db: Kysely<Database>, today: string): Promise<{ id: string; workspace_id: string }[]> {
    const due = await db
      .selectFrom("pulses")
      .select(["id", "workspace_id", "closes_on"])
      .where("closed_on", "is", null)
      .where("closes_on", "<", today)
      .execute();
    for (const round of due)
      await db.updateTable("pulses").set({ closed_on: round.closes_on }).where("id", "=", round.id).execute();
    return due.map(({ id, workspace_id }) => ({ id, workspace_id }));
  },

  async hasParticipated(db: Kysely<Database>, pulseId: string, userId: string): Promise<boolean> {
    const row = await db
      .selectFrom("pulse_participations")
      .select("user_id")
      .where("pulse_id", "=", pulseId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Of these rounds, those the person has answered. */
  async answeredBy(db: Kysely<Database>, pulseIds: string[], userId: string): Promise<Set<string>> {
    if (pulseIds.length === 0) return new Set();
    const rows = await db
      .selectFrom("pulse_participations")
      .select("pulse_id")
      .where("pulse_id", "in", pulseIds)
      .where("user_id", "=", userId)
      .execute();
    return new Set(rows.map((r) => r.pulse_id));
  },

  /**
   * Records that the person answered, and the response apart from it. Inserting the participation
   * first makes a second answer fail on its primary key even when two arrive at once.
   */
  async answer(
    db: Kysely<Database>,
    participation: { pulseId: string; userId: string; tenure: PulseTenure },
    response: Omit<PulseResponseTable, "answers"> & { answers: Record<string, number> },
  ): Promise<boolean> {
    const inserted = await db
      .insertInto("pulse_participations")
      .values({
        pulse_id: participation.pulseId,
        user_id: participation.userId,
        tenure: participation.tenure,
      })
      .onConflict((oc) => oc.columns(["pulse_id", "user_id"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
    await db
      .insertInto("pulse_responses")
      .values({ ...response, answers: pulseAnswersColumn.write(response.answers) })
      .execute();
    return true;
  },

  /** A round's responses, in the table's order (by their random id), never with who gave them. */
  async responses(db: Kysely<Database>, pulseId: string): Promise<StoredResponse[]> {
    return (await this.responsesOf(db, [pulseId])).get(pulseId) ?? [];
  },

  /** The responses of several rounds in one query, by round (a round with none is absent). */
  async responsesOf(
    db: Kysely<Database>,
    pulseIds: readonly string[],
  ): Promise<Map<string, StoredResponse[]>> {
    const byRound = new Map<string, StoredResponse[]>();
    if (pulseIds.length === 0) return byRound;
    const rows = await db
      .selectFrom("pulse_responses")
      .select(["pulse_id", "tenure", "answers", "comment"])
      .where("pulse_id", "in", [...pulseIds])
      .orderBy("id")
      .execute();
    for (const r of rows) {
      const list = byRound.get(r.pulse_id) ?? [];
      list.push({ tenure: r.tenure, answers: pulseAnswersColumn.read(r.answers), comment: r.comment });
      byRound.set(r.pulse_id, list);
    }
    return byRound;
  },

  /** Who answered each of these rounds, with their tenure (for the anonymity guard only). */
  async participants(db: Kysely<Database>, pulseIds: string[]): Promise<Participant[]> {
    if (pulseIds.length === 0) return [];
    const rows = await db
      .selectFrom("pulse_participations")
      .select(["pulse_id", "user_id", "tenure"])
      .where("pulse_id", "in", pulseIds)
      .execute();
    return rows.map((r) => ({ pulseId: r.pulse_id, userId: r.user_id, tenure: r.tenure }));
  },

  /** The active members of the round's team who have not answered it; for the reminder job. */
  notAnswered(db: Kysely<Database>, pulseId: string, teamId: string) {
    return db
      .selectFrom("team_memberships")
      .innerJoin("users", "users.id", "team_memberships.user_id")
      .leftJoin("pulse_participations as p", (join) =>
        join.onRef("p.user_id", "=", "team_memberships.user_id").on("p.pulse_id", "=", pulseId),
      )
      .select(["users.id as id"])
      .where("team_memberships.team_id", "=", teamId)
      .where("team_memberships.role", "=", "member")
      .where("users.deactivated_at", "is", null)
      .where("p.user_id", "is", null)
      .orderBy("users.id")
      .execute()
      .then((rows) => rows.map((r) => r.id));
  },

  thresholds(db: Kysely<Database>, workspaceId: string) {
    return db
      .selectFrom("workspaces")
      .select(["pulse_score_threshold", "pulse_comment_threshold"])
      .where("id", "=", workspaceId)
      .executeTakeFirstOrThrow();
  },

  async setThresholds(
    db: Kysely<Database>,
    workspaceId: string,
    changes: { pulse_score_threshold?: number; pulse_comment_threshold?: number },
  ): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await db.updateTable("workspaces").set(changes).where("id", "=", workspaceId).execute();
  },
};
