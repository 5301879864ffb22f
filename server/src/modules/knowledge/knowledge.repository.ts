import type { Kysely } from "kysely";
import { canSeeAnswer, VISIBILITIES } from "#core/privacy/visibility";
import { facetValueColumn } from "../../db/json-columns";
import type {
  AnswerRevealTable,
  AnswerRow,
  BeliefRow,
  BeliefTable,
  ComparisonTable,
  Database,
} from "../../db/schema";

/** The visibilities a leader may read, from the one rule in core, applied in SQL. */
const SEEN_BY_LEADER = VISIBILITIES.filter((visibility) => canSeeAnswer(visibility, "leader"));

/** A current answer with when this leader looked at its current revision (null: not yet, it is sealed). */
export type LeaderAnswerRow = AnswerRow & {
  looked_at: string | null;
};

/**
 * What one leader knows of a set of people: the leader's own beliefs and comparisons, and the
 * people's current answers that a leader may see (never `private` ones), each with whether this
 * leader has looked at it. The words of an answer not looked at are read here but never leave
 * `buildCells` (knowledge.ts), which applies the seal.
 */
export interface KnowledgeRows {
  beliefs: BeliefRow[];
  answers: LeaderAnswerRow[];
  comparisons: ComparisonTable[];
}

/**
 * One query: the leader's beliefs about these people, full-joined on (person, facet) to the answers
 * a leader may see, each belief with the leader's comparison of it. A comparison without a belief
 * is never used (a cell needs both sides to compare), so joining it to the belief loses nothing.
 */
export async function loadKnowledge(
  db: Kysely<Database>,
  leaderId: string,
  personIds: string[],
): Promise<KnowledgeRows> {
  if (personIds.length === 0) return { beliefs: [], answers: [], comparisons: [] };
  const beliefs = db
    .selectFrom("beliefs")
    .selectAll()
    .where("leader_id", "=", leaderId)
    .where("person_id", "in", personIds);
  const answers = db
    .selectFrom("answers")
    .leftJoin("answer_reveals as r", (join) =>
      join
        .onRef("r.answer_id", "=", "answers.id")
        .onRef("r.revision", "=", "answers.revision")
        .on("r.leader_id", "=", leaderId),
    )
    .selectAll("answers")
    .select("r.revealed_at as looked_at")
    .where("answers.user_id", "in", personIds)
    .where("answers.visibility", "in", SEEN_BY_LEADER);
  const rows = await db
    .selectFrom(beliefs.as("b"))
    .fullJoin(answers.as("a"), (join) =>
      join.onRef("a.user_id", "=", "b.person_id").onRef("a.facet_id", "=", "b.facet_id"),
    )
    .leftJoin("comparisons as c", (join) =>
      join
        .onRef("c.leader_id", "=", "b.leader_id")
        .onRef("c.person_id", "=", "b.person_id")
        .onRef("c.facet_id", "=", "b.facet_id"),
    )
    .select([
      "b.id as b_id",
      "b.leader_id as b_leader_id",
      "b.person_id as b_person_id",
      "b.facet_id as b_facet_id",
      "b.value as b_value",
      "b.source as b_source",
      "b.confidence as b_confidence",
      "b.after_answer as b_after_answer",
      "b.recorded_at as b_recorded_at",
      "a.id as a_id",
      "a.user_id as a_user_id",
      "a.facet_id as a_facet_id",
      "a.value as a_value",
      "a.visibility as a_visibility",
      "a.revision as a_revision",
      "a.looked_at as a_looked_at",
      "a.created_at as a_created_at",
      "a.updated_at as a_updated_at",
      "c.id as c_id",
      "c.outcome as c_outcome",
      "c.reason as c_reason",
      "c.compared_at as c_compared_at",
    ])
    .execute();
  // The full join types every column nullable; a side that is present has all its columns.
  const result: KnowledgeRows = { beliefs: [], answers: [], comparisons: [] };
  for (const r of rows) {
    if (
      r.b_id !== null &&
      r.b_leader_id !== null &&
      r.b_person_id !== null &&
      r.b_facet_id !== null &&
      r.b_value !== null
    ) {
      result.beliefs.push({
        id: r.b_id,
        leader_id: r.b_leader_id,
        person_id: r.b_person_id,
        facet_id: r.b_facet_id,
        value: facetValueColumn.readMany(r.b_value),
        source: r.b_source ?? "assumed",
        confidence: Number(r.b_confidence),
        after_answer: r.b_after_answer === 1 ? 1 : 0,
        recorded_at: r.b_recorded_at ?? "",
      });
      if (r.c_id !== null && r.c_outcome !== null) {
        result.comparisons.push({
          id: r.c_id,
          leader_id: r.b_leader_id,
          person_id: r.b_person_id,
          facet_id: r.b_facet_id,
          outcome: r.c_outcome,
          reason: r.c_reason,
          compared_at: r.c_compared_at ?? "",
        });
      }
    }
    if (
      r.a_id !== null &&
      r.a_user_id !== null &&
      r.a_facet_id !== null &&
      r.a_value !== null &&
      r.a_visibility !== null
    ) {
      result.answers.push({
        id: r.a_id,
        user_id: r.a_user_id,
        facet_id: r.a_facet_id,
        value: facetValueColumn.readMany(r.a_value),
        visibility: r.a_visibility,
        revision: Number(r.a_revision),
        looked_at: r.a_looked_at,
        created_at: r.a_created_at ?? "",
        updated_at: r.a_updated_at ?? "",
      });
    }
  }
  return result;
}

