import { forgetEndedSessions } from "../access/sessions";
import { writeLimitRepository } from "../db/write-limit.repository";
import { addDays, iso } from "../lib/clock";
import { forgetLongExpiredResets, forgetOldFailures } from "../modules/auth";
import { forgetLongExpiredInvitations } from "../modules/invitations";
import { defineJob } from "./job";
import { jobRunRepository } from "./job-run.repository";

/** Runs of scheduled jobs are kept this long, to look back on failures. */
export const JOB_RUNS_KEPT_DAYS = 90;

/**
 * Once a day, deletes what no request will read again. Sessions, sign-in failures and write
 * counts are also cleared on the fly (on sign-in, on a failure, on a person's first write in a
 * minute), with the same rules; this catches the rows left when those moments stop coming.
 * Invitations and password reset links are kept a while after they expire, then deleted here.
 * 03:17 UTC: a quiet hour in most places, off the full hour other installations' jobs favour.
 */
export const housekeepingJob = defineJob({
  name: "housekeeping",
  schedule: "17 3 * * *",
  async run(ctx) {
    const now = ctx.clock.now();
    await forgetEndedSessions(ctx);
    await forgetOldFailures(ctx.db, now);
    await writeLimitRepository.forgetStale(ctx.db, now);
    await forgetLongExpiredInvitations(ctx);
    await forgetLongExpiredResets(ctx);
    await jobRunRepository.forgetBefore(ctx.db, iso(addDays(now, -JOB_RUNS_KEPT_DAYS)));
  },
});
