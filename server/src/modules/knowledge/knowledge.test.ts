import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ledTeam } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

describe("know your team: beliefs, answers and the audit", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof world>>;
  const world = () => ledTeam(t);
  beforeEach(async () => {
    t = await startTestApp();
    w = await world();
  });
  afterEach(() => t.close());

  it("turns a confident wrong assumption into a blind spot at the top of next conversations", async () => {
    const { leader, member, teamId } = w;
    const belief = await leader.client.put(`/api/v1/people/${member.userId}/beliefs/communication-channels`, {
      value: ["written-async"],
      source: "assumed",
      confidence: 5,
    });
    expect(belief.statusCode).toBe(200);
    expect(belief.json().afterAnswer).toBe(false);

    let page = (await leader.client.get(`/api/v1/people/${member.userId}`)).json();
    const before = page.facets.find(
      (f: { facet: { key: string } }) => f.facet.key === "communication-channels",
    );
    expect(before.state).toBe("assumed");
    expect(before.answer).toBeUndefined();

    const answer = await member.client.put("/api/v1/me/answers/communication-channels", {
      value: ["quick-call"],
      visibility: "leader",
    });
    expect(answer.statusCode).toBe(200);
    // The answer arrives sealed: nothing of it is compared, and marking waits for a look.
    const sealed = (await leader.client.get(`/api/v1/people/${member.userId}`)).json();
    const waiting = sealed.facets.find(
      (f: { facet: { key: string } }) => f.facet.key === "communication-channels",
    );
    expect(waiting.answer).toBeUndefined();
    expect(waiting.computedOutcome).toBeUndefined();
    expect(waiting.sealedAnswer.answeredAt).toEqual(expect.any(String));
    expect(waiting.state).toBe("assumed");
    const early = await leader.client.put(
      `/api/v1/people/${member.userId}/comparisons/communication-channels`,
      { outcome: "miss" },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("answer_sealed");
    const looked = await leader.client.post(
      `/api/v1/people/${member.userId}/facets/communication-channels/reveal`,
    );
    expect(looked.statusCode).toBe(200);
    expect(looked.json()).toMatchObject({ state: "blind_spot", computedOutcome: "miss" });
    const marked = await leader.client.put(
      `/api/v1/people/${member.userId}/comparisons/communication-channels`,
      { outcome: "miss" },
    );
    expect(marked.statusCode).toBe(200);

    page = (await leader.client.get(`/api/v1/people/${member.userId}`)).json();
    const cell = page.facets.find(
      (f: { facet: { key: string } }) => f.facet.key === "communication-channels",
    );
    expect(cell.state).toBe("blind_spot");
    expect(cell.answer.value).toEqual(["quick-call"]);
    expect(cell.comparison).toMatchObject({ outcome: "miss", computed: false });
    expect(cell.computedOutcome).toBe("miss");

    const audit = (await leader.client.get(`/api/v1/teams/${teamId}/audit`)).json();
    // One compared cell: a miss (0) at confidence 5 (probability 1).
    expect(audit.figures.accuracy).toBe(0);
    expect(audit.figures.calibration).toBe(1); // (1 − 0)²
    expect(audit.figures.meanConfidence).toBe(1);
    expect(audit.figures.overconfident).toBe(true);
    expect(audit.figures.counts.blindSpots).toBe(1);
    expect(audit.blindSpots).toEqual([
      { personId: member.userId, facetId: cell.facet.id, state: "blind_spot" },
    ]);
    const first = audit.nextConversations[0];
    expect(first).toMatchObject({
      personId: member.userId,
      personName: "Max",
      facetKey: "communication-channels",
      state: "blind_spot",
    });
    expect(first.questions.length).toBeGreaterThanOrEqual(2);
    for (const q of first.questions) expect(q.text).toMatch(/^(What|How|Tell me|Describe|Walk me)/);
    // Two members × 26 facets, one cell known.
    expect(audit.people.map((p: { name: string }) => p.name)).toEqual(["Max", "Tam"]);
    expect(audit.figures.counts.cells).toBe(2 * audit.facets.length);
    expect(audit.figures.coverage).toBeCloseTo(1 / audit.figures.counts.cells, 10);
  });

  it("computes accuracy and calibration over several comparisons by hand", async () => {
    const { leader, member } = w;
    const believe = (facet: string, value: unknown, confidence: number) =>
      leader.client.put(`/api/v1/people/${member.userId}/beliefs/${facet}`, {
        value,
        source: "inferred",
        confidence,
      });
    await believe("focus-rhythm", "early-morning", 4); // answer: early-morning → match
    await believe("planning-style", 2, 3); // answer: 3 → partial (one step apart)
    await believe("drains", "Long status meetings", 2); // answer differs; leader marks miss
    await member.client.put("/api/v1/me/answers/focus-rhythm", { value: "early-morning" });
    await member.client.put("/api/v1/me/answers/planning-style", { value: 3 });
    await member.client.put("/api/v1/me/answers/drains", { value: "Context switching between projects" });
    const sealed = (await leader.client.get(`/api/v1/people/${member.userId}/audit`)).json();
    expect(sealed.figures.accuracy).toBeNull(); // nothing is compared before the leader looks
    for (const facet of ["focus-rhythm", "planning-style", "drains"]) {
      const looked = await leader.client.post(`/api/v1/people/${member.userId}/facets/${facet}/reveal`);
      expect(looked.statusCode).toBe(200);
      expect(looked.json().belief.afterAnswer).toBe(false);
    }
    expect(
      (await leader.client.put(`/api/v1/people/${member.userId}/comparisons/drains`, { outcome: "miss" }))
        .statusCode,
    ).toBe(200);
    const audit = (await leader.client.get(`/api/v1/people/${member.userId}/audit`)).json();
    // accuracy = (1 + 0.5 + 0) / 3 = 0.5
    expect(audit.figures.accuracy).toBeCloseTo(0.5, 10);
    // Brier = ((0.8 − 1)² + (0.6 − 0.5)² + (0.4 − 0)²) / 3 = (0.04 + 0.01 + 0.16) / 3 = 0.07
    expect(audit.figures.calibration).toBeCloseTo(0.07, 10);
    // mean stated probability 0.6 − accuracy 0.5 = 0.1 ≤ 0.15: not overconfident
    expect(audit.figures.meanConfidence).toBeCloseTo(0.6, 10);
    expect(audit.figures.overconfident).toBe(false);
    // A partial at confidence 3 is not a blind spot; a miss is.
    expect(audit.figures.counts.blindSpots).toBe(1);
  });

  it("overriding a computed comparison needs a reason; a belief written after seeing the answer is marked", async () => {
    const { leader, member } = w;
    await member.client.put("/api/v1/me/answers/focus-rhythm", { value: "afternoon" });
    expect(
      (await leader.client.post(`/api/v1/people/${member.userId}/facets/focus-rhythm/reveal`)).statusCode,
    ).toBe(200);
    const late = await leader.client.put(`/api/v1/people/${member.userId}/beliefs/focus-rhythm`, {
      value: "afternoon",
      source: "asked",
      confidence: 5,
    });
    expect(late.json().afterAnswer).toBe(true);
    const noReason = await leader.client.put(`/api/v1/people/${member.userId}/comparisons/focus-rhythm`, {
      outcome: "partial",
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].path).toBe("reason");
    const withReason = await leader.client.put(`/api/v1/people/${member.userId}/comparisons/focus-rhythm`, {
      outcome: "partial",
      reason: "Afternoons, but only after lunch walks",
    });
    expect(withReason.statusCode).toBe(200);
    const audit = (await leader.client.get(`/api/v1/people/${member.userId}/audit`)).json();
    expect(audit.figures.accuracy).toBeNull(); // the only comparison is of an after_answer belief
  });

  it("keeps a private answer out of every response but the member's own", async () => {
    const { leader, member, teammate, admin, otherLeader } = w;
    await member.client.put("/api/v1/me/answers/energisers", {
      value: "SECRET solving gnarly bugs",
      visibility: "private",
    });
    for (const viewer of [leader.client, teammate.client]) {
      const response = await viewer.get(`/api/v1/people/${member.userId}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain("SECRET");
      const cell = response
        .json()
        .facets.find((f: { facet: { key: string } }) => f.facet.key === "energisers");
      expect(Object.keys(cell)).toEqual(leader.client === viewer ? ["facet", "state"] : ["facet"]);
    }
    for (const viewer of [admin, otherLeader.client])
      expect((await viewer.get(`/api/v1/people/${member.userId}`)).statusCode).toBe(404);
    expect((await member.client.get("/api/v1/me/answers")).body).toContain("SECRET");
  });

  it("shows a team answer to teammates but a leader answer only to the leader", async () => {
    const { leader, member, teammate } = w;
    await member.client.put("/api/v1/me/answers/meaningful-work", {
      value: "Shipping things people use",
      visibility: "team",
    });
    await member.client.put("/api/v1/me/answers/boundaries", {
      value: "No calls after six",
      visibility: "leader",
    });
    const asTeammate = (await teammate.client.get(`/api/v1/people/${member.userId}`)).body;
    expect(asTeammate).toContain("Shipping things people use");
    expect(asTeammate).not.toContain("No calls after six");
    expect(asTeammate).not.toContain('"state"');
    // The leader is told both exist, and reads them only after looking at each.
    const sealed = (await leader.client.get(`/api/v1/people/${member.userId}`)).body;
    expect(sealed).not.toContain("Shipping things people use");
    expect(sealed).not.toContain("No calls after six");
    for (const facet of ["meaningful-work", "boundaries"])
      expect(
        (await leader.client.post(`/api/v1/people/${member.userId}/facets/${facet}/reveal`)).statusCode,
      ).toBe(200);
    const asLeader = (await leader.client.get(`/api/v1/people/${member.userId}`)).body;
    expect(asLeader).toContain("Shipping things people use");
    expect(asLeader).toContain("No calls after six");
  });

  it("never shows a belief to the member it is about, another leader or the admin", async () => {
    const { leader, member, admin, otherLeader } = w;
    await leader.client.put(`/api/v1/people/${member.userId}/beliefs/drains`, {
      value: "BELIEF long meetings",
      source: "heard",
      confidence: 3,
    });
    const self = await member.client.get(`/api/v1/people/${member.userId}`);
    expect(self.statusCode).toBe(200);
    expect(self.body).not.toContain("BELIEF");
    expect((await member.client.get("/api/v1/me/answers")).body).not.toContain("BELIEF");
    for (const viewer of [admin, otherLeader.client]) {
      expect((await viewer.get(`/api/v1/people/${member.userId}`)).statusCode).toBe(404);
      expect((await viewer.get(`/api/v1/people/${member.userId}/audit`)).statusCode).toBe(404);
    }
    expect(
      (
        await member.client.put(`/api/v1/people/${member.userId}/beliefs/drains`, {
          value: "x",
          source: "asked",
          confidence: 3,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("refuses bad input naming the field, and stores nothing", async () => {
    const { leader, member } = w;
    const url = (facet: string) => `/api/v1/people/${member.userId}/beliefs/${facet}`;
    expect(
      (await leader.client.put(url("no-such-facet"), { value: "x", source: "assumed", confidence: 3 }))
        .statusCode,
    ).toBe(404);
    const cases: [string, unknown, string][] = [
      ["planning-style", { value: "very planned", source: "assumed", confidence: 3 }, "value"],
      ["focus-rhythm", { value: "midnight", source: "assumed", confidence: 3 }, "value"],
      ["focus-rhythm", { value: "afternoon", source: "assumed", confidence: 7 }, "confidence"],
      ["focus-rhythm", { value: "afternoon", source: "guessed", confidence: 3 }, "source"],
    ];
    for (const [facet, body, field] of cases) {
      const response = await leader.client.put(url(facet), body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields[0].path).toBe(field);
    }
    const badAnswer = await member.client.put("/api/v1/me/answers/planning-style", {
      value: 9,
      visibility: "leader",
    });
    expect(badAnswer.json().error.details.fields[0].path).toBe("value");
    const badVisibility = await member.client.put("/api/v1/me/answers/drains", {
      value: "x",
      visibility: "everyone",
    });
    expect(badVisibility.json().error.details.fields[0].path).toBe("visibility");
    expect(await t.ctx.db.selectFrom("beliefs").selectAll().execute()).toEqual([]);
    expect(await t.ctx.db.selectFrom("answers").selectAll().execute()).toEqual([]);
  });

  it("lets a member edit and withdraw an answer, keeping history for them alone, and export their manual", async () => {
    const { leader, member } = w;
    await member.client.put("/api/v1/me/answers/drains", { value: "Long meetings", visibility: "leader" });
    // Later than ten minutes, so the edit is a version of its own rather than replacing this one.
    t.clock.advance(11 * 60_000);
    await member.client.put("/api/v1/me/answers/drains", {
      value: "Back-to-back meetings",
      visibility: "leader",
    });
    await member.client.put("/api/v1/me/answers/recognition", {
      value: ["private-word", "written-note"],
      visibility: "private",
    });
    const manual = await member.client.get("/api/v1/me/manual.md");
    expect(manual.headers["content-type"]).toContain("text/markdown");
    expect(manual.body).toContain("# Working with Max");
    expect(manual.body).toContain("Back-to-back meetings");
    expect(manual.body).toContain("- A private word\n- A written note they can keep");
    expect(manual.body).not.toContain("Long meetings");
    expect((await member.client.delete("/api/v1/me/answers/drains")).statusCode).toBe(200);
    expect((await member.client.delete("/api/v1/me/answers/drains")).statusCode).toBe(404);
    expect((await leader.client.get(`/api/v1/people/${member.userId}`)).body).not.toContain("meetings");
    const mine = (await member.client.get("/api/v1/me/answers")).json();
    expect(mine.answers.map((a: { facetKey: string }) => a.facetKey)).toEqual(["recognition"]);
    const history = (await member.client.get("/api/v1/me/answers/drains/history")).json().versions;
    expect(history.filter((h: { withdrawn: boolean }) => h.withdrawn)).toHaveLength(1);
    expect(history.map((h: { value: unknown }) => h.value)).toContain("Long meetings");
    expect((await leader.client.get("/api/v1/me/answers/drains/history")).body).not.toContain("meetings");
  });

  it("lets admins add, rename, reorder and retire facets, keeping what was written", async () => {
    const { admin, member } = w;
    const created = await admin.post("/api/v1/facets", {
      key: "tools",
      dimension: "workstyle",
      title: "Tools",
      aboutYou: "The tools you reach for.",
      aboutThem: "The tools they reach for.",
      kind: "single_choice",
      options: [
        { id: "docs", label: "Documents" },
        { id: "boards", label: "Boards" },
      ],
    });
    expect(created.statusCode).toBe(201);
    expect(
      (
        await admin.post("/api/v1/facets", {
          key: "tools",
          dimension: "workstyle",
          title: "T",
          aboutYou: "d",
          aboutThem: "d",
          kind: "text",
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await admin.post("/api/v1/facets", {
          key: "x-y",
          dimension: "workstyle",
          title: "T",
          aboutYou: "d",
          aboutThem: "d",
          kind: "single_choice",
        })
      ).json().error.details.fields[0].path,
    ).toBe("options");
    await member.client.put("/api/v1/me/answers/tools", { value: "boards" });
    const renamed = await admin.patch("/api/v1/facets/tools", {
      title: "Favourite tools",
      position: 1,
      retired: true,
    });
    expect(renamed.json()).toMatchObject({ title: "Favourite tools", position: 1, retired: true });
    const visible = (await member.client.get("/api/v1/facets"))
      .json()
      .facets.map((f: { key: string }) => f.key);
    expect(visible).not.toContain("tools");
    const catalogue = (await admin.get("/api/v1/facets?includeRetired=true")).json().facets;
    const all = catalogue.map((f: { key: string }) => f.key);
    expect(all[0]).toBe("tools");
    // The others moved down one: positions stay 1..n, each used once.
    expect(catalogue.map((f: { position: number }) => f.position)).toEqual(
      catalogue.map((_: unknown, i: number) => i + 1),
    );
    expect((await member.client.get("/api/v1/me/answers")).body).toContain("boards");
    expect((await member.client.patch("/api/v1/facets/tools", { retired: false })).statusCode).toBe(403);
  });
});
