import type { Kysely } from "kysely";
import { canSeeAnswer, VISIBILITIES } from "../../../../core/privacy/visibility";
import type { AnswerTable, BeliefTable, ComparisonTable, Database } from "../../db/schema";

/** The visibilities a leader may read, from the one rule in core, applied in SQL. */
const SEEN_BY_LEADER = VISIBILITIES.filter((visibility) => canSeeAnswer(visibility, "leader"));

/**
 * What one leader knows of a set of people: the leader's own beliefs and comparisons, and the
 * people's current answers that a leader may see (never `private` ones).
 */
export interface KnowledgeRows {
  beliefs: BeliefTable[];
  answers: AnswerTable[];
  comparisons: ComparisonTable[];
}

export async function loadKnowledge(
  db: Kysely<Database>,
  leaderId: string,
  personIds: string[],
): Promise<KnowledgeRows> {
  if (personIds.length === 0) return { beliefs: [], answers: [], comparisons: [] };
  const [beliefs, answers, comparisons] = await Promise.all([
    db
      .selectFrom("beliefs")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .execute(),
    db
      .selectFrom("answers")
      .selectAll()
      .where("user_id", "in", personIds)
      .where("visibility", "in", SEEN_BY_LEADER)
      .execute(),
    db
      .selectFrom("comparisons")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .execute(),
  ]);
  return { beliefs, answers, comparisons };
}

export const beliefRepository = {
  find(db: Kysely<Database>, leaderId: string, personId: string, facetId: string) {
    return db
      .selectFrom("beliefs")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "=", personId)
      .where("facet_id", "=", facetId)
      .executeTakeFirst();
  },

  async upsert(db: Kysely<Database>, row: BeliefTable): Promise<void> {
    await db
      .insertInto("beliefs")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["leader_id", "person_id", "facet_id"]).doUpdateSet({
          value: row.value,
          source: row.source,
          confidence: row.confidence,
          after_answer: row.after_answer,
          recorded_at: row.recorded_at,
        }),
      )
      .execute();
  },
};

export const comparisonRepository = {
  async upsert(db: Kysely<Database>, row: ComparisonTable): Promise<void> {
    await db
      .insertInto("comparisons")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["leader_id", "person_id", "facet_id"]).doUpdateSet({
          outcome: row.outcome,
          reason: row.reason,
          compared_at: row.compared_at,
        }),
      )
      .execute();
  },

  /** A comparison judged a belief against an answer; when either changes, it no longer holds. */
  async forget(db: Kysely<Database>, personId: string, facetId: string, leaderId?: string): Promise<void> {
    let query = db
      .deleteFrom("comparisons")
      .where("person_id", "=", personId)
      .where("facet_id", "=", facetId);
    if (leaderId) query = query.where("leader_id", "=", leaderId);
    await query.execute();
  },
};
