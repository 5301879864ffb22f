import type { Kysely } from "kysely";
import type { FacetValue } from "#core/facets/facet";
import { facetValueColumn } from "../../db/json-columns";
import type {
  AnswerRow,
  AnswerTable,
  AnswerVersionRow,
  AnswerVersionTable,
  Database,
  Visibility,
} from "../../db/schema";

/** Where a page of history starts: the last version of the page before (newest first). */
export interface HistoryPosition {
  recordedAt: string;
  id: string;
}

const answerFrom = (row: AnswerTable): AnswerRow => ({ ...row, value: facetValueColumn.read(row.value) });
const versionFrom = (row: AnswerVersionTable): AnswerVersionRow => ({
  ...row,
  value: row.value === null ? null : facetValueColumn.read(row.value),
});
const versionText = (value: FacetValue | null): string | null =>
  value === null ? null : facetValueColumn.write(value);

/** A member's current answers and the history of every version, theirs alone to read. */
export const answerRepository = {
  async find(db: Kysely<Database>, userId: string, facetId: string): Promise<AnswerRow | undefined> {
    const row = await db
      .selectFrom("answers")
      .selectAll()
      .where("user_id", "=", userId)
      .where("facet_id", "=", facetId)
      .executeTakeFirst();
    return row && answerFrom(row);
  },

  /** Every current answer of a person, whatever its visibility: callers decide who may see which. */
  async listFor(db: Kysely<Database>, userId: string): Promise<AnswerRow[]> {
    const rows = await db.selectFrom("answers").selectAll().where("user_id", "=", userId).execute();
    return rows.map(answerFrom);
  },

  /** Every version of every answer of the person, newest first (the export: theirs alone). */
  async allVersionsOf(db: Kysely<Database>, userId: string): Promise<AnswerVersionRow[]> {
    const rows = await db
      .selectFrom("answer_versions")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return rows.map(versionFrom);
  },

  async insert(db: Kysely<Database>, row: AnswerRow): Promise<void> {
    await db
      .insertInto("answers")
      .values({ ...row, value: facetValueColumn.write(row.value) })
      .execute();
  },

  async update(
    db: Kysely<Database>,
    id: string,
    {
      value,
      ...changes
    }: { value: FacetValue; visibility: Visibility; revision: number; updated_at: string },
  ): Promise<void> {
    await db
      .updateTable("answers")
      .set({ ...changes, value: facetValueColumn.write(value) })
      .where("id", "=", id)
      .execute();
  },

  /** Deletes the current answer and returns it; undefined when there was none. */
  async delete(db: Kysely<Database>, userId: string, facetId: string): Promise<AnswerRow | undefined> {
    const row = await db
      .deleteFrom("answers")
      .where("user_id", "=", userId)
      .where("facet_id", "=", facetId)
      .returningAll()
      .executeTakeFirst();
    return row && answerFrom(row);
  },

  async addVersion(db: Kysely<Database>, row: AnswerVersionRow): Promise<void> {
    await db
      .insertInto("answer_versions")
      .values({ ...row, value: versionText(row.value) })
      .execute();
  },

  /** A person's newest version on a facet. */
  async latestVersion(
    db: Kysely<Database>,
    userId: string,
    facetId: string,
  ): Promise<AnswerVersionRow | undefined> {
    const row = await db
      .selectFrom("answer_versions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("facet_id", "=", facetId)
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
    return row && versionFrom(row);
  },

  /** Rewrites a version in place (a rapid edit replaces the version before it). */
  async replaceVersion(
    db: Kysely<Database>,
    id: string,
    { value, ...changes }: Pick<AnswerVersionRow, "value" | "visibility" | "withdrawn" | "recorded_at">,
  ): Promise<void> {
    await db
      .updateTable("answer_versions")
      .set({ ...changes, value: versionText(value) })
      .where("id", "=", id)
      .execute();
  },

  /**
   * One page of a person's versions on one facet, newest first (ties broken by id), starting after
   * `after`. Asks for one more than `limit`, so the caller knows whether another page follows.
   */
  async historyPage(
    db: Kysely<Database>,
    userId: string,
    facetId: string,
    after: HistoryPosition | null,
    limit: number,
  ): Promise<AnswerVersionRow[]> {
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
    const rows = await query
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .limit(limit + 1)
      .execute();
    return rows.map(versionFrom);
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
