import type { Kysely, Updateable } from "kysely";
import type { Database, Flag, QuestionListItemTable, QuestionListTable } from "../../db/schema";

export interface QuestionListSummaryRow extends QuestionListTable {
  activeCount: number;
  retiredCount: number;
}

/** Rows per insert statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 200;

export const questionListRepository = {
  async insertList(db: Kysely<Database>, row: QuestionListTable): Promise<void> {
    await db.insertInto("question_lists").values(row).execute();
  },

  /** The list when it belongs to this owner in this workspace; anyone else's list does not exist. */
  findOwned(
    db: Kysely<Database>,
    workspaceId: string,
    ownerId: string,
    listId: string,
  ): Promise<QuestionListTable | undefined> {
    return db
      .selectFrom("question_lists")
      .selectAll()
      .where("id", "=", listId)
      .where("owner_id", "=", ownerId)
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  /** The owner's lists, oldest first, with their active and retired item counts. */
  async listOwned(
    db: Kysely<Database>,
    workspaceId: string,
    ownerId: string,
  ): Promise<QuestionListSummaryRow[]> {
    const rows = await db
      .selectFrom("question_lists")
      .selectAll("question_lists")
      .select((eb) => {
        const count = (retired: Flag) =>
          eb
            .selectFrom("question_list_items")
            .whereRef("question_list_items.list_id", "=", "question_lists.id")
            .where("question_list_items.retired", "=", retired)
            .select((sub) => sub.fn.countAll<number | string>().as("n"));
        return [count(0).as("activeCount"), count(1).as("retiredCount")];
      })
      .where("owner_id", "=", ownerId)
      .where("workspace_id", "=", workspaceId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      ...r,
      activeCount: Number(r.activeCount ?? 0),
      retiredCount: Number(r.retiredCount ?? 0),
    }));
  },

  async updateList(
    db: Kysely<Database>,
    listId: string,
    changes: Pick<Updateable<QuestionListTable>, "name" | "updated_at">,
  ): Promise<void> {
    await db.updateTable("question_lists").set(changes).where("id", "=", listId).execute();
  },

  async deleteList(db: Kysely<Database>, listId: string): Promise<void> {
    await db.deleteFrom("question_list_items").where("list_id", "=", listId).execute();
    await db.deleteFrom("question_lists").where("id", "=", listId).execute();
  },

  async insertItems(db: Kysely<Database>, rows: readonly QuestionListItemTable[]): Promise<void> {
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await db
        .insertInto("question_list_items")
        .values(rows.slice(start, start + INSERT_CHUNK))
        .execute();
    }
  },

  /** Every item of every list the person keeps, with the bank question it came from: lists oldest first, items in list order. */
  itemsOwnedBy(db: Kysely<Database>, ownerId: string) {
    return db
      .selectFrom("question_list_items as item")
      .innerJoin("question_lists as list", "list.id", "item.list_id")
      .select([
        "item.id",
        "item.text",
        "item.facet",
        "item.topic",
        "item.depth",
        "item.retired",
        "item.bank_question_id",
      ])
      .where("list.owner_id", "=", ownerId)
      .orderBy("list.created_at")
      .orderBy("item.position")
      .execute();
  },

  /** Every item of the list, retired ones included, in the leader's order. */
  items(db: Kysely<Database>, listId: string): Promise<QuestionListItemTable[]> {
    return db
      .selectFrom("question_list_items")
      .selectAll()
      .where("list_id", "=", listId)
      .orderBy("position")
      .orderBy("id")
      .execute();
  },

  findItem(db: Kysely<Database>, listId: string, itemId: string): Promise<QuestionListItemTable | undefined> {
    return db
      .selectFrom("question_list_items")
      .selectAll()
      .where("id", "=", itemId)
      .where("list_id", "=", listId)
      .executeTakeFirst();
  },

  async countItems(db: Kysely<Database>, listId: string): Promise<{ count: number; nextPosition: number }> {
    const row = await db
      .selectFrom("question_list_items")
      .select((eb) => [eb.fn.countAll<number | string>().as("n"), eb.fn.max("position").as("last")])
      .where("list_id", "=", listId)
      .executeTakeFirst();
    const last = row?.last;
    return {
      count: Number(row?.n ?? 0),
      nextPosition: last === null || last === undefined ? 0 : Number(last) + 1,
    };
  },

  async updateItem(
    db: Kysely<Database>,
    itemId: string,
    changes: Updateable<Omit<QuestionListItemTable, "id" | "list_id" | "created_at">>,
  ): Promise<void> {
    await db.updateTable("question_list_items").set(changes).where("id", "=", itemId).execute();
  },

  async deleteItem(db: Kysely<Database>, itemId: string): Promise<void> {
    await db.deleteFrom("question_list_items").where("id", "=", itemId).execute();
  },

  /** Retires or restores these items of the list; those already so stay as they are. Returns how many changed. */
  async setRetired(
    db: Kysely<Database>,
    listId: string,
    itemIds: readonly string[],
    retired: Flag,
    at: string,
  ): Promise<number> {
    if (itemIds.length === 0) return 0;
    const result = await db
      .updateTable("question_list_items")
      .set({ retired, updated_at: at })
      .where("list_id", "=", listId)
      .where("id", "in", itemIds)
      .where("retired", "=", retired === 1 ? 0 : 1)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** Moves items into another list, in the order given, from `firstPosition` on. Ids stay, so what was asked stays known. */
  async moveItems(
    db: Kysely<Database>,
    itemIds: readonly string[],
    toListId: string,
    firstPosition: number,
  ): Promise<void> {
    for (const [offset, id] of itemIds.entries()) {
      await db
        .updateTable("question_list_items")
        .set({ list_id: toListId, position: firstPosition + offset })
        .where("id", "=", id)
        .execute();
    }
  },

  /**
   * Gives each item its index in `orderedIds` as its position; only positions that change are written.
   * Moving a question is not an edit of it, so its updated_at stays.
   */
  async setPositions(
    db: Kysely<Database>,
    listId: string,
    current: readonly Pick<QuestionListItemTable, "id" | "position">[],
    orderedIds: readonly string[],
  ): Promise<void> {
    const positionOf = new Map(current.map((item) => [item.id, item.position]));
    for (const [position, id] of orderedIds.entries()) {
      if (positionOf.get(id) === position) continue;
      await db
        .updateTable("question_list_items")
        .set({ position })
        .where("id", "=", id)
        .where("list_id", "=", listId)
        .execute();
    }
  },
};
