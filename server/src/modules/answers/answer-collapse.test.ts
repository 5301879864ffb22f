import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

const MINUTE = 60_000;

interface Version {
  value: unknown;
  visibility: string | null;
  withdrawn: boolean;
  recordedAt: string;
}

describe("rapid edits collapse into one version", () => {
  let t: TestApp;
  let member: Client;
  let teammate: Client;
  beforeEach(async () => {
    t = await startTestApp();
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    member = (await joinTeam(t, admin, teamId, "member", "Max")).client;
    teammate = (await joinTeam(t, admin, teamId, "member", "Tam")).client;
  });
  afterEach(() => t.close());

  const history = async (client: Client, facet: string) => {
    const response = await client.get(`/api/v1/me/answers/${facet}/history?limit=100`);
    expect(response.statusCode).toBe(200);
    return (response.json() as { versions: (Version & { facetId: string })[] }).versions.map(
      ({ facetId: _facetId, ...version }) => version,
    );
  };
  const write = async (client: Client, facet: string, value: string, visibility = "leader") =>
    expect((await client.put(`/api/v1/me/answers/${facet}`, { value, visibility })).statusCode).toBe(200);

  it("replaces my previous version when it is under ten minutes old, and keeps it once it is older", async () => {
    await write(member, "drains", "Long meetings");
    t.clock.advance(5 * MINUTE);
    await write(member, "drains", "Long meetings without an agenda", "private");
    expect(await history(member, "drains")).toEqual([
      {
        value: "Long meetings without an agenda",
        visibility: "private",
        withdrawn: false,
        recordedAt: t.clock.now().toISOString(),
      },
    ]);

    // Ten minutes count from the version kept, which took the time of the edit that replaced it.
    t.clock.advance(10 * MINUTE - 1);
    await write(member, "drains", "Meetings that could have been an email");
    expect((await history(member, "drains")).map((v) => v.value)).toEqual([
      "Meetings that could have been an email",
    ]);

    t.clock.advance(10 * MINUTE);
    await write(member, "drains", "Status meetings");
    expect((await history(member, "drains")).map((v) => v.value)).toEqual([
      "Status meetings",
      "Meetings that could have been an email",
    ]);

    // Another facet, and another person on the same facet, each keep their own versions.
    await write(member, "energisers", "Pairing on a hard problem");
    await write(teammate, "drains", "Interruptions");
    expect(await history(member, "energisers")).toHaveLength(1);
    expect((await history(teammate, "drains")).map((v) => v.value)).toEqual(["Interruptions"]);
    expect(await history(member, "drains")).toHaveLength(2);
  });

  it("a quick withdrawal replaces the version before it but keeps the words withdrawn", async () => {
    await write(member, "drains", "Long meetings");
    t.clock.advance(11 * MINUTE);
    await write(member, "drains", "Status meetings", "team");
    t.clock.advance(2 * MINUTE);
    expect((await member.delete("/api/v1/me/answers/drains")).statusCode).toBe(200);
    expect(await history(member, "drains")).toEqual([
      {
        value: "Status meetings",
        visibility: null,
        withdrawn: true,
        recordedAt: t.clock.now().toISOString(),
      },
      expect.objectContaining({ value: "Long meetings", withdrawn: false, visibility: "leader" }),
    ]);
    const mine = (await member.get("/api/v1/me/answers")).json() as { answers: { facetKey: string }[] };
    expect(mine.answers.map((a) => a.facetKey)).not.toContain("drains");

    // Answering again soon after replaces the withdrawal; much later, it adds a version.
    t.clock.advance(3 * MINUTE);
    await write(member, "drains", "Status meetings, still");
    expect((await history(member, "drains")).map((v) => [v.value, v.withdrawn])).toEqual([
      ["Status meetings, still", false],
      ["Long meetings", false],
    ]);
    t.clock.advance(30 * MINUTE);
    expect((await member.delete("/api/v1/me/answers/drains")).statusCode).toBe(200);
    expect((await history(member, "drains")).map((v) => [v.value, v.withdrawn])).toEqual([
      ["Status meetings, still", true],
      ["Status meetings, still", false],
      ["Long meetings", false],
    ]);
  });
});
