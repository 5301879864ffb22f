import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import { listeningCheckColumn } from "../../db/json-columns";
import type {
  AnswerRequestTable,
  CadenceTable,
  ConversationItemTable,
  ConversationTable,
  Database,
} from "../../db/schema";

/**
 * A conversation as the repository returns it: with the names of its two people, and the listening
 * self-check's answers decoded (item key → yes, no or unanswered).
 */
export type ConversationRow = Omit<Selectable<ConversationTable>, "listening_check"> & {
  listening_check: Record<string, boolean | null>;
  leader_name: string;
  person_name: string;
};
export type ConversationUpdate = Omit<Updateable<ConversationTable>, "listening_check"> & {
  listening_check?: Record<string, boolean | null>;
};
export type ItemRow = Selectable<ConversationItemTable>;

function decode<Row extends { listening_check: string | null }>(row: Row) {
  return { ...row, listening_check: listeningCheckColumn.read(row.listening_check) };
}

function withNames(db: Kysely<Database>) {
  return db
    .selectFrom("conversations")
    .innerJoin("users as leader", "leader.id", "conversations.leader_id")
    .innerJoin("users as person", "person.id", "conversations.person_id")
    .selectAll("conversations")
    .select(["leader.name as leader_name", "person.name as person_name"]);
}

