import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Who hid the first-week checklist from their home: one row per person, kept with the account. */
export const homeRepository = {
  async checklistDismissed(db: Kysely<Database>, userId: string): Promise<boolean> {
    const row = await db
      .selectFrom("checklist_dismissals")
      .select("user_id")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Records the dismissal; dismissing again keeps the first date. */
  async dismissChecklist(db: Kysely<Database>, userId: string, at: string): Promise<void> {
    await db
      .insertInto("checklist_dismissals")
      .values({ user_id: userId, dismissed_at: at })
      .onConflict((conflict) => conflict.column("user_id").doNothing())
      .execute();
  },
};
