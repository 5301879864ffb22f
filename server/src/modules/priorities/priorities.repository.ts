import type { Kysely, Selectable } from "kysely";
import type { Database, TeamRole, WorkItemRatingTable, WorkItemTable } from "../../db/schema";

export type WorkItemRow = Selectable<WorkItemTable> & { creator_name: string | null };
export type RatingRow = Selectable<WorkItemRatingTable>;

/** A rating of one of the team's items by someone on the team now, with their name and role on it. */
export interface TeamRatingRow extends RatingRow {
  name: string;
  role: TeamRole;
}

const withCreator = (db: Kysely<Database>) =>
  db
    .selectFrom("work_items")
    .leftJoin("users as creator", "creator.id", "work_items.created_by")
    .selectAll("work_items")
    .select("creator.name as creator_name");

export const prioritiesRepository = {
  async insertItem(db: Kysely<Database>, row: Selectable<WorkItemTable>): Promise<void> {
    await db.insertInto("work_items").values(row).execute();
  },

  /** The item in the viewer's workspace, or undefined. */
  findItem(db: Kysely<Database>, workspaceId: string, itemId: string): Promise<WorkItemRow | undefined> {
    return withCreator(db)
      .where("work_items.id", "=", itemId)
      .where("work_items.workspace_id", "=", workspaceId)
      .executeTakeFirst();
  },

  /** The team's items, active ones first, each group oldest first. */
  itemsOfTeam(db: Kysely<Database>, teamId: string): Promise<WorkItemRow[]> {
    return withCreator(db)
      .where("work_items.team_id", "=", teamId)
      .orderBy((eb) => eb.case().when("work_items.archived_at", "is", null).then(0).else(1).end())
      .orderBy("work_items.created_at")
      .orderBy("work_items.id")
      .execute();
  },

  /** The items of the teams the person is on now, oldest first (the export). */
  itemsOfTeamsOf(db: Kysely<Database>, userId: string): Promise<WorkItemRow[]> {
    return withCreator(db)
      .where("work_items.team_id", "in", (eb) =>
        eb.selectFrom("team_memberships").select("team_id").where("user_id", "=", userId),
      )
      .orderBy("work_items.created_at")
      .orderBy("work_items.id")
      .execute();
  },

  async updateItem(
    db: Kysely<Database>,
    itemId: string,
    changes: Partial<Pick<WorkItemTable, "title" | "description" | "archived_at">>,
  ): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await db.updateTable("work_items").set(changes).where("id", "=", itemId).execute();
  },

  /** The person's own ratings of these items, by item. */
  async ratingsBy(db: Kysely<Database>, userId: string, itemIds: string[]): Promise<Map<string, RatingRow>> {
    if (itemIds.length === 0) return new Map();
    const rows = await db
      .selectFrom("work_item_ratings")
      .selectAll()
      .where("user_id", "=", userId)
      .where("item_id", "in", itemIds)
      .execute();
    return new Map(rows.map((row) => [row.item_id, row]));
  },

  /** One rating per person and item: rating again rewrites it. */
  async upsertRating(db: Kysely<Database>, row: RatingRow): Promise<void> {
    await db
      .insertInto("work_item_ratings")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["item_id", "user_id"]).doUpdateSet({
          value: row.value,
          effort: row.effort,
          visibility: row.visibility,
          rated_at: row.rated_at,
        }),
      )
      .execute();
  },

  /** Deletes the person's rating of the item; whether there was one. */
  async deleteRating(db: Kysely<Database>, itemId: string, userId: string): Promise<boolean> {
    const result = await db
      .deleteFrom("work_item_ratings")
      .where("item_id", "=", itemId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  /**
   * Every rating of the team's active items by the active people on the team now, with their name
   * and role on it (someone who left the team, or was deactivated, no longer counts).
   */
  teamRatings(db: Kysely<Database>, teamId: string): Promise<TeamRatingRow[]> {
    return db
      .selectFrom("work_item_ratings as r")
      .innerJoin("work_items as w", "w.id", "r.item_id")
      .innerJoin("team_memberships as m", (join) =>
        join.onRef("m.team_id", "=", "w.team_id").onRef("m.user_id", "=", "r.user_id"),
      )
      .innerJoin("users as u", "u.id", "r.user_id")
      .selectAll("r")
      .select(["u.name as name", "m.role as role"])
      .where("w.team_id", "=", teamId)
      .where("w.archived_at", "is", null)
      .where("u.deactivated_at", "is", null)
      .orderBy("u.name")
      .orderBy("r.user_id")
      .execute();
  },

  /** The team's active leaders and members, by name. */
  teamPeople(db: Kysely<Database>, teamId: string) {
    return db
      .selectFrom("team_memberships as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .select(["u.id as id", "u.name as name", "m.role as role"])
      .where("m.team_id", "=", teamId)
      .where("u.deactivated_at", "is", null)
      .orderBy("u.name")
      .orderBy("u.id")
      .execute();
  },
};
