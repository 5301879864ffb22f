import { Cron } from "croner";
import type { Config } from "../config";
import type { AppContext } from "../context";

/** The stretch of time one run stands for: from one scheduled time to the next. */
export interface JobPeriod {
  start: Date;
  end: Date;
}

export interface JobDefinition {
  /** Kebab-case and unique; it keys the runs in job_runs, so never rename a shipped job. */
  name: string;
  /** A five-field cron pattern, read in UTC. */
  schedule: string;
  /**
   * The work. Runs at most once per period across every process on the database; a run that
   * throws is recorded as failed and that period is not tried again, so do work that the next
   * period can finish (e.g. "delete everything expired", never "delete what expired this hour").
   */
  run(ctx: AppContext, period: JobPeriod): Promise<void>;
  /** Whether the installation asked for this job; by default every job runs. */
  enabled?(config: Config): boolean;
}

export interface Job extends JobDefinition {
  /** The latest period begun at or before `now`, or null when the schedule never fired. */
  periodAt(now: Date): JobPeriod | null;
  /** When the next period begins after `now`. */
  nextStartAfter(now: Date): Date | null;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * A job with its timing. Croner computes the times but never starts a timer here (no callback):
 * the scheduler decides when to look, so tests drive it with a ManualClock. UTC, so that
 * processes in different time zones agree on every period: as an offset of 0, which UTC always
 * is, since croner's `timezone: "UTC"` converts every candidate time through Intl, and the
 * scheduler's first look at every job, as the server starts, took 15 ms on an idle machine that way
 * (about 3 ms as an offset).
 */
export function defineJob(definition: JobDefinition): Job {
  if (!NAME.test(definition.name)) throw new Error(`Job name "${definition.name}" must be kebab-case.`);
  const cron = new Cron(definition.schedule, { utcOffset: 0, mode: "5-part" });
  return {
    ...definition,
    periodAt(now) {
      // previousRuns counts a run at the reference only when strictly earlier, so look 1 ms on.
      const start = cron.previousRuns(1, new Date(now.getTime() + 1))[0];
      const end = start ? cron.nextRun(start) : null;
      return start && end ? { start, end } : null;
    },
    nextStartAfter: (now) => cron.nextRun(now),
  };
}
