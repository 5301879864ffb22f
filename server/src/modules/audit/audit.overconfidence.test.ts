import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

describe("overconfidence through the API", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("is not reported at a gap of exactly 0.15 (confidence 2, partial and miss), and is one miss later", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    const compare = async (facet: string, outcome: "partial" | "miss") => {
      const belief = await admin.put(`/api/v1/people/${member.userId}/beliefs/${facet}`, {
        value: `My guess about ${facet}`,
        source: "assumed",
        confidence: 2,
      });
      expect(belief.statusCode).toBe(200);
      const answer = await member.client.put(`/api/v1/me/answers/${facet}`, { value: `What ${facet} is` });
      expect(answer.statusCode).toBe(200);
      // The belief came first; the leader now looks at the answer, then marks it.
      const looked = await admin.post(`/api/v1/people/${member.userId}/facets/${facet}/reveal`);
      expect(looked.statusCode).toBe(200);
      const marked = await admin.put(`/api/v1/people/${member.userId}/comparisons/${facet}`, { outcome });
      expect(marked.statusCode).toBe(200);
    };
    const figures = async (url: string) => (await admin.get(url)).json().figures;

    await compare("drains", "partial");
    await compare("energisers", "miss");
    for (const url of [`/api/v1/people/${member.userId}/audit`, `/api/v1/teams/${teamId}/audit`]) {
      const at = await figures(url);
      expect(at.counts.compared, url).toBe(2);
      expect(at.meanConfidence, url).toBeCloseTo(0.4, 12);
      expect(at.accuracy, url).toBe(0.25);
      expect(at.overconfident, url).toBe(false);
    }

    // A third miss at confidence 2: stated 0.4 against accuracy 1/6, a gap of about 0.23.
    await compare("boundaries", "miss");
    const beyond = await figures(`/api/v1/people/${member.userId}/audit`);
    expect(beyond.counts.compared).toBe(3);
    expect(beyond.overconfident).toBe(true);
  });
});
