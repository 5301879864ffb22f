import { forgetOldSecurityEvents } from "../modules/security-log";
import { defineJob } from "./job";

/**
 * Once a day, deletes each workspace's security events older than its retention setting (365 days
 * unless an admin changed it): the only deletion the append-only log knows. 03:47 UTC, after the
 * housekeeping job.
 */
export const securityLogRetentionJob = defineJob({
  name: "security-log-retention",
  schedule: "47 3 * * *",
  async run(ctx) {
    await forgetOldSecurityEvents(ctx);
  },
});
