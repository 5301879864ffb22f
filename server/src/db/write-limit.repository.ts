import type { Kysely } from "kysely";
import { iso } from "../lib/clock";
import type { Database } from "./schema";

export const WRITE_WINDOW_MS = 60_000;

/** The start of the window `at` (epoch milliseconds) falls in. */
export const writeWindowStart = (at: number): number => at - (at % WRITE_WINDOW_MS);

/** The per-person count of writes to content routes, one row per person and window. */
export const writeLimitRepository = {
  /**
   * Counts one write by `userId` in the window starting at `windowStart`, unless `limit` writes
   * are counted there already. One statement, so processes sharing the database cannot both take
   * the last place; a refused write changes nothing. Returns the count, or null when refused.
   */
  async take(
    db: Kysely<Database>,
    userId: string,
    windowStart: string,
    limit: number,
  ): Promise<number | null> {
    const row = await db
      .insertInto("write_limits")
      .values({ user_id: userId, window_start: windowStart, writes: 1 })
      .onConflict((conflict) =>
        conflict
          .columns(["user_id", "window_start"])
          .doUpdateSet((eb) => ({ writes: eb("write_limits.writes", "+", 1) }))
          .where("write_limits.writes", "<", limit),
      )
      .returning("writes")
      .executeTakeFirst();
    return row?.writes ?? null;
  },

  /**
   * Forgets the windows before the last one at `now`, so the table stays small; the window before
   * stays for processes whose clocks lag a little.
   */
  async forgetStale(db: Kysely<Database>, now: Date): Promise<void> {
    const keepFrom = iso(new Date(writeWindowStart(now.getTime()) - WRITE_WINDOW_MS));
    await db.deleteFrom("write_limits").where("window_start", "<", keepFrom).execute();
  },
};
