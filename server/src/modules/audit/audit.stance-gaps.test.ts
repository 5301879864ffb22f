import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Audit } from "#contracts/audit";
import type { Home } from "#contracts/home";
import { ledTeam } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

/**
 * A gap between where a leader perceives a member on a goal and where the member says they stand
 * is an assumption like any other: it joins the team audit's and the person audit's blind spots,
 * and the leader's home; a member's home lists the goals they have not placed themselves on.
 */
describe("goal stance gaps in the audit and on the homes", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-03-02T09:00:00Z"));
  });
  afterEach(() => t.close());

  const ok = async (
    response: Promise<{ statusCode: number; body: string; json: () => unknown }>,
    code = 200,
  ) => {
    const r = await response;
    expect(r.statusCode, r.body).toBe(code);
    return r.json();
  };
  const homeOf = async (client: Client) => (await ok(client.get("/api/v1/me/home"))) as Home;
  const teamAudit = async (client: Client, teamId: string) =>
    (await ok(client.get(`/api/v1/teams/${teamId}/audit`))) as Audit;

  async function goalWithStances() {
    const world = await ledTeam(t);
    const { leader, teamId } = world;
    const goal = (await ok(
      leader.client.post(`/api/v1/teams/${teamId}/goals`, {
        title: "Ship on Fridays",
        why: "Small releases are calmer.",
        firstStep: "Pair on one release.",
      }),
      201,
    )) as { id: string };
    return { ...world, goalId: goal.id };
  }

  it("a member's home lists the goal until they place themselves on it", async () => {
    const { member, goalId } = await goalWithStances();
    expect((await homeOf(member.client)).member?.goalsToPlace).toEqual([
      { goalId, title: "Ship on Fridays", teamName: "Platform" },
    ]);
    await ok(
      member.client.put(`/api/v1/goals/${goalId}/stance`, { stance: "curious", visibility: "leader" }),
    );
    expect((await homeOf(member.client)).member?.goalsToPlace).toEqual([]);
  });

  it("a gap of two rungs joins the blind spots once the leader has looked, in the natural order (the member states first)", async () => {
    const { leader, member, teamId, goalId } = await goalWithStances();
    // The member states first; the leader writes a perceived stance before looking.
    await ok(
      member.client.put(`/api/v1/goals/${goalId}/stance`, { stance: "curious", visibility: "leader" }),
    );
    await ok(
      leader.client.put(`/api/v1/goals/${goalId}/people/${member.userId}/perceived-stance`, {
        stance: "committed",
      }),
    );
    // Sealed until the leader looks: no gap is known yet.
    expect((await teamAudit(leader.client, teamId)).stanceGaps).toEqual([]);
    expect((await homeOf(leader.client)).leading?.stanceGaps).toEqual([]);
    await ok(leader.client.post(`/api/v1/goals/${goalId}/people/${member.userId}/stance-look`, {}));
    const gap = {
      goalId,
      goalTitle: "Ship on Fridays",
      teamId,
      personId: member.userId,
      personName: "Max",
      perceived: "committed",
      stated: "curious",
      distance: 2,
    };
    expect((await teamAudit(leader.client, teamId)).stanceGaps).toEqual([gap]);
    expect(
      ((await ok(leader.client.get(`/api/v1/people/${member.userId}/audit`))) as Audit).stanceGaps,
    ).toEqual([gap]);
    expect(((await ok(leader.client.get("/api/v1/me/audit"))) as Audit).stanceGaps).toEqual([gap]);
    expect((await homeOf(leader.client)).leading?.stanceGaps).toEqual([gap]);
    // One rung apart is close, not a blind spot.
    await ok(
      leader.client.put(`/api/v1/goals/${goalId}/people/${member.userId}/perceived-stance`, {
        stance: "supportive",
      }),
    );
    expect((await teamAudit(leader.client, teamId)).stanceGaps).toEqual([]);
  });

  it("a private stance makes no gap, and the other team's leader sees none", async () => {
    const { leader, member, otherLeader, teamId, goalId } = await goalWithStances();
    await ok(member.client.put(`/api/v1/goals/${goalId}/stance`, { stance: "aware", visibility: "private" }));
    await ok(
      leader.client.put(`/api/v1/goals/${goalId}/people/${member.userId}/perceived-stance`, {
        stance: "champion",
      }),
    );
    expect((await teamAudit(leader.client, teamId)).stanceGaps).toEqual([]);
    expect((await homeOf(otherLeader.client)).leading?.stanceGaps).toEqual([]);
  });

  it("a first follower who agreed to be named waits on the leader's home until thanked", async () => {
    const { leader, member, goalId } = await goalWithStances();
    await ok(
      member.client.put(`/api/v1/goals/${goalId}/stance`, { stance: "supportive", visibility: "team" }),
    );
    expect((await homeOf(leader.client)).leading?.unthankedFollowers).toEqual([]);
    await ok(member.client.put(`/api/v1/goals/${goalId}/consent`, { named: true }));
    expect((await homeOf(leader.client)).leading?.unthankedFollowers).toEqual([
      { goalId, goalTitle: "Ship on Fridays", personId: member.userId, personName: "Max" },
    ]);
    await ok(
      leader.client.post(`/api/v1/goals/${goalId}/thanks`, {
        personId: member.userId,
        message: "Thank you for going first.",
      }),
      201,
    );
    expect((await homeOf(leader.client)).leading?.unthankedFollowers).toEqual([]);
  });
});
