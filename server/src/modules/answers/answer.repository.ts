import type { Kysely } from "kysely";
import type { AnswerTable, AnswerVersionTable, Database, Visibility } from "../../db/schema";

/** Where a page of history starts: the last version of the page before (newest first). */
export interface HistoryPosition {
  recordedAt: string;
  id: string;
}

/** A member's current answers and the history of every version, theirs alone to read. */
export const answerRepository = {
  find(db: Kysely<Database>, userId: string, facetId: string): Promise<AnswerTable | undefined> {
    return db
      .selectFrom("answers")
      .selectAll()
      .where("user_id", "=", userId)
      .where("facet_id", "=", facetId)
      .executeTakeFirst();
  },

  /** Every current answer of a person, whatever its visibility: callers decide who may see which. */
  listFor(db: Kysely<Database>, userId: string): Promise<AnswerTable[]> {
    return db.selectFrom("answers").selectAll().where("user_id", "=", userId).execute();
  },

  async insert(db: Kysely<Database>, row: AnswerTable): Promise<void> {
    await db.insertInto("answers").values(row).execute();
  },

  async update(
    db: Kysely<Database>,
    id: string,
    changes: { value: string; visibility: Visibility; updated_at: string },
  ): Promise<void> {
    await db.updateTable("answers").set(changes).where("id", "=", id).execute();
  },

  /** Deletes the current answer and returns it; undefined when there was none. */
  delete(db: Kysely<Database>, userId: string, facetId: string): Promise<AnswerTable | undefined> {
    return db
      .deleteFrom("answers")
      .where("user_id", "=", userId)
      .where("facet_id", "=", facetId)
      .returningAll()
      .executeTakeFirst();
  },

  async addVersion(db: Kysely<Database>, row: AnswerVersionTable): Promise<void> {
    await db.insertInto("answer_versions").values(row).execute();
  },

  /** A person's newest version on a facet. */
  latestVersion(
    db: Kysely<Database>,
    userId: string,
    facetId: string,
  ): Promise<AnswerVersionTable | undefined> {
    return db
      .selectFrom("answer_versions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("facet_id", "=", facetId)
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
  },

  /** Rewrites a version in place (a rapid edit replaces the version before it). */
  async replaceVersion(
    db: Kysely<Database>,
    id: string,
    changes: Pick<AnswerVersionTable, "value" | "visibility" | "withdrawn" | "recorded_at">,
  ): Promise<void> {
    await db.updateTable("answer_versions").set(changes).where("id", "=", id).execute();
  },

  /**
   * One page of a person's versions on one facet, newest first (ties broken by id), starting after
   * `after`. Asks for one more than `limit`, so the caller knows whether another page follows.
   */
  historyPage(
    db: Kysely<Database>,
    userId: string,
    facetId: string,
    after: HistoryPosition | null,
    limit: number,
  ): Promise<AnswerVersionTable[]> {
    let query = db
      .selectFrom("answer_versions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("facet_id", "=", facetId);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb("recorded_at", "<", after.recordedAt),
          eb.and([eb("recorded_at", "=", after.recordedAt), eb("id", "<", after.id)]),
        ]),
      );
    }
    return query
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .limit(limit + 1)
      .execute();
  },

  /**
   * Every leader's judgement of this answer: once its words change or it is withdrawn, what they
   * compared is gone, so each must look again. The comparisons are knowledge's rows, but the rule
   * belongs to the answer, and keeping it here keeps answers below knowledge (no cycle).
   */
  async forgetComparisons(db: Kysely<Database>, personId: string, facetId: string): Promise<void> {
    await db
      .deleteFrom("comparisons")
      .where("person_id", "=", personId)
      .where("facet_id", "=", facetId)
      .execute();
  },
};
