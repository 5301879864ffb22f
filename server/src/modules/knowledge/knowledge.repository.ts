import { type Kysely, sql } from "kysely";
import { canSeeAnswer, VISIBILITIES, type Visibility } from "#core/privacy/visibility";
import { selectArrays } from "../../db/array-rows";
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

/** The leader's beliefs about these people, each joined to the leader's comparison of it. */
const beliefsWithMarks = (db: Kysely<Database>, leaderId: string, personIds: string[]) =>
  db
    .selectFrom("beliefs as b")
    .leftJoin("comparisons as c", (join) =>
      join
        .onRef("c.leader_id", "=", "b.leader_id")
        .onRef("c.person_id", "=", "b.person_id")
        .onRef("c.facet_id", "=", "b.facet_id"),
    )
    .where("b.leader_id", "=", leaderId)
    .where("b.person_id", "in", personIds);

/** These people's current answers a leader may see, each joined to this leader's look at its revision. */
const answersSeenBy = (db: Kysely<Database>, leaderId: string, personIds: string[]) =>
  db
    .selectFrom("answers as a")
    .leftJoin("answer_reveals as r", (join) =>
      join
        .onRef("r.answer_id", "=", "a.id")
        .onRef("r.revision", "=", "a.revision")
        .on("r.leader_id", "=", leaderId),
    )
    .where("a.user_id", "in", personIds)
    .where("a.visibility", "in", SEEN_BY_LEADER);

/**
 * One query: the leader's beliefs about these people, each with the leader's comparison of it,
 * and beside them (UNION ALL, one row per belief or answer) the answers a leader may see, each
 * with when this leader looked at its current revision. A comparison without a belief is never
 * used (a cell needs both sides to compare), so joining it to the belief loses nothing. Two plain
 * indexed joins rather than a full join of the two: SQLite runs a full join of two subqueries as
 * a nested loop, beliefs × answers, which at a thousand people is seconds.
 */
export async function loadKnowledge(
  db: Kysely<Database>,
  leaderId: string,
  personIds: string[],
): Promise<KnowledgeRows> {
  if (personIds.length === 0) return { beliefs: [], answers: [], comparisons: [] };
  const text = sql<string | null>`cast(null as text)`;
  const integer = sql<number | null>`cast(null as integer)`;
  const beliefs = beliefsWithMarks(db, leaderId, personIds).select([
    sql<"belief" | "answer">`'belief'`.as("kind"),
    "b.id as id",
    "b.person_id as person_id",
    "b.facet_id as facet_id",
    "b.value as value",
    sql<BeliefTable["source"] | null>`b.source`.as("source"),
    sql<number | null>`b.confidence`.as("confidence"),
    sql<0 | 1 | null>`b.after_answer`.as("after_answer"),
    "b.recorded_at as at",
    text.as("visibility"),
    integer.as("revision"),
    text.as("looked_at"),
    text.as("created_at"),
    "c.id as c_id",
    "c.outcome as c_outcome",
    "c.reason as c_reason",
    "c.compared_at as c_compared_at",
  ]);
  const answers = answersSeenBy(db, leaderId, personIds).select([
    sql<"belief" | "answer">`'answer'`.as("kind"),
    "a.id as id",
    "a.user_id as person_id",
    "a.facet_id as facet_id",
    "a.value as value",
    sql<BeliefTable["source"] | null>`cast(null as text)`.as("source"),
    integer.as("confidence"),
    sql<0 | 1 | null>`cast(null as integer)`.as("after_answer"),
    "a.updated_at as at",
    sql<string | null>`a.visibility`.as("visibility"),
    sql<number | null>`a.revision`.as("revision"),
    "r.revealed_at as looked_at",
    sql<string | null>`a.created_at`.as("created_at"),
    text.as("c_id"),
    sql<ComparisonTable["outcome"] | null>`cast(null as text)`.as("c_outcome"),
    text.as("c_reason"),
    text.as("c_compared_at"),
  ]);
  const rows = await beliefs.unionAll(answers).execute();
  const result: KnowledgeRows = { beliefs: [], answers: [], comparisons: [] };
  for (const r of rows) {
    if (r.kind === "belief") {
      result.beliefs.push({
        id: r.id,
        leader_id: leaderId,
        person_id: r.person_id,
        facet_id: r.facet_id,
        value: facetValueColumn.readMany(r.value),
        source: r.source ?? "assumed",
        confidence: Number(r.confidence),
        after_answer: r.after_answer === 1 ? 1 : 0,
        recorded_at: r.at,
      });
      if (r.c_id !== null && r.c_outcome !== null) {
        result.comparisons.push({
          id: r.c_id,
          leader_id: leaderId,
          person_id: r.person_id,
          facet_id: r.facet_id,
          outcome: r.c_outcome,
          reason: r.c_reason,
          compared_at: r.c_compared_at ?? "",
        });
      }
    } else {
      result.answers.push({
        id: r.id,
        user_id: r.person_id,
        facet_id: r.facet_id,
        value: facetValueColumn.readMany(r.value),
        visibility: (r.visibility ?? "private") as Visibility,
        revision: Number(r.revision),
        looked_at: r.looked_at,
        created_at: r.created_at ?? "",
        updated_at: r.at,
      });
    }
  }
  return result;
}

