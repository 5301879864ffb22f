import { bumpDataVersion } from "../db/data-version";
import { closeDueRounds } from "../modules/pulses";
import { defineJob } from "./job";

/**
 * Every day at 00:05 UTC: closes each round still open whose closing day is over in UTC, on its
 * closing day (the last day it took answers), in one transaction that moves the data version of
 * every workspace it touches. A round reads as closed from the first moment after its closing
 * day whether or not this has run; this records it. Work the next run can finish: a day missed is
 * closed the next night.
 */
export const pulseCloseJob = defineJob({
  name: "pulse-close",
  schedule: "5 0 * * *",
  async run(ctx) {
    const today = ctx.clock.now().toISOString().slice(0, 10);
    await ctx.db.transaction().execute(async (trx) => {
      const closed = await closeDueRounds(trx, today);
      for (const workspaceId of new Set(closed.map((round) => round.workspace_id)))
        await bumpDataVersion(trx, workspaceId);
    });
  },
});