export const conversationRepository = {
  async insert(db: Kysely<Database>, row: Insertable<ConversationTable>): Promise<void> {
    await db.insertInto("conversations").values(row).execute();
  },

  /** The conversation when it is of this workspace; another workspace's does not exist. */
  async find(db: Kysely<Database>, workspaceId: string, id: string): Promise<ConversationRow | undefined> {
    const row = await withNames(db)
      .where("conversations.id", "=", id)
      .where("conversations.workspace_id", "=", workspaceId)
      .executeTakeFirst();
    return row && decode(row);
  },

  /** A person's conversations, newest first: with one leader, or with anyone when `leaderId` is absent. */
  async listFor(
    db: Kysely<Database>,
    workspaceId: string,
    personId: string,
    leaderId?: string,
  ): Promise<ConversationRow[]> {
    let query = withNames(db)
      .where("conversations.workspace_id", "=", workspaceId)
      .where("conversations.person_id", "=", personId);
    if (leaderId) query = query.where("conversations.leader_id", "=", leaderId);
    const rows = await query
      .orderBy("conversations.scheduled_at", "desc")
      .orderBy("conversations.id")
      .execute();
    return rows.map(decode);
  },

  async update(db: Kysely<Database>, id: string, patch: ConversationUpdate): Promise<void> {
    const { listening_check, ...rest } = patch;
    await db
      .updateTable("conversations")
      .set({
        ...rest,
        ...(listening_check === undefined
          ? {}
          : { listening_check: listeningCheckColumn.write(listening_check) }),
      })
      .where("id", "=", id)
      .execute();
  },

  /** The last conversation held between the two, by when it took place. */
  lastHeld(db: Kysely<Database>, leaderId: string, personId: string) {
    return db
      .selectFrom("conversations")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "=", personId)
      .where("status", "=", "held")
      .orderBy("scheduled_at", "desc")
      .limit(1)
      .executeTakeFirst();
  },

  /**
   * The leader's last `lastN` held conversations with each of these people (by when they took place,
   * newest first), each with the question ids marked as asked in it, in one query: a conversation
   * that asked nothing from a list or the bank comes once with `question_id` null.
   */
  async recentHeldWithAsked(db: Kysely<Database>, leaderId: string, personIds: string[], lastN: number) {
    if (personIds.length === 0 || lastN < 1) return [];
    const ranked = db
      .selectFrom("conversations")
      .select(["id", "person_id", "scheduled_at"])
      .select((eb) =>
        eb.fn
          .agg<number>("row_number")
          .over((over) => over.partitionBy("person_id").orderBy("scheduled_at", "desc").orderBy("id"))
          .as("recency"),
      )
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .where("status", "=", "held")
      .as("held");
    return db
      .selectFrom(ranked)
      .leftJoin("conversation_items as item", (join) =>
        join
          .onRef("item.conversation_id", "=", "held.id")
          .on("item.kind", "=", "question")
          .on("item.covered", "=", 1)
          .on("item.question_id", "is not", null),
      )
      .select(["held.id", "held.person_id", "held.scheduled_at", "held.recency", "item.question_id"])
      .where("held.recency", "<=", lastN)
      .orderBy("held.person_id")
      .orderBy("held.recency")
      .orderBy("item.position")
      .execute();
  },

  /** For each person, when the leader last held a conversation with them. */
  async lastHeldAt(db: Kysely<Database>, leaderId: string, personIds: string[]) {
    if (personIds.length === 0) return [];
    return db
      .selectFrom("conversations")
      .select(["person_id"])
      .select((eb) => eb.fn.max("scheduled_at").as("last"))
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .where("status", "=", "held")
      .groupBy("person_id")
      .execute();
  },

  /** The leader's conversations of one status, with names, by when they take place. */
  async byStatus(
    db: Kysely<Database>,
    leaderId: string,
    status: ConversationRow["status"],
  ): Promise<ConversationRow[]> {
    const rows = await withNames(db)
      .where("conversations.leader_id", "=", leaderId)
      .where("conversations.status", "=", status)
      .orderBy("conversations.scheduled_at")
      .execute();
    return rows.map(decode);
  },

  /** The leader's conversations whose vulnerability loop has a signal and no close, with names. */
  async unclosedLoops(db: Kysely<Database>, leaderId: string): Promise<ConversationRow[]> {
    const rows = await withNames(db)
      .where("conversations.leader_id", "=", leaderId)
      .where("conversations.loop_signal", "is not", null)
      .where("conversations.loop_closed_at", "is", null)
      .orderBy("conversations.loop_signal_at")
      .execute();
    return rows.map(decode);
  },

  /** The person's planned conversations from `from` on, with names. */
  async plannedForPerson(db: Kysely<Database>, personId: string, from: string): Promise<ConversationRow[]> {
    const rows = await withNames(db)
      .where("conversations.person_id", "=", personId)
      .where("conversations.status", "=", "planned")
      .where("conversations.scheduled_at", ">=", from)
      .orderBy("conversations.scheduled_at")
      .execute();
    return rows.map(decode);
  },

  /** Every workspace's conversations still planned that start in [from, to), with names (reminders). */
  async plannedBetween(db: Kysely<Database>, from: string, to: string): Promise<ConversationRow[]> {
    const rows = await withNames(db)
      .where("conversations.status", "=", "planned")
      .where("conversations.scheduled_at", ">=", from)
      .where("conversations.scheduled_at", "<", to)
      .orderBy("conversations.scheduled_at")
      .orderBy("conversations.id")
      .execute();
    return rows.map(decode);
  },

  /** A user's conversations still planned from `from` on, as leader or as the person, with names. */
  async plannedFor(db: Kysely<Database>, userId: string, from: string): Promise<ConversationRow[]> {
    const rows = await withNames(db)
      .where((eb) =>
        eb.or([eb("conversations.leader_id", "=", userId), eb("conversations.person_id", "=", userId)]),
      )
      .where("conversations.status", "=", "planned")
      .where("conversations.scheduled_at", ">=", from)
      .orderBy("conversations.scheduled_at")
      .orderBy("conversations.id")
      .execute();
    return rows.map(decode);
  },

  /** The leader's conversations with these people, oldest first (for figures over months). */
  async withPeople(
    db: Kysely<Database>,
    workspaceId: string,
    leaderId: string,
    personIds: string[],
  ): Promise<ConversationRow[]> {
    if (personIds.length === 0) return [];
    const rows = await withNames(db)
      .where("conversations.workspace_id", "=", workspaceId)
      .where("conversations.leader_id", "=", leaderId)
      .where("conversations.person_id", "in", personIds)
      .orderBy("conversations.scheduled_at")
      .execute();
    return rows.map(decode);
  },

  /** Whether the leader has held any conversation. */
  async hasHeld(db: Kysely<Database>, leaderId: string): Promise<boolean> {
    const row = await db
      .selectFrom("conversations")
      .select("id")
      .where("leader_id", "=", leaderId)
      .where("status", "=", "held")
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Forgets the leader's conversations with these people (their items go with them). */
  async forget(db: Kysely<Database>, leaderId: string, personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    for (const table of ["answer_requests", "cadences", "conversations"] as const)
      await db
        .deleteFrom(table)
        .where("leader_id", "=", leaderId)
        .where("person_id", "in", personIds)
        .execute();
  },
};

