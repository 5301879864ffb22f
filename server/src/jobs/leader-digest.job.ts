import { digestMail, leaderDigest, leadersWithDigest } from "../modules/digest";
import { defineJob } from "./job";
import { sendAll } from "./mail-run";

/**
 * Every Monday at 06:00 UTC: each leader who has not turned it off gets a mail of what is waiting
 * for them (modules/digest), when anything is. Only when mail is set up; without it the run does
 * nothing. The digest is computed at the run, so a period missed is simply next week's.
 */
export const leaderDigestJob = defineJob({
  name: "leader-digest",
  schedule: "0 6 * * 1",
  async run(ctx) {
    if (!ctx.mailer.enabled) return;
    const now = ctx.clock.now();
    const mails = [];
    for (const leader of await leadersWithDigest(ctx.db)) {
      const mail = digestMail(leader, await leaderDigest(ctx, leader, now), ctx.config.baseUrl);
      if (mail) mails.push(mail);
    }
    await sendAll(ctx, mails);
  },
});
