import { afterEach, describe, expect, it } from "vitest";
import { KNOWLEDGE_STATES } from "#core/audit";
import { signIn } from "../../test/factories";
import { createTestDatabaseUrl } from "../../test/harness";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { DEMO_LEADER, DEMO_PASSWORD, loadDemo } from "./demo";

describe("npm run demo", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("fills a fresh database so that every knowledge state and every figure shows something, and most of each heatmap is known", async () => {
    const database = await createTestDatabaseUrl();
    cleanups.push(database.drop);
    const config = loadConfig({
      DATABASE_URL: database.url,
      SESSION_SECRET: "demo-test-secret-demo-test-secret-1234",
      LOG_LEVEL: "silent",
    });
    const lines: string[] = [];
    await loadDemo(config, (l) => lines.push(l));
    expect(lines.at(-1)).toContain(DEMO_LEADER);
    await expect(loadDemo(config, () => {})).rejects.toThrow(/already has a workspace/);

    const { app } = await buildApp({ config, logger: false, webDistDir: "/nonexistent" });
    cleanups.push(() => app.close());
    const leader = await signIn({ app }, DEMO_LEADER, DEMO_PASSWORD);
    const audit = (await leader.get("/api/v1/me/audit")).json();
    expect(audit.people).toHaveLength(12);
    for (const state of KNOWLEDGE_STATES) expect(audit.figures.stateCounts[state], state).toBeGreaterThan(0);
    for (const figure of [
      "coverage",
      "confirmedShare",
      "assumptionLoad",
      "accuracy",
      "calibration",
      "meanConfidence",
    ]) {
      expect(audit.figures[figure], figure).toBeGreaterThan(0);
    }
    expect(audit.nextConversations.length).toBeGreaterThan(0);

    // A few answers wait for a guess: on the person page, that they answered and when, not what.
    expect(audit.sealed.length).toBeGreaterThanOrEqual(3);
    expect(audit.sealed.length).toBe(audit.figures.stateCounts.sealed);
    for (const cell of audit.sealed as { personId: string; facetId: string }[]) {
      const page = (await leader.get(`/api/v1/people/${cell.personId}`)).json();
      const entry = page.facets.find((f: { facet: { id: string } }) => f.facet.id === cell.facetId);
      expect(entry.state).toBe("sealed");
      expect(entry.sealedAnswer.answeredAt).toEqual(expect.any(String));
      expect(entry.answer).toBeUndefined();
    }

    // Each team's heatmap (its people × its facets, a cell absent from `states` is unknown) is mostly known.
    const teamIds = ((await leader.get("/api/v1/teams")).json().teams as { id: string }[]).map((t) => t.id);
    for (const teamId of teamIds) {
      const heatmap = (await leader.get(`/api/v1/teams/${teamId}/audit`)).json() as {
        people: unknown[];
        facets: unknown[];
        states: { state: string }[];
      };
      const cells = heatmap.people.length * heatmap.facets.length;
      const known = heatmap.states.filter((cell) => cell.state !== "unknown").length;
      expect(cells).toBeGreaterThan(100);
      expect(known / cells, teamId).toBeGreaterThanOrEqual(0.6);
    }

    // Two question lists of the leader's own, each with questions in it.
    const lists = (await leader.get("/api/v1/question-lists")).json().lists as { itemCount: number }[];
    expect(lists).toHaveLength(2);
    for (const list of lists) expect(list.itemCount).toBeGreaterThan(5);

    // The leader's manual is written: the leader reads six of their answers shared with each team.
    const teams = (await leader.get("/api/v1/teams")).json().teams as { id: string }[];
    expect(teams).toHaveLength(2);
    for (const team of teams) {
      const manual = (await leader.get(`/api/v1/teams/${team.id}/leader-manual`)).json();
      const lena = manual.leaders.find((l: { name: string }) => l.name === "Lena Leader");
      const shared = lena.answers.filter((a: { visibility: string }) => a.visibility === "team");
      expect(shared).toHaveLength(6);
    }
  });
});
