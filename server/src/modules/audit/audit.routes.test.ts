import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Audit, auditSchema, auditStateReader } from "#contracts/audit";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

describe("audit responses", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("match the documented schema exactly, with no extra field anywhere (they skip zod serialization)", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    await admin.put(`/api/v1/people/${member.userId}/beliefs/focus-rhythm`, {
      value: "afternoon",
      source: "assumed",
      confidence: 4,
    });
    await member.client.put("/api/v1/me/answers/focus-rhythm", { value: "early-morning" });
    await admin.post(`/api/v1/people/${member.userId}/facets/focus-rhythm/reveal`);
    // And one answer the leader has not looked at: the audits list it as waiting for a guess.
    await member.client.put("/api/v1/me/answers/drains", { value: "Long meetings" });
    for (const url of [
      `/api/v1/teams/${teamId}/audit`,
      `/api/v1/people/${member.userId}/audit`,
      "/api/v1/me/audit",
    ]) {
      const response = await admin.get(url);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      // zod strips unknown keys: equality after parsing means the body had none.
      expect(auditSchema.parse(body)).toEqual(body);
      expect(body.stateRows).toHaveLength(body.people.length);
      expect(body.stateRows[0]).toHaveLength(body.facets.length);
      expect(body.figures.counts.blindSpots).toBe(1);
      expect(body.sealed).toHaveLength(1);
    }
  });

  it("suggests questions from the leader's own lists once they keep one, the bank's otherwise", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    await admin.put(`/api/v1/people/${member.userId}/beliefs/communication-channels`, {
      value: ["chat"],
      source: "assumed",
      confidence: 5,
    });
    await member.client.put("/api/v1/me/answers/communication-channels", { value: ["in-person"] });
    await admin.post(`/api/v1/people/${member.userId}/facets/communication-channels/reveal`);
    const firstOf = async () =>
      (await admin.get(`/api/v1/teams/${teamId}/audit`)).json().nextConversations[0];
    const before = await firstOf();
    expect(before.facetKey).toBe("communication-channels");
    expect(before.questions.map((q: { id: string }) => q.id).every((id: string) => /^q\d+$/.test(id))).toBe(
      true,
    );

    const list = (await admin.post("/api/v1/question-lists", { name: "Mine" })).json();
    const own = "How do you like to hear news that changes your week?";
    expect(
      (
        await admin.post(`/api/v1/question-lists/${list.id}/items`, {
          text: own,
          facet: "communication-channels",
          depth: "light",
        })
      ).statusCode,
    ).toBe(201);
    const after = await firstOf();
    expect(after.questions.map((q: { text: string }) => q.text)).toEqual([own]);
    // Facets the list does not cover still get starter questions from the bank.
    const others = (await admin.get(`/api/v1/teams/${teamId}/audit`)).json().nextConversations.slice(1);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((n: { questions: unknown[] }) => n.questions.length >= 2)).toBe(true);
    const uncovered = others.find((n: { facetKey: string }) => n.facetKey !== "communication-channels");
    expect(uncovered.questions.every((q: { id: string }) => /^q\d+$/.test(q.id))).toBe(true);
  });

  it("are kept per viewer, and never outlive a change: an answer, a deactivation", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member", "Mo Member");
    const coLeader = await joinTeam(t, admin, teamId, "leader", "Cy Co-leader");
    await admin.put(`/api/v1/people/${member.userId}/beliefs/focus-rhythm`, {
      value: "early-morning",
      source: "assumed",
      confidence: 3,
    });
    const audit = async (client = admin) => (await client.get(`/api/v1/teams/${teamId}/audit`)).json();
    const cellOf = (body: Audit) =>
      auditStateReader(body)(
        body.people.findIndex((p) => p.id === member.userId),
        body.facets.find((f) => f.key === "focus-rhythm")?.id ?? "",
      );

    expect(cellOf(await audit())).toBe("assumed");
    expect(cellOf(await audit())).toBe("assumed");
    // Another leader of the same team sees their own knowledge, not the kept audit of the first.
    expect(cellOf(await audit(coLeader.client))).toBe("unknown");

    // The answer reaches both leaders sealed: the co-leader, who holds no belief, sees it waiting
    // for a guess; the first leader's belief stands unverified until they look.
    await member.client.put("/api/v1/me/answers/focus-rhythm", { value: "early-morning" });
    expect(cellOf(await audit(coLeader.client))).toBe("sealed");
    expect(cellOf(await audit())).toBe("assumed");
    await admin.post(`/api/v1/people/${member.userId}/facets/focus-rhythm/reveal`);
    expect(cellOf(await audit())).toBe("verified");

    expect((await admin.post(`/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(200);
    const after = await audit();
    expect(after.people.map((p: { id: string }) => p.id)).not.toContain(member.userId);
    expect(after.figures.counts.beliefs).toBe(0);
  });
});
