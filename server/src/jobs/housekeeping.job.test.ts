import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeam, inviteToken, joinTeam, setupWorkspace } from "../../test/factories";
import { Client, startTestApp, type TestApp } from "../../test/harness";
import { readDataVersion } from "../db/data-version";
import type { Database } from "../db/schema";
import { housekeepingJob } from "./housekeeping.job";

const DAY = 24 * 60 * 60_000;

describe("the daily housekeeping job", () => {
  let t: TestApp;
  beforeAll(async () => {
    // Sessions that outlast the test's weeks, so one stays alive while another is left idle; this
    // job alone, so the runs counted are its own.
    t = await startTestApp({
      env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60), SESSION_MAX_DAYS: "365" },
      jobs: [housekeepingJob],
    });
  });
  afterAll(() => t.close());

  const count = async (table: keyof Database) =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const invitationStatus = async (token: string) =>
    (await t.app.inject({ method: "GET", url: `/api/v1/invitations/${token}` })).statusCode;

  it("deletes ended sessions, old sign-in failures and write counts, and long-expired invitations", async () => {
    const { admin, workspaceId } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const longExpired = await inviteToken(admin, teamId, "gone@example.test", "member");
    const member = await joinTeam(t, admin, teamId, "member");
    const wrong = await new Client(t.app).post("/api/v1/auth/login", {
      email: member.email,
      password: "wrong",
    });
    expect(wrong.statusCode).toBe(401);

    t.clock.advance(20 * DAY);
    const recentlyExpired = await inviteToken(admin, teamId, "late@example.test", "member");
    t.clock.advance(25 * DAY);
    const pending = await inviteToken(admin, teamId, "soon@example.test", "member");
    // The member has been idle 45 days; no sign-in since cleared the session on the fly.
    t.clock.advance(5 * 60_000);

    expect(await invitationStatus(longExpired)).toBe(410);
    const before = {
      sessions: await count("sessions"),
      loginFailures: await count("login_failures"),
      writeLimits: await count("write_limits"),
      invitations: await count("invitations"),
    };
    expect(before).toEqual({ sessions: 2, loginFailures: 2, writeLimits: 1, invitations: 4 });

    const version = () => readDataVersion(t.ctx.db, workspaceId);
    const versionBefore = await version();
    expect((await t.scheduler.tick()).map(({ job, outcome }) => [job, outcome])).toEqual([
      ["housekeeping", "succeeded"],
    ]);
    // Deleting invitations is a change to content: kept audits of that workspace are dropped.
    expect(await version()).toBeGreaterThan(versionBefore ?? Number.POSITIVE_INFINITY);

    expect(await count("sessions")).toBe(1);
    expect((await admin.get("/api/v1/teams")).statusCode).toBe(200);
    expect((await member.client.get("/api/v1/teams")).statusCode).toBe(401);
    expect(await count("login_failures")).toBe(0);
    expect(await count("write_limits")).toBe(0);
    // Expired more than 30 days ago: the link is now unknown. The others keep their answers,
    // and the accepted invitation stays as the record of who joined.
    expect(await invitationStatus(longExpired)).toBe(404);
    expect(await invitationStatus(recentlyExpired)).toBe(410);
    expect(await invitationStatus(pending)).toBe(200);
    expect(await count("invitations")).toBe(3);
  });

  it("keeps 90 days of job runs", async () => {
    const runs = () =>
      t.ctx.db.selectFrom("job_runs").select("period_start").orderBy("period_start").execute();
    // Run today's period here too, so this test does not rest on the one before it.
    await t.scheduler.tick();
    const first = (await runs()).map((row) => row.period_start);
    expect(first).toHaveLength(1);
    t.clock.advance(89 * DAY);
    await t.scheduler.tick();
    expect(await runs()).toHaveLength(2);
    t.clock.advance(2 * DAY);
    await t.scheduler.tick();
    const left = (await runs()).map((row) => row.period_start);
    expect(left).toHaveLength(2);
    expect(left).not.toContain(first[0]);
  });
});
