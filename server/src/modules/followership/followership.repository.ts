import type { Kysely, Selectable } from "kysely";
import { followershipAnswersColumn } from "../../db/json-columns";
import type { Database, FollowershipAssessmentTable, FollowershipEstimateTable } from "../../db/schema";

export type AssessmentRow = Omit<Selectable<FollowershipAssessmentTable>, "answers">;
export type EstimateRow = Selectable<FollowershipEstimateTable>;

const ASSESSMENT_COLUMNS = [
  "id",
  "workspace_id",
  "user_id",
  "it",
  "ae",
  "style",
  "leaning",
  "visibility",
  "taken_at",
] as const;

export const followershipRepository = {
  async addAssessment(
    db: Kysely<Database>,
    row: AssessmentRow & { answers: Readonly<Record<string, number>> },
  ): Promise<void> {
    await db
      .insertInto("followership_assessments")
      .values({ ...row, answers: followershipAnswersColumn.write(row.answers) })
      .execute();
  },

  /** A person's takes, newest first. */
  assessmentsOf(db: Kysely<Database>, userId: string): Promise<AssessmentRow[]> {
    return db
      .selectFrom("followership_assessments")
      .select(ASSESSMENT_COLUMNS)
      .where("user_id", "=", userId)
      .orderBy("taken_at", "desc")
      .orderBy("id", "desc")
      .execute();
  },

  /** The latest take of each of these people. */
  async latestOf(db: Kysely<Database>, userIds: string[]): Promise<Map<string, AssessmentRow>> {
    if (userIds.length === 0) return new Map();
    const rows = await db
      .selectFrom("followership_assessments")
      .select(ASSESSMENT_COLUMNS)
      .where("user_id", "in", userIds)
      .orderBy("taken_at", "desc")
      .orderBy("id", "desc")
      .execute();
    const latest = new Map<string, AssessmentRow>();
    for (const row of rows) if (!latest.has(row.user_id)) latest.set(row.user_id, row);
    return latest;
  },

  findEstimate(db: Kysely<Database>, leaderId: string, personId: string): Promise<EstimateRow | undefined> {
    return db
      .selectFrom("followership_estimates")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "=", personId)
      .executeTakeFirst();
  },

  /** The leader's estimates of these people, by person. */
  async estimatesBy(
    db: Kysely<Database>,
    leaderId: string,
    personIds: string[],
  ): Promise<Map<string, EstimateRow>> {
    if (personIds.length === 0) return new Map();
    const rows = await db
      .selectFrom("followership_estimates")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .execute();
    return new Map(rows.map((row) => [row.person_id, row]));
  },

  /** One estimate per leader and person: a second one rewrites the first. */
  async upsertEstimate(db: Kysely<Database>, row: EstimateRow): Promise<void> {
    await db
      .insertInto("followership_estimates")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["leader_id", "person_id"]).doUpdateSet({
          it: row.it,
          ae: row.ae,
          after_result: row.after_result,
          recorded_at: row.recorded_at,
        }),
      )
      .execute();
  },

  async forgetEstimates(db: Kysely<Database>, leaderId: string, personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    await db
      .deleteFrom("followership_estimates")
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .execute();
  },
};
