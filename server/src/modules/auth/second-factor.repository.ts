import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { newId } from "../../lib/tokens";

/** The SQL of two-step sign-in: `second_factors`, `recovery_codes` and the workspace's rule. */
export const secondFactorRepository = {
  find(db: Kysely<Database>, userId: string) {
    return db.selectFrom("second_factors").selectAll().where("user_id", "=", userId).executeTakeFirst();
  },

  /** A new key being set up, replacing one not confirmed yet; never one that is on. */
  async begin(db: Kysely<Database>, userId: string, secretBox: string, now: string): Promise<void> {
    await db
      .deleteFrom("second_factors")
      .where("user_id", "=", userId)
      .where("confirmed_at", "is", null)
      .execute();
    await db
      .insertInto("second_factors")
      .values({ user_id: userId, secret_box: secretBox, created_at: now })
      .execute();
  },

  /** Turns the key on with the step of the code that confirmed it; false when another request did first. */
  async confirm(db: Kysely<Database>, userId: string, now: string, step: number): Promise<boolean> {
    const result = await db
      .updateTable("second_factors")
      .set({ confirmed_at: now, last_step: step })
      .where("user_id", "=", userId)
      .where("confirmed_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /**
   * Takes a code's step: only when it is later than the last one taken, in one statement, so the
   * same code sent twice at once is taken once.
   */
  async takeStep(db: Kysely<Database>, userId: string, step: number): Promise<boolean> {
    const result = await db
      .updateTable("second_factors")
      .set({ last_step: step })
      .where("user_id", "=", userId)
      .where("confirmed_at", "is not", null)
      .where((eb) => eb.or([eb("last_step", "is", null), eb("last_step", "<", step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async replaceRecoveryCodes(db: Kysely<Database>, userId: string, digests: string[]): Promise<void> {
    await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
    await db
      .insertInto("recovery_codes")
      .values(digests.map((code_hash) => ({ id: newId(), user_id: userId, code_hash, used_at: null })))
      .execute();
  },

  /** Uses a recovery code once: false when it is not theirs or was used before. */
  async spendRecoveryCode(
    db: Kysely<Database>,
    userId: string,
    digest: string,
    now: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable("recovery_codes")
      .set({ used_at: now })
      .where("user_id", "=", userId)
      .where("code_hash", "=", digest)
      .where("used_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async recoveryCodesLeft(db: Kysely<Database>, userId: string): Promise<number> {
    const row = await db
      .selectFrom("recovery_codes")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("user_id", "=", userId)
      .where("used_at", "is", null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async remove(db: Kysely<Database>, userId: string): Promise<void> {
    await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
    await db.deleteFrom("second_factors").where("user_id", "=", userId).execute();
  },

  async adminsRequired(db: Kysely<Database>, workspaceId: string): Promise<boolean> {
    const row = await db
      .selectFrom("workspaces")
      .select("admins_need_second_factor")
      .where("id", "=", workspaceId)
      .executeTakeFirst();
    return row?.admins_need_second_factor === 1;
  },

  async setAdminsRequired(db: Kysely<Database>, workspaceId: string, required: boolean): Promise<void> {
    await db
      .updateTable("workspaces")
      .set({ admins_need_second_factor: required ? 1 : 0 })
      .where("id", "=", workspaceId)
      .execute();
  },
};