export const itemRepository = {
  /** The agenda of some conversations, in order. */
  listFor(db: Kysely<Database>, conversationIds: string[]): Promise<ItemRow[]> {
    if (conversationIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("conversation_items")
      .selectAll()
      .where("conversation_id", "in", conversationIds)
      .orderBy("position")
      .execute();
  },

  async insert(db: Kysely<Database>, rows: Insertable<ConversationItemTable>[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insertInto("conversation_items").values(rows).execute();
  },

  async update(db: Kysely<Database>, id: string, patch: Updateable<ConversationItemTable>): Promise<void> {
    await db.updateTable("conversation_items").set(patch).where("id", "=", id).execute();
  },

  async delete(db: Kysely<Database>, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await db.deleteFrom("conversation_items").where("id", "in", ids).execute();
  },
};

export const cadenceRepository = {
  find(db: Kysely<Database>, leaderId: string, personId: string) {
    return db
      .selectFrom("cadences")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "=", personId)
      .executeTakeFirst();
  },

  /** The leader's cadences for these people. */
  listFor(db: Kysely<Database>, leaderId: string, personIds: string[]): Promise<CadenceTable[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("cadences")
      .selectAll()
      .where("leader_id", "=", leaderId)
      .where("person_id", "in", personIds)
      .execute();
  },

  async set(db: Kysely<Database>, row: CadenceTable): Promise<void> {
    await db
      .insertInto("cadences")
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns(["leader_id", "person_id"])
          .doUpdateSet({ rhythm: row.rhythm, updated_at: row.updated_at }),
      )
      .execute();
  },
};

/** An answer request with its facet's key and title. */
export interface AnswerRequestRow extends AnswerRequestTable {
  facet_key: string;
  facet_title: string;
}

function requestsWithFacets(db: Kysely<Database>) {
  return db
    .selectFrom("answer_requests")
    .innerJoin("facets", "facets.id", "answer_requests.facet_id")
    .selectAll("answer_requests")
    .select(["facets.key as facet_key", "facets.title as facet_title"]);
}

export const answerRequestRepository = {
  /** Asks again when asked before: the request then dates from now and names this conversation. */
  async upsert(db: Kysely<Database>, row: AnswerRequestTable): Promise<void> {
    await db
      .insertInto("answer_requests")
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns(["leader_id", "person_id", "facet_id"])
          .doUpdateSet({ conversation_id: row.conversation_id, created_at: row.created_at }),
      )
      .execute();
  },

  find(db: Kysely<Database>, leaderId: string, personId: string, facetId: string) {
    return requestsWithFacets(db)
      .where("answer_requests.leader_id", "=", leaderId)
      .where("answer_requests.person_id", "=", personId)
      .where("answer_requests.facet_id", "=", facetId)
      .executeTakeFirst();
  },

  ofConversation(db: Kysely<Database>, conversationId: string): Promise<AnswerRequestRow[]> {
    return requestsWithFacets(db)
      .where("answer_requests.conversation_id", "=", conversationId)
      .orderBy("answer_requests.created_at")
      .orderBy("facets.position")
      .execute();
  },

  /** Every request made of the person, with the requesting leader's name. */
  ofPerson(db: Kysely<Database>, personId: string) {
    return requestsWithFacets(db)
      .innerJoin("users as leader", "leader.id", "answer_requests.leader_id")
      .select("leader.name as leader_name")
      .where("answer_requests.person_id", "=", personId)
      .orderBy("answer_requests.created_at")
      .orderBy("facets.position")
      .execute();
  },
};
