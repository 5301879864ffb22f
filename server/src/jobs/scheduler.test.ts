import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabaseUrl, startTestApp, type TestApp } from "../../test/harness";
import type { AppContext } from "../context";
import { defineJob, type Job } from "./job";

const HOUR = 60 * 60_000;
const START = new Date("2026-11-02T09:00:00.000Z");

/** A job that notes which app ran which period, and fails where `failAt` says. */
function hourlyJob(failAt: Set<string> = new Set()) {
  const runs: { ctx: AppContext; start: string; end: string }[] = [];
  const job = defineJob({
    name: "test-hourly",
    schedule: "0 * * * *",
    async run(ctx, period) {
      runs.push({ ctx, start: period.start.toISOString(), end: period.end.toISOString() });
      if (failAt.has(period.start.toISOString())) throw new Error("mail server unreachable");
    },
  });
  return { job, runs };
}

const hoursFrom = (start: Date, count: number) =>
  Array.from({ length: count }, (_, n) => new Date(start.getTime() + n * HOUR).toISOString());

describe("scheduled jobs on one database shared by two app instances", () => {
  const open: TestApp[] = [];
  let drop: () => Promise<void> = async () => {};
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
    await drop();
  });

  async function twoInstances(jobs: readonly Job[]) {
    const database = await createTestDatabaseUrl();
    drop = database.drop;
    const start = () => startTestApp({ databaseUrl: database.url, jobs });
    const a = await start();
    open.push(a);
    const b = await start();
    open.push(b);
    for (const app of [a, b]) app.clock.set(START);
    return { a, b, start, url: database.url };
  }

  const runsTable = (t: TestApp) =>
    t.ctx.db
      .selectFrom("job_runs")
      .select(["job", "period_start", "status", "error", "finished_at"])
      .orderBy("period_start")
      .execute();

  it("runs each period once between them while both tick through the day", async () => {
    const { job, runs } = hourlyJob();
    const { a, b } = await twoInstances([job]);
    // Every quarter of an hour for five hours; who looks first alternates by the hour.
    for (let step = 0; step <= 20; step++) {
      const order = Math.floor(step / 4) % 2 === 0 ? [a, b] : [b, a];
      for (const app of order) await app.scheduler.tick();
      for (const app of [a, b]) app.clock.advance(HOUR / 4);
    }
    const periods = hoursFrom(START, 6);
    expect(runs.map((run) => run.start)).toEqual(periods);
    expect(runs.map((run) => run.end)).toEqual(hoursFrom(new Date(START.getTime() + HOUR), 6));
    // The work was shared: neither instance was deaf to the schedule.
    expect(runs.some((run) => run.ctx === a.ctx)).toBe(true);
    expect(runs.some((run) => run.ctx === b.ctx)).toBe(true);
    const recorded = await runsTable(a);
    expect(recorded.map((row) => [row.job, row.period_start, row.status])).toEqual(
      periods.map((period) => ["test-hourly", period, "succeeded"]),
    );
    expect(recorded.every((row) => row.finished_at !== null && row.error === null)).toBe(true);
  });

  it("runs a period once when both tick at the same moment", async () => {
    const { job, runs } = hourlyJob();
    const { a, b } = await twoInstances([job]);
    for (let hour = 0; hour < 5; hour++) {
      const [fromA, fromB] = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      const outcomes = [...(fromA ?? []), ...(fromB ?? [])].map((o) => o.outcome).sort();
      expect(outcomes, `hour ${hour}`).toEqual(["succeeded", "taken"]);
      for (const app of [a, b]) app.clock.advance(HOUR);
    }
    expect(runs.map((run) => run.start)).toEqual(hoursFrom(START, 5));
    expect(await runsTable(b)).toHaveLength(5);
  });

  it("does not run a finished period again after a restart, and runs the next one", async () => {
    const { job, runs } = hourlyJob();
    const { a, b, start } = await twoInstances([job]);
    expect((await a.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    await a.close();
    open.splice(open.indexOf(a), 1);
    await b.close();
    open.splice(open.indexOf(b), 1);

    const restarted = await start();
    open.push(restarted);
    restarted.clock.set(new Date(START.getTime() + 20 * 60_000));
    expect((await restarted.scheduler.tick()).map((o) => o.outcome)).toEqual(["taken"]);
    expect(runs).toHaveLength(1);
    restarted.clock.advance(HOUR);
    expect((await restarted.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(runs.map((run) => run.start)).toEqual(hoursFrom(START, 2));
  });

  it("records a failing run with its error, does not retry that period, and runs the next", async () => {
    const { job, runs } = hourlyJob(new Set([START.toISOString()]));
    const { a, b } = await twoInstances([job]);
    expect((await a.scheduler.tick()).map((o) => o.outcome)).toEqual(["failed"]);
    expect((await b.scheduler.tick()).map((o) => o.outcome)).toEqual(["taken"]);
    expect(await a.scheduler.tick()).toEqual([]);
    expect(runs).toHaveLength(1);

    for (const app of [a, b]) app.clock.advance(HOUR);
    expect((await b.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    const recorded = await runsTable(a);
    expect(recorded.map((row) => [row.period_start, row.status, row.error])).toEqual([
      [START.toISOString(), "failed", "mail server unreachable"],
      [new Date(START.getTime() + HOUR).toISOString(), "succeeded", null],
    ]);
  });

  it("runs only the latest period after a stretch with nobody up", async () => {
    const { job, runs } = hourlyJob();
    const { a } = await twoInstances([job]);
    a.clock.set(new Date(START.getTime() + 30 * 60_000));
    await a.scheduler.tick();
    a.clock.advance(5 * HOUR);
    await a.scheduler.tick();
    expect(runs.map((run) => run.start)).toEqual([START.toISOString(), hoursFrom(START, 6)[5]]);
  });

  // What the test can see: started as the server starts it, the due period runs once between two
  // processes without a hand tick, and stop() waits for it. The timer's later wake-ups are not
  // observed here (they wait on real time).
  it("runs the due period once started, as the server starts it, and stop() waits for the run", async () => {
    const { job, runs } = hourlyJob();
    const { a, b } = await twoInstances([job]);
    a.scheduler.start();
    b.scheduler.start();
    await expect.poll(async () => (await runsTable(a)).map((row) => row.status)).toEqual(["succeeded"]);
    await Promise.all([a.scheduler.stop(), b.scheduler.stop()]);
    expect(runs).toHaveLength(1);
  });
});

describe("defining a job", () => {
  const run = async () => {};

  it("takes the latest scheduled time at or before now as the period, in UTC", () => {
    const daily = defineJob({ name: "daily", schedule: "17 3 * * *", run });
    expect(daily.periodAt(new Date("2026-11-02T03:17:00.000Z"))).toEqual({
      start: new Date("2026-11-02T03:17:00.000Z"),
      end: new Date("2026-11-03T03:17:00.000Z"),
    });
    expect(daily.periodAt(new Date("2026-11-02T03:16:59.999Z"))?.start).toEqual(
      new Date("2026-11-01T03:17:00.000Z"),
    );
    expect(daily.nextStartAfter(new Date("2026-11-02T03:17:00.000Z"))).toEqual(
      new Date("2026-11-03T03:17:00.000Z"),
    );
  });

  it("refuses a pattern that is not five-field cron and a name that is not kebab-case", () => {
    expect(() => defineJob({ name: "bad", schedule: "every hour", run })).toThrow();
    expect(() => defineJob({ name: "bad", schedule: "0 0 * * * *", run })).toThrow();
    expect(() => defineJob({ name: "Bad Name", schedule: "0 * * * *", run })).toThrow(/kebab-case/);
  });
});
