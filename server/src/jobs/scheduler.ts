import type { FastifyBaseLogger } from "fastify";
import type { AppContext } from "../context";
import { iso } from "../lib/clock";
import type { Job } from "./job";
import { jobRunRepository } from "./job-run.repository";

/** What one tick did with one job's due period. `taken`: another run claimed it first. */
export interface JobOutcome {
  job: string;
  periodStart: string;
  outcome: "succeeded" | "failed" | "taken";
}

export interface Scheduler {
  /** Runs every job whose latest period (at `now`, by default the app's clock) is unclaimed. */
  tick(now?: Date): Promise<JobOutcome[]>;
  /** Ticks now and at each scheduled time on a real timer: the running server only. */
  start(): void;
  /** Stops the timer and waits for a run in progress, so the database can close after it. */
  stop(): Promise<void>;
}

/** Wake at least this often, so a wall clock that jumps (suspend, NTP) delays a run at most a minute. */
const LONGEST_WAIT_MS = 60_000;

/**
 * Runs jobs once per period among every process on the database. Only the latest period due is
 * run: periods missed while no process was up are not caught up one by one (jobs do work the next
 * period can finish, see JobDefinition). A run interrupted by a crash stays `running` and its
 * period is not tried again; the next period runs as usual.
 */
export function createScheduler(
  ctx: AppContext,
  allJobs: readonly Job[],
  log: Pick<FastifyBaseLogger, "info" | "error">,
): Scheduler {
  // A job the settings leave off (e.g. backups without BACKUP_DIR) is never claimed or run.
  const jobs = allJobs.filter((job) => job.enabled?.(ctx.config) ?? true);
  const names = new Set(jobs.map((job) => job.name));
  if (names.size !== jobs.length) throw new Error("Two scheduled jobs share a name.");
  // The period each job last claimed or saw claimed, so a tick between periods costs no query.
  const settled = new Map<string, string>();
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let started = false;
  let stopped = false;

  async function runDue(now: Date): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    for (const job of jobs) {
      const period = job.periodAt(now);
      if (!period) continue;
      const periodStart = iso(period.start);
      if (settled.get(job.name) === periodStart) continue;
      try {
        const claimed = await jobRunRepository.claim(ctx.db, job.name, periodStart, iso(ctx.clock.now()));
        settled.set(job.name, periodStart);
        if (!claimed) {
          outcomes.push({ job: job.name, periodStart, outcome: "taken" });
          continue;
        }
        let error: string | null = null;
        try {
          await job.run(ctx, period);
        } catch (thrown) {
          error = thrown instanceof Error ? thrown.message || thrown.name : String(thrown);
          log.error({ err: thrown, job: job.name, periodStart }, "scheduled job failed");
        }
        await jobRunRepository.finish(ctx.db, job.name, periodStart, {
          finishedAt: iso(ctx.clock.now()),
          error,
        });
        outcomes.push({ job: job.name, periodStart, outcome: error === null ? "succeeded" : "failed" });
      } catch (thrown) {
        // The database did not answer the claim or the record: the next tick tries the claim again.
        log.error({ err: thrown, job: job.name, periodStart }, "scheduled job could not be recorded");
      }
    }
    return outcomes;
  }

  // One tick at a time in a process: the timer's and a test's never overlap.
  const tick = (now?: Date): Promise<JobOutcome[]> => {
    const next = queue.then(() => runDue(now ?? ctx.clock.now()));
    queue = next.catch(() => {});
    return next;
  };

  const wakeLater = () => {
    if (stopped) return;
    const now = ctx.clock.now();
    const soonest = Math.min(...jobs.map((job) => job.nextStartAfter(now)?.getTime() ?? Infinity));
    timer = setTimeout(
      () => void tick().then(wakeLater, wakeLater),
      Math.max(0, Math.min(soonest - now.getTime(), LONGEST_WAIT_MS)),
    );
    timer.unref();
  };

  return {
    tick,
    start() {
      if (jobs.length === 0 || started || stopped) return;
      started = true;
      log.info({ jobs: [...names] }, "scheduler started");
      void tick().then(wakeLater, wakeLater);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await queue;
    },
  };
}
