import type { Kysely, Selectable } from "kysely";
import type { LintCode } from "#core/questions/linter-types";
import { lintCodesColumn } from "../../db/json-columns";
import type {
  Database,
  GoalPerceivedStanceTable,
  GoalStance,
  GoalStanceLookTable,
  GoalStanceTable,
  GoalTable,
  GoalThanksTable,
  TeamRole,
} from "../../db/schema";

export type GoalRow = Selectable<GoalTable> & { team_name: string; created_by_name: string };
export type StanceRow = Selectable<GoalStanceTable>;
export type PerceivedRow = Selectable<GoalPerceivedStanceTable>;
export type LookRow = Selectable<GoalStanceLookTable>;
export type ThanksRow = Selectable<GoalThanksTable> & { leader_name: string };
export interface StanceEventRow {
  user_id: string;
  stance: StanceRow["stance"] | null;
  visibility: StanceRow["visibility"] | null;
  at: string;
}
export interface QuestionRow {
  id: string;
  goal_id: string;
  text: string;
  lint_codes: LintCode[];
  asked_at: string;
  asked_by: string;
  asked_by_name: string;
  answer: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_at: string | null;
}
export interface TeamPerson {
  id: string;
  name: string;
  role: TeamRole;
}

const withTeam = (db: Kysely<Database>) =>
  db
    .selectFrom("goals")
    .innerJoin("teams", "teams.id", "goals.team_id")
    .innerJoin("users as creator", "creator.id", "goals.created_by")
    .selectAll("goals")
    .select(["teams.name as team_name", "creator.name as created_by_name"]);

