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

  it("fills a fresh database so that every knowledge state and every figure shows something", async () => {
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
