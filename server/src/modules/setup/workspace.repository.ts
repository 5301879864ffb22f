import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, WorkspaceTable } from "../../db/schema";

export const workspaceRepository = {
  async count(db: Kysely<Database>): Promise<number> {
    const row = await db
      .selectFrom("workspaces")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Every workspace, oldest first. */
  list(db: Kysely<Database>): Promise<Selectable<WorkspaceTable>[]> {
    return db.selectFrom("workspaces").selectAll().orderBy("created_at").execute();
  },

  async insert(db: Kysely<Database>, row: Insertable<WorkspaceTable>): Promise<void> {
    await db.insertInto("workspaces").values(row).execute();
  },

  findById(db: Kysely<Database>, id: string): Promise<Selectable<WorkspaceTable> | undefined> {
    return db.selectFrom("workspaces").selectAll().where("id", "=", id).executeTakeFirst();
  },
};
