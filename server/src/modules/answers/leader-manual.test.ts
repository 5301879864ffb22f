import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LEADING_FACETS } from "#core/facets/leading";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";
import { readDataVersion } from "../../db/data-version";
import { facetRepository } from "../facets/facet.repository";

interface ManualBody {
  teamId: string;
  leaders: {
    id: string;
    name: string;
    answers: { facetKey: string; value: unknown; visibility: string }[];
  }[];
}

const LEADING_KEYS = LEADING_FACETS.map((f) => f.key);

describe("the leader's manual", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof world>>;
  /** Team A led by Lea (Max and Tam on it); Bo leads team B, where Lea is a member. */
  async function world() {
    const { admin, adminId, workspaceId } = await setupWorkspace(t);
    const teamA = await createTeam(admin, "Team A");
    const teamB = await createTeam(admin, "Team B");
    const lea = await joinTeam(t, admin, teamA, "leader", "Lea");
    const max = await joinTeam(t, admin, teamA, "member", "Max");
    const tam = await joinTeam(t, admin, teamA, "member", "Tam");
    const bo = await joinTeam(t, admin, teamB, "leader", "Bo");
    await t.ctx.db
      .insertInto("team_memberships")
      .values({ team_id: teamB, user_id: lea.userId, role: "member", created_at: "2026-11-01T00:00:00.000Z" })
      .execute();
    await t.ctx.db.deleteFrom("team_memberships").where("user_id", "=", adminId).execute();
    return { admin, workspaceId, teamA, teamB, lea, max, tam, bo };
  }
  beforeEach(async () => {
    t = await startTestApp();
    w = await world();
  });
  afterEach(() => t.close());

  const write = async (who: { client: Client }, key: string, value: unknown, visibility: string) =>
    expect((await who.client.put(`/api/v1/me/answers/${key}`, { value, visibility })).statusCode).toBe(200);

  const manual = async (client: Client, teamId: string): Promise<ManualBody> => {
    const response = await client.get(`/api/v1/teams/${teamId}/leader-manual`);
    expect(response.statusCode).toBe(200);
    return response.json() as ManualBody;
  };

  it("shows the team's people what their leader shared with the team, in catalogue order", async () => {
    await write(w.lea, "recent-mistake", "I announced a reorganisation before asking anyone.", "team");
    await write(w.lea, "how-i-lead", "I set the direction and then get out of the way.", "team");
    await write(w.lea, "focus-rhythm", "early-morning", "team");
    await write(w.lea, "still-learning", "Letting silences run.", "private");
    await write(w.lea, "drains", "Status meetings.", "leader");

    const body = await manual(w.max.client, w.teamA);
    expect(body.teamId).toBe(w.teamA);
    expect(body.leaders).toHaveLength(1);
    const [leader] = body.leaders;
    expect(leader?.name).toBe("Lea");
    // Facets about everyone come first in the catalogue, the prompts for leaders after them.
    expect(leader?.answers.map((a) => a.facetKey)).toEqual(["focus-rhythm", "how-i-lead", "recent-mistake"]);
    expect(leader?.answers.every((a) => a.visibility === "team")).toBe(true);
    expect((await manual(w.tam.client, w.teamA)).leaders[0]?.answers).toHaveLength(3);

    // Lea sees all of hers; her own leader, Bo, is not on team A.
    expect((await manual(w.lea.client, w.teamA)).leaders[0]?.answers).toHaveLength(5);
    expect((await w.bo.client.get(`/api/v1/teams/${w.teamA}/leader-manual`)).statusCode).toBe(404);
  });

  it("lists the leader for an admin without any of their answers", async () => {
    await write(w.lea, "how-i-lead", "I set the direction and then get out of the way.", "team");
    const body = await manual(w.admin, w.teamA);
    expect(body.leaders).toEqual([{ id: w.lea.userId, name: "Lea", answers: [] }]);
  });

  it("says a team with no leader manual has its leaders and no answers, and leaves out retired facets", async () => {
    expect((await manual(w.max.client, w.teamA)).leaders).toEqual([
      { id: w.lea.userId, name: "Lea", answers: [] },
    ]);
    await write(w.lea, "how-i-lead", "I set the direction.", "team");
    const facet = await facetRepository.find(t.ctx.db, w.workspaceId, "how-i-lead");
    expect((await w.admin.patch(`/api/v1/facets/${facet?.id}`, { retired: true })).statusCode).toBe(200);
    expect((await manual(w.max.client, w.teamA)).leaders[0]?.answers).toEqual([]);
  });

  it("shows someone who leads the author elsewhere only the prompts about leading", async () => {
    // Bo leads Lea on team B, and now co-leads team A: there, Lea's audited answers stay on her
    // person page, where Bo's beliefs come first.
    await t.ctx.db
      .insertInto("team_memberships")
      .values({
        team_id: w.teamA,
        user_id: w.bo.userId,
        role: "leader",
        created_at: "2026-11-01T00:00:00.000Z",
      })
      .execute();
    await write(w.lea, "how-i-lead", "I set the direction.", "team");
    await write(w.lea, "focus-rhythm", "early-morning", "team");
    const body = await manual(w.bo.client, w.teamA);
    const leas = body.leaders.find((l) => l.id === w.lea.userId);
    expect(leas?.answers.map((a) => a.facetKey)).toEqual(["how-i-lead"]);
    // Max reads both leaders' manuals, Lea's in full.
    const maxReads = await manual(w.max.client, w.teamA);
    expect(maxReads.leaders.map((l) => l.name)).toEqual(["Bo", "Lea"]);
    expect(maxReads.leaders.find((l) => l.id === w.lea.userId)?.answers).toHaveLength(2);
  });

  it("lets only people who lead a team answer the prompts about leading", async () => {
    const refused = await w.max.client.put("/api/v1/me/answers/how-i-lead", {
      value: "I lead.",
      visibility: "team",
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/lead a team/);
    await write(w.lea, "how-i-lead", "I set the direction.", "team");
    const markdown = (await w.lea.client.get("/api/v1/me/manual.md")).body;
    expect(markdown).toContain("## As a leader\n\n### How I lead\n\nI set the direction.");
  });

  it("keeps the prompts about leading out of person pages, beliefs, comparisons and audits", async () => {
    await write(w.lea, "how-i-lead", "I set the direction.", "team");
    await write(w.lea, "focus-rhythm", "early-morning", "leader");
    // Bo leads Lea: her person page and his audits carry only the facets about everyone.
    const page = (await w.bo.client.get(`/api/v1/people/${w.lea.userId}`)).json();
    const keys: string[] = page.facets.map((f: { facet: { key: string } }) => f.facet.key);
    expect(keys).toContain("focus-rhythm");
    expect(keys.filter((k) => LEADING_KEYS.includes(k))).toEqual([]);
    expect(JSON.stringify(page)).not.toContain("I set the direction.");

    const belief = await w.bo.client.put(`/api/v1/people/${w.lea.userId}/beliefs/how-i-lead`, {
      value: "Hands off.",
      source: "assumed",
      confidence: 3,
    });
    expect(belief.statusCode).toBe(409);
    expect(belief.json().error.code).toBe("facet_not_audited");
    const comparison = await w.bo.client.put(`/api/v1/people/${w.lea.userId}/comparisons/how-i-lead`, {
      outcome: "match",
    });
    expect(comparison.statusCode).toBe(409);

    for (const url of [
      `/api/v1/people/${w.lea.userId}/audit`,
      `/api/v1/teams/${w.teamB}/audit`,
      "/api/v1/me/audit",
    ]) {
      const audit = (await w.bo.client.get(url)).json();
      const auditKeys: string[] = audit.facets.map((f: { key: string }) => f.key);
      expect(auditKeys, url).toContain("focus-rhythm");
      expect(
        auditKeys.filter((k) => LEADING_KEYS.includes(k)),
        url,
      ).toEqual([]);
    }
  });

  it("adds the prompts about leading, once, to a workspace made before them", async () => {
    await t.ctx.db
      .deleteFrom("facets")
      .where("workspace_id", "=", w.workspaceId)
      .where("key", "in", LEADING_KEYS)
      .execute();
    const before = await facetRepository.list(t.ctx.db, w.workspaceId, true);
    const version = await readDataVersion(t.ctx.db, w.workspaceId);

    await facetRepository.seedMissing(t.ctx.db, "2026-11-03T00:00:00.000Z");
    const after = await facetRepository.list(t.ctx.db, w.workspaceId, true);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    expect(added.map((f) => [f.key, f.audience])).toEqual(LEADING_KEYS.map((k) => [k, "leaders"]));
    const last = before.at(-1)?.position ?? 0;
    expect(added.map((f) => f.position)).toEqual(added.map((_, i) => last + i + 1));
    expect(await readDataVersion(t.ctx.db, w.workspaceId)).toBeGreaterThan(version ?? 0);

    const settled = await readDataVersion(t.ctx.db, w.workspaceId);
    await facetRepository.seedMissing(t.ctx.db, "2026-11-04T00:00:00.000Z");
    expect(await facetRepository.list(t.ctx.db, w.workspaceId, true)).toEqual(after);
    expect(await readDataVersion(t.ctx.db, w.workspaceId)).toBe(settled);
  });
});
