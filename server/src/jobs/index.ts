import { backupJob } from "./backup.job";
import { conversationReminderJob } from "./conversation-reminder.job";
import { housekeepingJob } from "./housekeeping.job";
import type { Job } from "./job";
import { leaderDigestJob } from "./leader-digest.job";
import { pulseCloseJob } from "./pulse-close.job";
import { pulseReminderJob } from "./pulse-reminder.job";
import { securityLogRetentionJob } from "./security-log-retention.job";

/** Every job the running server schedules. */
export const JOBS: readonly Job[] = [
  housekeepingJob,
  conversationReminderJob,
  leaderDigestJob,
  pulseReminderJob,
  pulseCloseJob,
  backupJob,
  securityLogRetentionJob,
];

export { defineJob, type Job, type JobDefinition, type JobPeriod } from "./job";
export { createScheduler, type JobOutcome, type Scheduler } from "./scheduler";
