import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

/** Longest error message kept with a failed run; enough to tell one failure from another. */
const ERROR_LENGTH = 2000;

export const jobRunRepository = {
  /**
   * Claims one job's period by inserting its row; true when this call inserted it. The primary key
   * (job, period_start) makes the insert the whole decision: a second process, or this one after
   * a restart, conflicts and gets false, however the two inserts interleave. On PostgreSQL a
   * concurrent insert of the same key waits for the first to commit and then conflicts, so no
   * advisory lock is needed, and unlike a session lock the claim outlives the connection.
   */
  async claim(db: Kysely<Database>, job: string, periodStart: string, startedAt: string): Promise<boolean> {
    const row = await db
      .insertInto("job_runs")
      .values({
        job,
        period_start: periodStart,
        started_at: startedAt,
        finished_at: null,
        status: "running",
        error: null,
      })
      .onConflict((conflict) => conflict.columns(["job", "period_start"]).doNothing())
      .returning("job")
      .executeTakeFirst();
    return row !== undefined;
  },

  async finish(
    db: Kysely<Database>,
    job: string,
    periodStart: string,
    outcome: { finishedAt: string; error: string | null },
  ): Promise<void> {
    await db
      .updateTable("job_runs")
      .set({
        finished_at: outcome.finishedAt,
        status: outcome.error === null ? "succeeded" : "failed",
        error: outcome.error?.slice(0, ERROR_LENGTH) ?? null,
      })
      .where("job", "=", job)
      .where("period_start", "=", periodStart)
      .execute();
  },

  /** Forgets runs of periods that began before `before`; no period that old is ever run again. */
  async forgetBefore(db: Kysely<Database>, before: string): Promise<void> {
    await db.deleteFrom("job_runs").where("period_start", "<", before).execute();
  },
};