/**
 * One row of what an audit reads of a leader's knowledge (`loadObservationRows`): a belief with
 * the leader's comparison of it, or an answer a leader may see with when this leader looked at it
 * (null: sealed). Only the columns the audit's observations take; a value stays JSON text, parsed
 * only where Rapport computes an agreement (a structured facet with both sides and no mark).
 */
export interface ObservationRow {
  kind: "belief" | "answer";
  person_id: string;
  facet_id: string;
  value: string;
  /** Beliefs: when recorded; answers: when last changed. */
  at: string;
  source: BeliefTable["source"] | null;
  confidence: number | null;
  after_answer: 0 | 1 | null;
  visibility: Visibility | null;
  looked_at: string | null;
  c_outcome: ComparisonTable["outcome"] | null;
  c_compared_at: string | null;
}

/**
 * `loadKnowledge`'s query with the few columns an audit takes, read as arrays: at a thousand
 * people about thirty-five thousand rows, where building a full row object for each, and parsing
 * every value, was most of what the audit's knowledge cost.
 */
export async function loadObservationRows(
  db: Kysely<Database>,
  leaderId: string,
  personIds: string[],
): Promise<ObservationRow[]> {
  if (personIds.length === 0) return [];
  const text = sql<string | null>`cast(null as text)`;
  const beliefs = beliefsWithMarks(db, leaderId, personIds).select([
    sql<"belief" | "answer">`'belief'`.as("kind"),
    "b.person_id as person_id",
    "b.facet_id as facet_id",
    "b.value as value",
    "b.recorded_at as at",
    sql<BeliefTable["source"] | null>`b.source`.as("source"),
    sql<number | null>`b.confidence`.as("confidence"),
    sql<0 | 1 | null>`b.after_answer`.as("after_answer"),
    sql<Visibility | null>`cast(null as text)`.as("visibility"),
    text.as("looked_at"),
    sql<ComparisonTable["outcome"] | null>`c.outcome`.as("c_outcome"),
    sql<string | null>`c.compared_at`.as("c_compared_at"),
  ]);
  const answers = answersSeenBy(db, leaderId, personIds).select([
    sql<"belief" | "answer">`'answer'`.as("kind"),
    "a.user_id as person_id",
    "a.facet_id as facet_id",
    "a.value as value",
    "a.updated_at as at",
    sql<BeliefTable["source"] | null>`cast(null as text)`.as("source"),
    sql<number | null>`cast(null as integer)`.as("confidence"),
    sql<0 | 1 | null>`cast(null as integer)`.as("after_answer"),
    sql<Visibility | null>`a.visibility`.as("visibility"),
    "r.revealed_at as looked_at",
    sql<ComparisonTable["outcome"] | null>`cast(null as text)`.as("c_outcome"),
    text.as("c_compared_at"),
  ]);
  // Read as arrays, the columns in the order selected above: tens of thousands of rows at a
  // thousand people, where having the driver build an object per row was most of the query's time.
  const rows = await selectArrays(db, beliefs.unionAll(answers));
  return rows.map(
    (r): ObservationRow => ({
      kind: r[0] as ObservationRow["kind"],
      person_id: r[1] as string,
      facet_id: r[2] as string,
      value: r[3] as string,
      at: r[4] as string,
      source: r[5] as ObservationRow["source"],
      confidence: r[6] as number | null,
      after_answer: r[7] as ObservationRow["after_answer"],
      visibility: r[8] as ObservationRow["visibility"],
      looked_at: r[9] as string | null,
      c_outcome: r[10] as ObservationRow["c_outcome"],
      c_compared_at: r[11] as string | null,
    }),
  );
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
