import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { auditSchema } from "./audit.routes";

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
      expect(body.states.length).toBeGreaterThan(0);
      expect(body.figures.counts.blindSpots).toBe(1);
    }
  });
});
