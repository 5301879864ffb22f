import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FollowershipEstimate, FollowershipMap } from "#contracts/followership";
import { ledTeam } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

/** Every IT item answered `it`, every AE item `ae`. */
const answering = (it: number, ae: number): Record<string, number> =>
  Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [
      [`it${i + 1}`, it],
      [`ae${i + 1}`, ae],
    ]).flat(),
  );

describe("a leader's followership estimate and the team map", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-03-02T09:00:00Z"));
  });
  afterEach(() => t.close());

  const estimate = async (client: Client, personId: string, body: unknown) => {
    const response = await client.put(`/api/v1/people/${personId}/followership-estimate`, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as FollowershipEstimate;
  };
  const take = async (client: Client, answers: Record<string, number>, visibility = "leader") => {
    const response = await client.post("/api/v1/me/assessments/followership", { answers, visibility });
    expect(response.statusCode, response.body).toBe(201);
  };
  const mapOf = async (client: Client, teamId: string) => {
    const response = await client.get(`/api/v1/teams/${teamId}/followership-map`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as FollowershipMap;
  };
  const belief = async (client: Client, personId: string) => {
    const page = (await client.get(`/api/v1/people/${personId}`)).json() as {
      facets: { facet: { key: string }; belief: { value: unknown; afterAnswer: boolean } | null }[];
    };
    return page.facets.find((f) => f.facet.key === "followership-style")?.belief ?? null;
  };

  it("places a person the leader leads, writes the style as the leader's belief, and rewrites it in place", async () => {
    const { leader, member } = await ledTeam(t);
    const first = await estimate(leader.client, member.userId, { it: 45, ae: 30 });
    expect(first).toMatchObject({
      it: 45,
      ae: 30,
      style: "pragmatist",
      leaning: "alienated",
      afterResult: false,
    });
    expect(await belief(leader.client, member.userId)).toMatchObject({ value: "pragmatist" });
    t.clock.advance(60_000);
    const second = await estimate(leader.client, member.userId, { it: 50, ae: 55 });
    expect(second).toMatchObject({ style: "exemplary", leaning: null });
    expect(second.recordedAt > first.recordedAt).toBe(true);
    expect(await belief(leader.client, member.userId)).toMatchObject({ value: "exemplary" });
    expect((await leader.client.get(`/api/v1/people/${member.userId}/followership-estimate`)).json()).toEqual(
      second,
    );
    expect(await t.ctx.db.selectFrom("followership_estimates").select(["it", "ae"]).execute()).toEqual([
      { it: 50, ae: 55 },
    ]);
  });

  it("refuses scores outside 0–60 naming the axis, and anyone but the person's leader with a 404", async () => {
    const { admin, leader, member, teammate, otherLeader } = await ledTeam(t);
    for (const [body, path] of [
      [{ it: 61, ae: 30 }, "it"],
      [{ it: 30, ae: -1 }, "ae"],
      [{ it: 30, ae: 2.5 }, "ae"],
      [{ it: 30 }, "ae"],
    ] as const) {
      const response = await leader.client.put(`/api/v1/people/${member.userId}/followership-estimate`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    }
    for (const client of [admin, teammate.client, otherLeader.client, member.client]) {
      const put = await client.put(`/api/v1/people/${member.userId}/followership-estimate`, { it: 1, ae: 1 });
      expect(put.statusCode).toBe(404);
    }
    expect(
      (await leader.client.get(`/api/v1/people/${member.userId}/followership-estimate`)).statusCode,
    ).toBe(404);
    expect(await t.ctx.db.selectFrom("followership_estimates").selectAll().execute()).toEqual([]);
  });

  it("keeps a result sealed on the map until the leader looks; a style gap written first is then a blind spot", async () => {
    const { leader, member, teamId } = await ledTeam(t);
    await estimate(leader.client, member.userId, { it: 50, ae: 50 });
    t.clock.advance(60_000);
    await take(member.client, answering(6, 0));

    const sealed = (await mapOf(leader.client, teamId)).people.find((p) => p.person.id === member.userId);
    expect(sealed).toMatchObject({
      estimate: { it: 50, ae: 50, style: "exemplary", afterResult: false },
      self: null,
      selfSealed: true,
      gap: null,
    });

    const before = (await leader.client.get(`/api/v1/teams/${teamId}/audit`)).json() as {
      blindSpots: unknown[];
    };
    expect(before.blindSpots).toEqual([]);

    const looked = await leader.client.post(
      `/api/v1/people/${member.userId}/facets/followership-style/reveal`,
    );
    expect(looked.statusCode, looked.body).toBe(200);
    const shown = (await mapOf(leader.client, teamId)).people.find((p) => p.person.id === member.userId);
    expect(shown).toMatchObject({
      self: { it: 60, ae: 0, style: "alienated", leaning: null },
      selfSealed: false,
      gap: 51,
    });

    const audit = (await leader.client.get(`/api/v1/teams/${teamId}/audit`)).json() as {
      facets: { id: string; key: string }[];
      blindSpots: { personId: string; facetId: string; state: string }[];
    };
    const facetId = audit.facets.find((f) => f.key === "followership-style")?.id;
    expect(audit.blindSpots).toContainEqual({ personId: member.userId, facetId, state: "blind_spot" });
  });

  it("counts an estimate written while the result is sealed as committed first, and a later one as after it", async () => {
    const { leader, member, teamId } = await ledTeam(t);
    await take(member.client, answering(3, 3));
    expect((await estimate(leader.client, member.userId, { it: 30, ae: 30 })).afterResult).toBe(false);
    // Writing it was looking: the self-view shows, on the estimate's own point.
    const row = (await mapOf(leader.client, teamId)).people.find((p) => p.person.id === member.userId);
    expect(row).toMatchObject({ self: { it: 30, ae: 30, style: "pragmatist" }, gap: 0, selfSealed: false });
    expect((await estimate(leader.client, member.userId, { it: 35, ae: 30 })).afterResult).toBe(true);
  });

  it("never shows a private result, nor one that is not this leader's to see", async () => {
    const { leader, member, teammate, teamId } = await ledTeam(t);
    await take(member.client, answering(6, 6), "private");
    await estimate(leader.client, member.userId, { it: 10, ae: 10 });
    await take(teammate.client, answering(0, 0), "team");
    const map = await mapOf(leader.client, teamId);
    expect(map.teamId).toBe(teamId);
    expect(map.regions).toEqual({ low: 20, high: 40, max: 60 });
    // The team's members only, by name; the leader is not on their own map.
    expect(map.people.map((p) => p.person.name)).toEqual(["Max", "Tam"]);
    expect(map.people[0]).toMatchObject({ self: null, selfSealed: false, gap: null, estimate: { it: 10 } });
    expect(map.people[1]).toMatchObject({ estimate: null, self: null, selfSealed: true, gap: null });
    expect(JSON.stringify(map)).not.toContain("exemplary");
  });

  it("is for the team's leaders only: members, admins and other teams' leaders get 404", async () => {
    const { admin, member, teammate, otherLeader, teamId } = await ledTeam(t);
    for (const client of [admin, member.client, teammate.client, otherLeader.client])
      expect((await client.get(`/api/v1/teams/${teamId}/followership-map`)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/teams/${teamId}/followership-map` })).statusCode).toBe(401);
  });
});
