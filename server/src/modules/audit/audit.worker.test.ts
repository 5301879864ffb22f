import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ledTeam, signIn } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Audits computed on the audit thread (AUDIT_WORKERS=1) answer exactly as the same audits
 * computed inline on the same database, at the same clock reading; the rest of the suite runs
 * them inline (harness.ts), where their queries are counted.
 */
describe("audits on the audit thread", () => {
  let threaded: TestApp;
  let inline: TestApp;
  beforeEach(async () => {
    threaded = await startTestApp({ env: { AUDIT_WORKERS: "1" } });
    inline = await startTestApp({ databaseUrl: threaded.databaseUrl });
  });
  afterEach(async () => {
    await inline.close();
    await threaded.close();
  });

  it("answer as the inline ones do, read the app's clock, and run no knowledge query on the request's thread", async () => {
    const { leader, member, teamId } = await ledTeam(threaded);
    await leader.client.put(`/api/v1/people/${member.userId}/beliefs/focus-rhythm`, {
      value: "afternoon",
      source: "assumed",
      confidence: 4,
    });
    await member.client.put("/api/v1/me/answers/focus-rhythm", { value: "early-morning" });
    await leader.client.post(`/api/v1/people/${member.userId}/facets/focus-rhythm/reveal`);
    // Learned from the answer alone: four hundred days on, by the apps' clocks (not the machine's), stale.
    await member.client.put("/api/v1/me/answers/drains", { value: "Long meetings" });
    await leader.client.post(`/api/v1/people/${member.userId}/facets/drains/reveal`);
    threaded.clock.advance(400 * DAY_MS);
    inline.clock.advance(400 * DAY_MS);
    const onThread = await signIn(threaded, leader.email);
    const onMain = await signIn(inline, leader.email);
    for (const url of [
      `/api/v1/teams/${teamId}/audit`,
      `/api/v1/people/${member.userId}/audit`,
      "/api/v1/me/audit",
    ]) {
      threaded.queries.length = 0;
      const fromThread = await onThread.get(url);
      expect(fromThread.statusCode, url).toBe(200);
      expect(
        threaded.queries.some((sql) => /\bbeliefs\b/.test(sql)),
        url,
      ).toBe(false);
      const fromMain = await onMain.get(url);
      expect(fromThread.json(), url).toEqual(fromMain.json());
      expect(fromThread.json().stale.length, url).toBeGreaterThan(0);
    }
  });

  it("answer 404 with the service's own error for a team or a person the viewer does not lead", async () => {
    const { otherLeader, member, teamId } = await ledTeam(threaded);
    for (const [url, message] of [
      [`/api/v1/teams/${teamId}/audit`, "Team audit was not found."],
      [`/api/v1/people/${member.userId}/audit`, "Person was not found."],
    ] as const) {
      const response = await otherLeader.client.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error, url).toMatchObject({ code: "not_found", message });
    }
  });
});
