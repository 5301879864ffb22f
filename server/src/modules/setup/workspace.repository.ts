import type { Kysely } from "kysely";
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
  list(db: Kysely<Database>): Promise<WorkspaceTable[]> {
    return db.selectFrom("workspaces").selectAll().orderBy("created_at").execute();
  },

  async insert(db: Kysely<Database>, row: WorkspaceTable): Promise<void> {
    await db.insertInto("workspaces").values(row).execute();
  },

  findById(db: Kysely<Database>, id: string): Promise<WorkspaceTable | undefined> {
    return db.selectFrom("workspaces").selectAll().where("id", "=", id).executeTakeFirst();
  },
};