export const goalRepository = {
  async insert(db: Kysely<Database>, row: Selectable<GoalTable>): Promise<void> {
    await db.insertInto("goals").values(row).execute();
  },

  find(db: Kysely<Database>, workspaceId: string, goalId: string): Promise<GoalRow | undefined> {
    return withTeam(db)
      .where("goals.id", "=", goalId)
      .where("goals.workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  /** The team's goals: active first, then newest first. */
  ofTeam(db: Kysely<Database>, teamId: string): Promise<GoalRow[]> {
    return withTeam(db)
      .where("goals.team_id", "=", teamId)
      .orderBy("goals.status")
      .orderBy("goals.created_at", "desc")
      .orderBy("goals.id")
      .execute();
  },

  /** Active goals of these teams, oldest first. */
  activeOfTeams(db: Kysely<Database>, teamIds: string[]): Promise<GoalRow[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return withTeam(db)
      .where("goals.team_id", "in", teamIds)
      .where("goals.status", "=", "active")
      .orderBy("goals.created_at")
      .orderBy("goals.id")
      .execute();
  },

  /** The goals of the teams the person is on now, oldest first (the export reads what is theirs on them). */
  ofTeamsOf(db: Kysely<Database>, userId: string): Promise<GoalRow[]> {
    return withTeam(db)
      .where("goals.team_id", "in", (eb) =>
        eb.selectFrom("team_memberships").select("team_id").where("user_id", "=", userId),
      )
      .orderBy("goals.created_at")
      .orderBy("goals.id")
      .execute();
  },

  async update(
    db: Kysely<Database>,
    goalId: string,
    changes: Partial<Pick<GoalTable, "title" | "why" | "first_step" | "status" | "updated_at">>,
  ): Promise<void> {
    await db.updateTable("goals").set(changes).where("id", "=", goalId).execute();
  },

  /** Each of these teams' active people, leaders and members, by name (one query). */
  async people(db: Kysely<Database>, teamIds: string[]): Promise<Map<string, TeamPerson[]>> {
    const byTeam = new Map<string, TeamPerson[]>(teamIds.map((id) => [id, []]));
    if (teamIds.length === 0) return byTeam;
    const rows = await db
      .selectFrom("team_memberships")
      .innerJoin("users", "users.id", "team_memberships.user_id")
      .select([
        "team_memberships.team_id as team_id",
        "users.id as id",
        "users.name as name",
        "team_memberships.role as role",
      ])
      .where("team_memberships.team_id", "in", teamIds)
      .where("users.deactivated_at", "is", null)
      .orderBy("users.name")
      .orderBy("users.id")
      .execute();
    for (const { team_id, ...person } of rows) byTeam.get(team_id)?.push(person);
    return byTeam;
  },

  /** The teams the person is on with this role. */
  async teamsWithRole(db: Kysely<Database>, userId: string, role: TeamRole): Promise<string[]> {
    const rows = await db
      .selectFrom("team_memberships")
      .select("team_id")
      .where("user_id", "=", userId)
      .where("role", "=", role)
      .execute();
    return rows.map((r) => r.team_id);
  },

  stances(db: Kysely<Database>, goalIds: string[]): Promise<StanceRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return db.selectFrom("goal_stances").selectAll().where("goal_id", "in", goalIds).execute();
  },

  stanceOf(db: Kysely<Database>, goalId: string, userId: string): Promise<StanceRow | undefined> {
    return db
      .selectFrom("goal_stances")
      .selectAll()
      .where("goal_id", "=", goalId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
  },

  async upsertStance(db: Kysely<Database>, row: StanceRow): Promise<void> {
    await db
      .insertInto("goal_stances")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["goal_id", "user_id"]).doUpdateSet({
          stance: row.stance,
          visibility: row.visibility,
          consent_named: row.consent_named,
          stated_at: row.stated_at,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },

  async deleteStance(db: Kysely<Database>, goalId: string, userId: string): Promise<void> {
    await db.deleteFrom("goal_stances").where("goal_id", "=", goalId).where("user_id", "=", userId).execute();
  },

  async setConsent(db: Kysely<Database>, goalId: string, userId: string, named: boolean): Promise<void> {
    await db
      .updateTable("goal_stances")
      .set({ consent_named: named ? 1 : 0 })
      .where("goal_id", "=", goalId)
      .where("user_id", "=", userId)
      .execute();
  },

  async addStanceEvent(
    db: Kysely<Database>,
    event: StanceEventRow & { id: string; goal_id: string },
  ): Promise<void> {
    await db.insertInto("goal_stance_events").values(event).execute();
  },

  /** Each goal's stance events, in time order. */
  async stanceEvents(db: Kysely<Database>, goalIds: string[]): Promise<Map<string, StanceEventRow[]>> {
    const byGoal = new Map<string, StanceEventRow[]>(goalIds.map((id) => [id, []]));
    if (goalIds.length === 0) return byGoal;
    const rows = await db
      .selectFrom("goal_stance_events")
      .select(["goal_id", "user_id", "stance", "visibility", "at"])
      .where("goal_id", "in", goalIds)
      .orderBy("at")
      .orderBy("id")
      .execute();
    for (const { goal_id, ...event } of rows) byGoal.get(goal_id)?.push(event);
    return byGoal;
  },

  /**
   * In one query, for the audit: each perceived stance of this leader's for these people on an
   * active goal of a team the leader leads now and the person is a member of (still active), beside
   * the person's stated stance where a leader may see it (not private) and this leader has looked at
   * its current rung.
   */
  perceivedBesideLookedAt(
    db: Kysely<Database>,
    leaderId: string,
    personIds: readonly string[],
  ): Promise<
    {
      goal_id: string;
      goal_title: string;
      team_id: string;
      person_id: string;
      perceived: GoalStance;
      stated: GoalStance;
      recorded_at: string;
    }[]
  > {
    if (personIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("goal_perceived_stances as p")
      .innerJoin("goals as g", "g.id", "p.goal_id")
      .innerJoin("team_memberships as lm", (join) =>
        join
          .onRef("lm.team_id", "=", "g.team_id")
          .onRef("lm.user_id", "=", "p.leader_id")
          .on("lm.role", "=", "leader"),
      )
      .innerJoin("team_memberships as mm", (join) =>
        join
          .onRef("mm.team_id", "=", "g.team_id")
          .onRef("mm.user_id", "=", "p.person_id")
          .on("mm.role", "=", "member"),
      )
      .innerJoin("users as u", "u.id", "p.person_id")
      .innerJoin("goal_stances as s", (join) =>
        join.onRef("s.goal_id", "=", "p.goal_id").onRef("s.user_id", "=", "p.person_id"),
      )
      .innerJoin("goal_stance_looks as l", (join) =>
        join
          .onRef("l.goal_id", "=", "p.goal_id")
          .onRef("l.leader_id", "=", "p.leader_id")
          .onRef("l.person_id", "=", "p.person_id")
          .onRef("l.looked_at", ">=", "s.stated_at"),
      )
      .select([
        "g.id as goal_id",
        "g.title as goal_title",
        "g.team_id as team_id",
        "p.person_id as person_id",
        "p.stance as perceived",
        "s.stance as stated",
        "p.recorded_at as recorded_at",
      ])
      .where("p.leader_id", "=", leaderId)
      .where("p.person_id", "in", [...personIds])
      .where("g.status", "=", "active")
      .where("u.deactivated_at", "is", null)
      .where("s.visibility", "!=", "private")
      .orderBy("g.created_at")
      .orderBy("g.id")
      .orderBy("p.person_id")
      .execute();
  },

  perceivedBy(db: Kysely<Database>, leaderId: string, goalIds: string[]): Promise<PerceivedRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("goal_perceived_stances")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("goal_id", "in", goalIds)
      .execute();
  },

  async upsertPerceived(db: Kysely<Database>, row: PerceivedRow, eventId: string): Promise<void> {
    await db
      .insertInto("goal_perceived_stances")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["goal_id", "leader_id", "person_id"]).doUpdateSet({
          stance: row.stance,
          after_stated: row.after_stated,
          recorded_at: row.recorded_at,
        }),
      )
      .execute();
    await db
      .insertInto("goal_perceived_events")
      .values({
        id: eventId,
        goal_id: row.goal_id,
        leader_id: row.leader_id,
        person_id: row.person_id,
        stance: row.stance,
        at: row.recorded_at,
      })
      .execute();
  },

  perceivedEvents(db: Kysely<Database>, goalId: string, leaderId: string) {
    return db
      .selectFrom("goal_perceived_events")
      .select(["person_id", "stance", "at"])
      .where("goal_id", "=", goalId)
      .where("leader_id", "=", leaderId)
      .orderBy("at")
      .orderBy("id")
      .execute();
  },

  looksBy(db: Kysely<Database>, leaderId: string, goalIds: string[]): Promise<LookRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("goal_stance_looks")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("goal_id", "in", goalIds)
      .execute();
  },

  async upsertLook(db: Kysely<Database>, row: LookRow): Promise<void> {
    await db
      .insertInto("goal_stance_looks")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["goal_id", "leader_id", "person_id"]).doUpdateSet({ looked_at: row.looked_at }),
      )
      .execute();
  },

  thanks(db: Kysely<Database>, goalIds: string[]): Promise<ThanksRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("goal_thanks")
      .innerJoin("users", "users.id", "goal_thanks.leader_id")
      .selectAll("goal_thanks")
      .select("users.name as leader_name")
      .where("goal_thanks.goal_id", "in", goalIds)
      .execute();
  },

  /** Adds the thanks; false when the person was thanked for this goal already. */
  async addThanks(db: Kysely<Database>, row: Selectable<GoalThanksTable>): Promise<boolean> {
    const result = await db
      .insertInto("goal_thanks")
      .values(row)
      .onConflict((oc) => oc.columns(["goal_id", "person_id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  async questions(db: Kysely<Database>, goalId: string): Promise<QuestionRow[]> {
    const rows = await db
      .selectFrom("goal_questions")
      .innerJoin("users as asker", "asker.id", "goal_questions.asked_by")
      .leftJoin("users as answerer", "answerer.id", "goal_questions.answered_by")
      .selectAll("goal_questions")
      .select(["asker.name as asked_by_name", "answerer.name as answered_by_name"])
      .where("goal_questions.goal_id", "=", goalId)
      .orderBy("goal_questions.asked_at")
      .orderBy("goal_questions.id")
      .execute();
    return rows.map((row) => ({ ...row, lint_codes: lintCodesColumn.read(row.lint_codes) }));
  },

  async addQuestion(
    db: Kysely<Database>,
    row: {
      id: string;
      goal_id: string;
      asked_by: string;
      text: string;
      lint_codes: LintCode[];
      asked_at: string;
    },
  ): Promise<void> {
    await db
      .insertInto("goal_questions")
      .values({ ...row, lint_codes: lintCodesColumn.write(row.lint_codes) })
      .execute();
  },

  async answerQuestion(
    db: Kysely<Database>,
    goalId: string,
    questionId: string,
    answer: { text: string; by: string; at: string },
  ): Promise<boolean> {
    const result = await db
      .updateTable("goal_questions")
      .set({ answer: answer.text, answered_by: answer.by, answered_at: answer.at })
      .where("id", "=", questionId)
      .where("goal_id", "=", goalId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
};
