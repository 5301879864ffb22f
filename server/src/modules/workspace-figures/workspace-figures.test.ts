import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Audit } from "#contracts/audit";
import { type WorkspaceFigures, workspaceFiguresSchema } from "#contracts/workspace-figures";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import type { Client, TestApp } from "../../../test/harness";
import { startTestApp } from "../../../test/harness";

const FIGURES = "/api/v1/workspace/figures";
/** Text aspects only: Rapport computes no agreement on them, so every comparison is a leader's mark. */
const ASPECTS = ["drains", "energisers", "boundaries"] as const;

type Outcome = "match" | "partial" | "miss";

describe("GET /workspace/figures", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  /**
   * A workspace of `outcomes.length` teams, each led by one leader with two members who answer the
   * text aspects for their leaders. Each leader believes all three aspects of their first member,
   * looks, and marks them with their outcomes; believes one aspect of the second member by asking;
   * and never looks at the second member's other answers (sealed).
   */
  async function workspace(outcomes: readonly (readonly Outcome[])[]) {
    const { admin, adminId, workspaceId } = await setupWorkspace(t, "Figures Inc");
    const names: string[] = ["Ada Admin", "Figures Inc"];
    const ids: string[] = [adminId, workspaceId];
    const leaders: Client[] = [];
    for (const [index, marks] of outcomes.entries()) {
      const teamName = `Team Zeta ${index}`;
      const teamId = await createTeam(admin, teamName);
      const leaderName = `Leader Quill ${index}`;
      const leader = await joinTeam(t, admin, teamId, "leader", leaderName);
      await t.ctx.db
        .deleteFrom("team_memberships")
        .where("team_id", "=", teamId)
        .where("user_id", "=", adminId)
        .execute();
      const members = [];
      for (const n of [0, 1]) {
        const name = `Member Vane ${index}-${n}`;
        const member = await joinTeam(t, admin, teamId, "member", name);
        for (const key of ASPECTS) {
          const answer = await member.client.put(`/api/v1/me/answers/${key}`, { value: `words ${key}` });
          expect(answer.statusCode, answer.body).toBe(200);
        }
        // A private answer counts nowhere: the leader cannot see it.
        await member.client.put("/api/v1/me/answers/growth-career-aims", {
          value: "private words",
          visibility: "private",
        });
        members.push(member);
        names.push(name);
        ids.push(member.userId);
      }
      const [first, second] = members;
      if (!first || !second) throw new Error("two members");
      for (const [i, outcome] of marks.entries()) {
        const key = ASPECTS[i] ?? "drains";
        const person = `/api/v1/people/${first.userId}`;
        const belief = await leader.client.put(`${person}/beliefs/${key}`, {
          value: `guess ${key}`,
          source: "assumed",
          confidence: 4,
        });
        expect(belief.statusCode, belief.body).toBe(200);
        expect((await leader.client.post(`${person}/facets/${key}/reveal`)).statusCode).toBe(200);
        const mark = await leader.client.put(`${person}/comparisons/${key}`, { outcome });
        expect(mark.statusCode, mark.body).toBe(200);
      }
      await leader.client.put(`/api/v1/people/${second.userId}/beliefs/deep-work-needs`, {
        value: "asked in our 1:1",
        source: "asked",
        confidence: 3,
      });
      leaders.push(leader.client);
      names.push(teamName, leaderName);
      ids.push(teamId, leader.userId);
    }
    return { admin, leaders, names, ids };
  }

  async function figuresOf(client: Client): Promise<WorkspaceFigures> {
    const response = await client.get(FIGURES);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(workspaceFiguresSchema.parse(body)).toEqual(body);
    return body;
  }

  it("gives admins the audit's own figures, pooled and spread across leaders, naming nobody", async () => {
    const { admin, leaders, names, ids } = await workspace([
      ["match", "match", "match"],
      ["match", "partial", "miss"],
      ["miss", "miss", "miss"],
    ]);
    const response = await admin.get(FIGURES);
    for (const word of [...names, ...ids]) expect(response.body).not.toContain(word);
    const figures = await figuresOf(admin);
    expect(figures.threshold).toBe(3);
    expect(figures.counts).toMatchObject({ people: 10, teams: 3, leaders: 3, peopleLed: 6 });

    // Every leader's own audit across their teams, as the engine computes it.
    const audits: Audit[] = [];
    for (const leader of leaders) audits.push((await leader.get("/api/v1/me/audit")).json());
    const sum = (pick: (a: Audit) => number) => audits.reduce((total, a) => total + pick(a), 0);
    const cells = sum((a) => a.figures.counts.cells);
    expect(cells).toBe(6 * figures.counts.facets);
    expect(figures.coverage.value).toBeCloseTo(
      sum((a) => a.figures.counts.cells - a.figures.stateCounts.unknown) / cells,
      12,
    );
    expect(figures.beliefShare.value).toBeCloseTo(sum((a) => a.figures.counts.beliefs) / cells, 12);
    expect(figures.confirmedShare.value).toBeCloseTo(
      sum((a) => a.figures.stateCounts.verified + a.figures.stateCounts.learned) / cells,
      12,
    );

    const accuracies = audits.map((a) => a.figures.accuracy ?? Number.NaN);
    const briers = audits.map((a) => a.figures.calibration ?? Number.NaN);
    expect(accuracies.map((a) => Math.round(a * 100))).toEqual([100, 50, 0]);
    const { markedAccuracy, markedCalibration, coverage } = figures.distributions;
    expect(markedAccuracy.leaders).toBe(3);
    expect(markedAccuracy.mean).toBeCloseTo(accuracies.reduce((s, a) => s + a, 0) / 3, 12);
    expect(markedCalibration.mean).toBeCloseTo(briers.reduce((s, a) => s + a, 0) / 3, 12);
    expect(coverage.leaders).toBe(3);
    expect(coverage.mean).toBeCloseTo(sum((a) => a.figures.coverage ?? 0) / 3, 12);
    // One leader in each of three buckets: each would point at one leader, so each is withheld,
    // and the empty buckets show 0.
    expect(markedAccuracy.buckets?.map((b) => b.leaders)).toEqual([null, 0, null, 0, null]);
    expect(markedAccuracy.buckets?.map((b) => b.withheld?.reason ?? null)).toEqual([
      "too_few",
      null,
      "too_few",
      null,
      "too_few",
    ]);
    // Every leader covers the same: all three in one bucket, shown.
    expect(coverage.buckets?.filter((b) => b.leaders === 3)).toHaveLength(1);
  });

  it("withholds a bucket that the whole minus the buckets shown would give away", async () => {
    const { admin } = await workspace([
      ["match", "match", "match"],
      ["match", "match", "match"],
      ["match", "match", "match"],
      ["miss", "miss", "miss"],
    ]);
    const figures = await figuresOf(admin);
    const accuracy = figures.distributions.markedAccuracy;
    expect(accuracy.leaders).toBe(4);
    // The lone miss is too few; the three perfect leaders, shown beside the whole of four, would
    // leave the one withheld leader's bucket as 4 − 3 = 1.
    expect(accuracy.buckets?.map((b) => b.withheld?.reason ?? b.leaders)).toEqual([
      "too_few",
      0,
      0,
      0,
      "would_isolate",
    ]);
  });

  it("withholds every figure while fewer leaders than the threshold stand behind it", async () => {
    const { admin, names, ids } = await workspace([["match"], ["miss"]]);
    const response = await admin.get(FIGURES);
    for (const word of [...names, ...ids]) expect(response.body).not.toContain(word);
    const figures = await figuresOf(admin);
    expect(figures.counts.leaders).toBe(2);
    for (const figure of [figures.coverage, figures.beliefShare, figures.confirmedShare]) {
      expect(figure.value).toBeNull();
      expect(figure.withheld?.reason).toBe("too_few");
    }
    for (const distribution of Object.values(figures.distributions)) {
      expect(distribution).toMatchObject({ leaders: null, mean: null, buckets: null });
      expect(distribution.withheld?.message).toContain("Fewer than 3 leaders");
    }
  });

  it("reads the workspace's own score threshold when an admin raised it", async () => {
    const { admin } = await workspace([["match"], ["match"], ["match"]]);
    expect((await figuresOf(admin)).distributions.markedAccuracy.leaders).toBe(3);
    const raised = await admin.patch("/api/v1/settings/anonymity", { scoreThreshold: 4 });
    expect(raised.statusCode, raised.body).toBe(200);
    const figures = await figuresOf(admin);
    expect(figures.threshold).toBe(4);
    expect(figures.distributions.markedAccuracy.withheld?.reason).toBe("too_few");
  });

  it("serves the last counting at once, and counts again beside it after a leader writes", async () => {
    const { admin, leaders } = await workspace([["match"], ["match"], ["match"]]);
    const first = await figuresOf(admin);
    const before = first.beliefShare.value ?? 0;
    // Nothing changed: the same counting.
    expect((await figuresOf(admin)).countedAt).toBe(first.countedAt);
    const [leader] = leaders;
    if (!leader) throw new Error("a leader");
    const audit = (await leader.get("/api/v1/me/audit")).json() as Audit;
    const written = await leader.put(`/api/v1/people/${audit.people[0]?.id}/beliefs/meeting-preferences`, {
      value: "short ones",
      source: "assumed",
      confidence: 2,
    });
    expect(written.statusCode, written.body).toBe(200);
    t.clock.advance(1000);
    // The first read after the write is served from the last counting while a new one runs.
    const served = await figuresOf(admin);
    expect(served.countedAt).toBe(first.countedAt);
    expect(served.beliefShare.value).toBe(before);
    let next = served;
    for (let tries = 0; tries < 50 && next.countedAt === first.countedAt; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      next = await figuresOf(admin);
    }
    expect(next.countedAt).not.toBe(first.countedAt);
    expect(next.beliefShare.value ?? 0).toBeGreaterThan(before);
  });

  it("is for admins only: a leader or a member is refused", async () => {
    const { leaders } = await workspace([["match"]]);
    const [leader] = leaders;
    if (!leader) throw new Error("a leader");
    const refused = await leader.get(FIGURES);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("forbidden");
  });
});
