import type { Kysely } from "kysely";
import type { Database, PasswordResetTable } from "../../db/schema";

export const passwordResetRepository = {
  async insert(db: Kysely<Database>, row: PasswordResetTable): Promise<void> {
    await db.insertInto("password_resets").values(row).execute();
  },

  /** The link with what its screen says of the account, and whether that account may sign in. */
  findByDigest(db: Kysely<Database>, tokenHash: string) {
    return db
      .selectFrom("password_resets")
      .innerJoin("users", "users.id", "password_resets.user_id")
      .selectAll("password_resets")
      .select(["users.email", "users.name", "users.workspace_id", "users.deactivated_at"])
      .where("password_resets.token_hash", "=", tokenHash)
      .executeTakeFirst();
  },

  /**
   * Uses the link, and with it every other open link of its person: false when it was used or
   * had expired by the time this ran (single use, even for two requests at once).
   */
  async use(db: Kysely<Database>, reset: { id: string; user_id: string }, at: string): Promise<boolean> {
    const result = await db
      .updateTable("password_resets")
      .set({ used_at: at })
      .where("id", "=", reset.id)
      .where("used_at", "is", null)
      .where("expires_at", ">", at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await db
      .updateTable("password_resets")
      .set({ used_at: at })
      .where("user_id", "=", reset.user_id)
      .where("used_at", "is", null)
      .execute();
    return true;
  },

  /** Deletes links that expired before `before`, used or not. */
  async deleteExpiredBefore(db: Kysely<Database>, before: string): Promise<void> {
    await db.deleteFrom("password_resets").where("expires_at", "<", before).execute();
  },
};

export type PasswordResetWithAccount = NonNullable<
  Awaited<ReturnType<typeof passwordResetRepository.findByDigest>>
>;