/** A leader keeps one belief and one comparison per person and facet: writing again rewrites it. */
const KEPT_BY = ["leader_id", "person_id", "facet_id"] as const;

interface KeptPerLeader {
  id: string;
  leader_id: string;
  person_id: string;
  facet_id: string;
}

/** What a rewrite changes: every column but the row's id and the three it is kept by. */
function changesOf<Row extends KeptPerLeader>(row: Row): Omit<Row, keyof KeptPerLeader> {
  const { id: _id, leader_id: _leader, person_id: _person, facet_id: _facet, ...changes } = row;
  return changes;
}

/**
 * Deletes everything a leader wrote about these people: beliefs, comparisons, and which of their
 * answers the leader looked at (so those answers are sealed again should the leader lead them
 * once more). A table added
 * later that holds a leader's knowledge of a person (leader_id, person_id) belongs here too; the
 * team-deletion test fails for any such table left out.
 */
export async function deleteKnowledgeAbout(
  db: Kysely<Database>,
  leaderId: string,
  personIds: string[],
): Promise<void> {
  if (personIds.length === 0) return;
  for (const table of ["comparisons", "beliefs", "answer_reveals"] as const) {
    await db
      .deleteFrom(table)
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .execute();
  }
}

export const beliefRepository = {
  async find(
    db: Kysely<Database>,
    leaderId: string,
    personId: string,
    facetId: string,
  ): Promise<BeliefRow | undefined> {
    const row = await db
      .selectFrom("beliefs")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "=", personId)
      .where("facet_id", "=", facetId)
      .executeTakeFirst();
    return row && { ...row, value: facetValueColumn.read(row.value) };
  },

  /** Every belief of the leader about these people (the export). */
  async allBy(db: Kysely<Database>, leaderId: string, personIds: readonly string[]): Promise<BeliefRow[]> {
    if (personIds.length === 0) return [];
    const rows = await db
      .selectFrom("beliefs")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", [...personIds])
      .orderBy("recorded_at")
      .orderBy("id")
      .execute();
    return rows.map((row) => ({ ...row, value: facetValueColumn.read(row.value) }));
  },

  async upsert(db: Kysely<Database>, belief: BeliefRow): Promise<void> {
    const row: BeliefTable = { ...belief, value: facetValueColumn.write(belief.value) };
    const insert = db.insertInto("beliefs").values(row);
    await insert.onConflict((oc) => oc.columns(KEPT_BY).doUpdateSet(changesOf(row))).execute();
  },
};

/** When leaders looked at answers: one row per (leader, answer, revision), never changed once written. */
export const revealRepository = {
  /** When this leader looked at this revision of the answer; undefined when they have not. */
  async lookedAt(
    db: Kysely<Database>,
    leaderId: string,
    answer: Pick<AnswerRow, "id" | "revision">,
  ): Promise<string | undefined> {
    const row = await db
      .selectFrom("answer_reveals")
      .select("revealed_at")
      .where("leader_id", "=", leaderId)
      .where("answer_id", "=", answer.id)
      .where("revision", "=", answer.revision)
      .executeTakeFirst();
    return row?.revealed_at;
  },

  /** Records the look; a look already recorded stays as it was (the first one counts). */
  async record(db: Kysely<Database>, row: AnswerRevealTable): Promise<void> {
    await db
      .insertInto("answer_reveals")
      .values(row)
      .onConflict((oc) => oc.columns(["leader_id", "answer_id", "revision"]).doNothing())
      .execute();
  },
};

export const comparisonRepository = {
  async upsert(db: Kysely<Database>, row: ComparisonTable): Promise<void> {
    const insert = db.insertInto("comparisons").values(row);
    await insert.onConflict((oc) => oc.columns(KEPT_BY).doUpdateSet(changesOf(row))).execute();
  },

  /** Every comparison the leader marked about these people (the export). */
  allBy(db: Kysely<Database>, leaderId: string, personIds: readonly string[]): Promise<ComparisonTable[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("comparisons")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", [...personIds])
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
