import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PULSE_ITEMS } from "#core/instruments/pulse";
import { ledTeam } from "../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../test/harness";
import { readDataVersion } from "../db/data-version";
import { pulseCloseJob } from "./pulse-close.job";

const answers = Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, 4]));

describe("the nightly closing of trust pulse rounds", () => {
  let t: TestApp;
  beforeEach(async () => {
    // Sessions that outlast the test's days, so the same people act on each of them.
    t = await startTestApp({
      env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60), SESSION_MAX_DAYS: "365" },
      jobs: [pulseCloseJob],
    });
    // Monday 2 November 2026, 08:00 UTC; the latest period, last night's, is taken before anything opens.
    t.clock.set(new Date("2026-11-02T08:00:00.000Z"));
    await t.scheduler.tick();
  });
  afterEach(() => t.close());

  const closedOn = async (pulseId: string) =>
    (
      await t.ctx.db
        .selectFrom("pulses")
        .select("closed_on")
        .where("id", "=", pulseId)
        .executeTakeFirstOrThrow()
    ).closed_on;

  it("closes a round at 00:05 UTC after its closing day, on that day, and no round before", async () => {
    const { teamId, otherTeamId, workspaceId, leader, otherLeader, member, teammate } = await world();
    const open = async (client: Client, team: string, closesOn: string) => {
      const response = await client.post(`/api/v1/teams/${team}/pulses`, { closesOn });
      expect(response.statusCode, response.body).toBe(201);
      return (response.json() as { id: string }).id;
    };
    const early = await open(leader.client, teamId, "2026-11-03");
    const later = await open(otherLeader.client, otherTeamId, "2026-11-04");

    // 00:05 on the closing day: still open, and answers are still taken until its end.
    t.clock.set(new Date("2026-11-03T00:05:00.000Z"));
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect([await closedOn(early), await closedOn(later)]).toEqual([null, null]);
    t.clock.set(new Date("2026-11-03T23:59:00.000Z"));
    expect((await member.client.post(`/api/v1/pulses/${early}/responses`, { answers })).statusCode).toBe(201);

    const version = await readDataVersion(t.ctx.db, workspaceId);
    t.clock.set(new Date("2026-11-04T00:05:00.000Z"));
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect([await closedOn(early), await closedOn(later)]).toEqual(["2026-11-03", null]);
    expect(await readDataVersion(t.ctx.db, workspaceId)).toBe((version ?? 0) + 1);
    const round = (await member.client.get(`/api/v1/pulses/${early}`)).json() as {
      round: { status: string; closedOn: string };
    };
    expect(round.round).toMatchObject({ status: "closed", closedOn: "2026-11-03" });
    const late = await teammate.client.post(`/api/v1/pulses/${early}/responses`, { answers });
    expect(late.statusCode).toBe(409);

    // A night no process was up for is caught by the next: both nights' rounds close then.
    t.clock.set(new Date("2026-11-06T00:05:00.000Z"));
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect([await closedOn(early), await closedOn(later)]).toEqual(["2026-11-03", "2026-11-04"]);
  });

  it("keeps the day a round was closed by hand, and moves no data version when nothing closes", async () => {
    const { teamId, workspaceId, leader } = await world();
    const response = await leader.client.post(`/api/v1/teams/${teamId}/pulses`, { closesOn: "2026-11-20" });
    const { id } = response.json() as { id: string };
    expect((await leader.client.post(`/api/v1/pulses/${id}/close`)).statusCode).toBe(200);
    expect(await closedOn(id)).toBe("2026-11-02");

    const version = await readDataVersion(t.ctx.db, workspaceId);
    t.clock.set(new Date("2026-11-21T00:05:00.000Z"));
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(await closedOn(id)).toBe("2026-11-02");
    expect(await readDataVersion(t.ctx.db, workspaceId)).toBe(version);
  });

  async function world() {
    const team = await ledTeam(t);
    const other = await t.ctx.db
      .selectFrom("teams")
      .select(["id", "workspace_id"])
      .where("name", "=", "Other")
      .executeTakeFirstOrThrow();
    return { ...team, otherTeamId: other.id, workspaceId: other.workspace_id };
  }
});
