import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Home } from "#contracts/home";
import { createTeam, inviteToken, joinTeam, setupWorkspace, signIn } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

const DAY = 24 * 60 * 60 * 1000;

const homeOf = async (client: Client): Promise<Home> => {
  const response = await client.get("/api/v1/me/home");
  expect(response.statusCode).toBe(200);
  return response.json() as Home;
};

const steps = (home: Home) => Object.fromEntries((home.checklist?.steps ?? []).map((s) => [s.key, s.done]));

const ok = async (response: Promise<{ statusCode: number; body: string }>, status = 200) => {
  const { statusCode, body } = await response;
  expect(statusCode, body).toBe(status);
};

describe("home", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("gives a new leader a first-week checklist that ticks each step as it is done, until dismissed", async () => {
    const { admin } = await setupWorkspace(t);
    // The admin may start a team and leads none: only the checklist, nothing about anyone.
    let home = await homeOf(admin);
    expect(home.leading).toBeNull();
    expect(home.member).toBeNull();
    expect(home.checklist?.steps.map((s) => s.key)).toEqual([
      "create_team",
      "write_manual",
      "invite",
      "write_beliefs",
      "first_conversation",
    ]);
    expect(steps(home)).toEqual({
      create_team: false,
      write_manual: false,
      invite: false,
      write_beliefs: false,
      first_conversation: false,
    });

    const teamId = await createTeam(admin, "Platform");
    home = await homeOf(admin);
    expect(steps(home)).toEqual({
      create_team: true,
      write_manual: false,
      invite: false,
      write_beliefs: false,
      first_conversation: false,
    });
    expect(home.leading?.teams).toEqual([{ id: teamId, name: "Platform" }]);

    // A private answer is not a manual the team can read; one shared with the team is.
    await ok(
      admin.put("/api/v1/me/answers/still-learning", { value: "Listening longer.", visibility: "private" }),
    );
    expect(steps(await homeOf(admin)).write_manual).toBe(false);
    await ok(
      admin.put("/api/v1/me/answers/how-i-lead", { value: "Direction, then room.", visibility: "team" }),
    );
    expect(steps(await homeOf(admin)).write_manual).toBe(true);

    const token = await inviteToken(admin, teamId, "max@example.test", "member");
    home = await homeOf(admin);
    expect(steps(home).invite).toBe(true);
    expect(home.checklist?.steps.find((s) => s.key === "write_beliefs")?.progress).toEqual({
      done: 0,
      total: 0,
    });

    const max = new Client(t.app);
    const accepted = await max.post(`/api/v1/invitations/${token}/accept`, {
      name: "Max",
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
    const maxId = (accepted.json() as { userId: string }).userId;
    home = await homeOf(admin);
    expect(steps(home)).toEqual({
      create_team: true,
      write_manual: true,
      invite: true,
      write_beliefs: false,
      first_conversation: false,
    });
    expect(home.checklist?.steps.find((s) => s.key === "write_beliefs")?.progress).toEqual({
      done: 0,
      total: 1,
    });

    await ok(
      admin.put(`/api/v1/people/${maxId}/beliefs/drains`, {
        value: "Long meetings.",
        source: "assumed",
        confidence: 3,
      }),
    );
    home = await homeOf(admin);
    expect(steps(home)).toEqual({
      create_team: true,
      write_manual: true,
      invite: true,
      write_beliefs: true,
      first_conversation: false,
    });
    expect(home.checklist?.steps.find((s) => s.key === "write_beliefs")?.progress).toEqual({
      done: 1,
      total: 1,
    });

    // A planned conversation is not yet held; once logged as held, the last step ticks.
    const planned = await admin.post(`/api/v1/people/${maxId}/conversations`, {
      scheduledAt: new Date(t.clock.now().getTime() - DAY).toISOString(),
    });
    expect(planned.statusCode).toBe(201);
    expect(steps(await homeOf(admin)).first_conversation).toBe(false);
    await ok(admin.patch(`/api/v1/conversations/${planned.json().id}`, { status: "held" }));
    expect(steps(await homeOf(admin)).first_conversation).toBe(true);

    await ok(admin.post("/api/v1/me/home/checklist/dismiss"));
    await ok(admin.post("/api/v1/me/home/checklist/dismiss"));
    home = await homeOf(admin);
    expect(home.checklist).toBeNull();
    expect(home.leading).not.toBeNull();
  });

  describe("for a leader", () => {
    async function team() {
      const { admin, adminId } = await setupWorkspace(t);
      const teamId = await createTeam(admin, "Platform");
      const lea = await joinTeam(t, admin, teamId, "leader", "Lea");
      const cole = await joinTeam(t, admin, teamId, "leader", "Cole");
      const max = await joinTeam(t, admin, teamId, "member", "Max");
      const tam = await joinTeam(t, admin, teamId, "member", "Tam");
      await t.ctx.db.deleteFrom("team_memberships").where("user_id", "=", adminId).execute();
      const facets = (await admin.get("/api/v1/facets")).json() as { facets: { id: string; key: string }[] };
      const facetId = (key: string) => facets.facets.find((f) => f.key === key)?.id ?? "";
      return { admin, teamId, lea, cole, max, tam, facetId };
    }

    it("lists answers waiting for a guess by name and facet, never their words, until the leader looks", async () => {
      const { lea, max, facetId } = await team();
      await ok(
        max.client.put("/api/v1/me/answers/drains", {
          value: "SECRET-WORDS: status meetings",
          visibility: "leader",
        }),
      );
      const response = await lea.client.get("/api/v1/me/home");
      expect(response.body).not.toContain("SECRET-WORDS");
      const home = response.json() as Home;
      expect(home.leading?.sealed).toEqual([
        {
          personId: max.userId,
          personName: "Max",
          facetId: facetId("drains"),
          facetKey: "drains",
          facetTitle: expect.any(String),
        },
      ]);
      expect(home.leading?.sealed[0]?.facetTitle).not.toBe("");
      await ok(lea.client.post(`/api/v1/people/${max.userId}/facets/drains/reveal`));
      expect((await homeOf(lea.client)).leading?.sealed).toEqual([]);
    });

    it("names the people who have shared nothing with the leader yet; a private answer is not shared", async () => {
      const { lea, max, tam } = await team();
      await ok(max.client.put("/api/v1/me/answers/energisers", { value: "Pairing.", visibility: "private" }));
      await ok(tam.client.put("/api/v1/me/answers/energisers", { value: "Shipping.", visibility: "team" }));
      const home = await homeOf(lea.client);
      expect(home.leading?.notAnswered).toEqual([{ personId: max.userId, personName: "Max" }]);
      expect(home.leading?.sealed.map((c) => c.personName)).toEqual(["Tam"]);
    });

    it("shows the leader's own blind spots, not a co-leader's", async () => {
      const { lea, cole, max, facetId } = await team();
      await ok(
        max.client.put("/api/v1/me/answers/focus-rhythm", { value: "early-morning", visibility: "leader" }),
      );
      // Written blind, at confidence 5, and wrong: Rapport compares the choices, a miss.
      await ok(
        lea.client.put(`/api/v1/people/${max.userId}/beliefs/focus-rhythm`, {
          value: "afternoon",
          source: "assumed",
          confidence: 5,
        }),
      );
      const mine = await homeOf(lea.client);
      expect(mine.leading?.blindSpots.map((c) => [c.personName, c.facetId])).toEqual([
        ["Max", facetId("focus-rhythm")],
      ]);
      expect(mine.leading?.sealed).toEqual([]);
      const theirs = await homeOf(cole.client);
      expect(theirs.leading?.blindSpots).toEqual([]);
      expect(theirs.leading?.sealed.map((c) => c.facetId)).toEqual([facetId("focus-rhythm")]);
    });

    it("marks what the leader learned longer ago than the freshness window as stale", async () => {
      const { lea, max, facetId } = await team();
      await ok(
        max.client.put("/api/v1/me/answers/drains", { value: "Status meetings.", visibility: "leader" }),
      );
      await ok(lea.client.post(`/api/v1/people/${max.userId}/facets/drains/reveal`));
      let home = await homeOf(lea.client);
      expect(home.leading?.stale).toEqual([]);
      expect(home.leading?.freshnessDays).toBe(180);
      t.clock.advance(181 * DAY);
      // Sessions end long before that: Lea signs in again.
      home = await homeOf(await signIn(t, lea.email));
      expect(home.leading?.stale.map((c) => [c.personName, c.facetId])).toEqual([["Max", facetId("drains")]]);
    });

    it("lists the teams' open invitations, pending and then expired, and not accepted or withdrawn ones", async () => {
      const { lea, teamId } = await team();
      const invite = async (email: string) => {
        const response = await lea.client.post(`/api/v1/teams/${teamId}/invitations`, {
          email,
          role: "member",
        });
        expect(response.statusCode).toBe(201);
        return (response.json() as { id: string }).id;
      };
      const open = await invite("open@example.test");
      const withdrawn = await invite("withdrawn@example.test");
      await ok(lea.client.delete(`/api/v1/invitations/${withdrawn}`));
      let home = await homeOf(lea.client);
      expect(home.leading?.invitations).toEqual([
        {
          id: open,
          teamId,
          teamName: "Platform",
          email: "open@example.test",
          role: "member",
          status: "pending",
          expiresAt: expect.any(String),
        },
      ]);
      t.clock.advance(8 * DAY);
      home = await homeOf(await signIn(t, lea.email));
      expect(home.leading?.invitations.map((i) => [i.id, i.status])).toEqual([[open, "expired"]]);
    });
  });

  describe("for a member", () => {
    it("shows how much of their manual is written and what their leader shared with them, and nothing of leading", async () => {
      const { admin, adminId } = await setupWorkspace(t);
      const teamId = await createTeam(admin, "Platform");
      const lea = await joinTeam(t, admin, teamId, "leader", "Lea");
      const max = await joinTeam(t, admin, teamId, "member", "Max");
      await t.ctx.db.deleteFrom("team_memberships").where("user_id", "=", adminId).execute();
      await ok(
        lea.client.put("/api/v1/me/answers/how-i-lead", {
          value: "Direction, then room.",
          visibility: "team",
        }),
      );
      await ok(
        lea.client.put("/api/v1/me/answers/recent-mistake", { value: "LEA-PRIVATE", visibility: "private" }),
      );
      await ok(
        max.client.put("/api/v1/me/answers/drains", { value: "Status meetings.", visibility: "leader" }),
      );
      await ok(max.client.put("/api/v1/me/answers/energisers", { value: "Pairing.", visibility: "private" }));

      const response = await max.client.get("/api/v1/me/home");
      expect(response.body).not.toContain("LEA-PRIVATE");
      const home = response.json() as Home;
      expect(home.leading).toBeNull();
      expect(home.checklist).toBeNull();
      const facets = (await max.client.get("/api/v1/facets")).json() as {
        facets: { key: string; audience: string; retired: boolean }[];
      };
      const audited = facets.facets.filter((f) => f.audience === "everyone" && !f.retired);
      expect(home.member?.manual).toEqual({ answered: 2, total: audited.length });
      expect(home.member?.leaderManuals).toEqual([
        {
          teamId,
          teamName: "Platform",
          leaders: [
            {
              id: lea.userId,
              name: "Lea",
              answers: [expect.objectContaining({ facetKey: "how-i-lead", value: "Direction, then room." })],
            },
          ],
        },
      ]);
      // Her own leader's home says nothing of Max's private answer: he has shared one with her.
      expect((await homeOf(lea.client)).leading?.notAnswered).toEqual([]);
    });
  });
});
