import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, inviteToken, joinTeam, otherWorkspace, setupWorkspace } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

describe("managing a team", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  /** A workspace whose admin leads nothing, and team Platform led by Lea with members Max and Tam. */
  async function platform() {
    const { admin, adminId } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const lea = await joinTeam(t, admin, teamId, "leader", "Lea Leader");
    const max = await joinTeam(t, admin, teamId, "member", "Max Member");
    const tam = await joinTeam(t, admin, teamId, "member", "Tam Teammate");
    await admin.delete(`/api/v1/teams/${teamId}/members/${adminId}`);
    return { admin, adminId, teamId, lea, max, tam };
  }

  const names = async (client: Client, teamId: string) => {
    const team = (await client.get(`/api/v1/teams/${teamId}`)).json();
    const of = (people: { name: string }[]) => people.map((p) => p.name);
    return { leaders: of(team.leaders), members: of(team.members) };
  };

  async function believe(leader: Client, personId: string, facet: string, value: unknown = "early-morning") {
    const response = await leader.put(`/api/v1/people/${personId}/beliefs/${facet}`, {
      value,
      source: "assumed",
      confidence: 4,
    });
    expect(response.statusCode).toBe(200);
  }

  it("renames, for its leaders and admins only, and checks the name", async () => {
    const { admin, teamId, lea, max } = await platform();
    const renamed = await lea.client.patch(`/api/v1/teams/${teamId}`, { name: "Platform & Data" });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ id: teamId, name: "Platform & Data" });
    expect((await max.client.get(`/api/v1/teams/${teamId}`)).json().name).toBe("Platform & Data");
    expect((await admin.patch(`/api/v1/teams/${teamId}`, { name: "Platform" })).statusCode).toBe(200);
    expect((await max.client.patch(`/api/v1/teams/${teamId}`, { name: "Mine" })).statusCode).toBe(403);
    const stranger = await otherWorkspace(t);
    expect((await stranger.client.patch(`/api/v1/teams/${teamId}`, { name: "Mine" })).statusCode).toBe(404);
    const blank = await lea.client.patch(`/api/v1/teams/${teamId}`, { name: "  " });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.details.fields[0].path).toBe("name");
    expect((await admin.get(`/api/v1/teams/${teamId}`)).json().name).toBe("Platform");
  });

  it("changes a person's role; the last leader cannot step down, but an admin may leave the team without one", async () => {
    const { admin, teamId, lea, max, tam } = await platform();
    const promoted = await lea.client.patch(`/api/v1/teams/${teamId}/members/${max.userId}`, {
      role: "leader",
    });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toEqual({ userId: max.userId, role: "leader" });
    expect(await names(admin, teamId)).toEqual({
      leaders: ["Lea Leader", "Max Member"],
      members: ["Tam Teammate"],
    });
    // Max now leads Tam: Tam's page opens for Max with beliefs to hold.
    expect((await max.client.get(`/api/v1/people/${tam.userId}`)).json().relation).toBe("leader");

    // With a second leader, Lea may step down; then Max is the last one and may not.
    expect(
      (await lea.client.patch(`/api/v1/teams/${teamId}/members/${lea.userId}`, { role: "member" }))
        .statusCode,
    ).toBe(200);
    const last = await max.client.patch(`/api/v1/teams/${teamId}/members/${max.userId}`, { role: "member" });
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe("last_leader");
    expect(last.json().error.message).toMatch(/Max Member is this team's only leader/);
    expect(
      (await lea.client.patch(`/api/v1/teams/${teamId}/members/${tam.userId}`, { role: "leader" }))
        .statusCode,
    ).toBe(403);
    // An admin may: the team then has no leader until someone is made one.
    expect(
      (await admin.patch(`/api/v1/teams/${teamId}/members/${max.userId}`, { role: "member" })).statusCode,
    ).toBe(200);
    expect((await names(admin, teamId)).leaders).toEqual([]);

    const bad = await admin.patch(`/api/v1/teams/${teamId}/members/${max.userId}`, { role: "boss" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe("role");
    const { adminId } = { adminId: (await admin.get("/api/v1/me")).json().user.id as string };
    const notOnTeam = await admin.patch(`/api/v1/teams/${teamId}/members/${adminId}`, { role: "member" });
    expect(notOnTeam.statusCode).toBe(404);
  });

  it("removes a person: their answers stay, the leader sees nothing of them, and the leader's beliefs come back if they rejoin", async () => {
    const { admin, teamId, lea, max, tam } = await platform();
    const answered = await max.client.put("/api/v1/me/answers/drains", {
      value: "Long meetings",
      visibility: "leader",
    });
    expect(answered.statusCode).toBe(200);
    await believe(lea.client, max.userId, "focus-rhythm");

    expect((await tam.client.delete(`/api/v1/teams/${teamId}/members/${max.userId}`)).statusCode).toBe(403);
    const removed = await lea.client.delete(`/api/v1/teams/${teamId}/members/${max.userId}`);
    expect(removed.statusCode).toBe(200);
    expect(await names(admin, teamId)).toEqual({ leaders: ["Lea Leader"], members: ["Tam Teammate"] });
    expect((await lea.client.get(`/api/v1/people/${max.userId}`)).statusCode).toBe(404);
    expect((await max.client.get(`/api/v1/teams/${teamId}`)).statusCode).toBe(404);
    const teamAudit = (await lea.client.get(`/api/v1/teams/${teamId}/audit`)).body;
    expect(teamAudit).not.toContain(max.userId);
    // Max's answer is Max's; Lea's belief is kept, out of sight.
    expect((await max.client.get("/api/v1/me/answers")).body).toContain("Long meetings");
    expect(await t.ctx.db.selectFrom("beliefs").select("person_id").execute()).toEqual([
      { person_id: max.userId },
    ]);

    const token = await inviteToken(lea.client, teamId, max.email, "member");
    expect((await max.client.post(`/api/v1/invitations/${token}/accept`)).statusCode).toBe(200);
    const page = (await lea.client.get(`/api/v1/people/${max.userId}`)).json();
    const focus = page.facets.find((f: { facet: { key: string } }) => f.facet.key === "focus-rhythm");
    expect(focus.belief.value).toBe("early-morning");

    // The last leader cannot remove themselves; an admin may remove them.
    const self = await lea.client.delete(`/api/v1/teams/${teamId}/members/${lea.userId}`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe("last_leader");
    expect((await admin.delete(`/api/v1/teams/${teamId}/members/${lea.userId}`)).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/teams/${teamId}/members/${lea.userId}`)).statusCode).toBe(404);
  });

  it("deletes a team: its memberships and invitation links go, members' answers stay, and its leader's beliefs go unless the leader still leads that person elsewhere", async () => {
    const { admin, teamId, lea, max, tam } = await platform();
    // Lea also leads Tam on a second team: what she wrote about Tam must survive.
    const second = await createTeam(admin, "Guild", lea.userId);
    const token = await inviteToken(lea.client, second, tam.email, "member");
    expect((await tam.client.post(`/api/v1/invitations/${token}/accept`)).statusCode).toBe(200);
    for (const [client, facet] of [
      [max.client, "drains"],
      [tam.client, "drains"],
    ] as const)
      expect(
        (await client.put(`/api/v1/me/answers/${facet}`, { value: "Long meetings", visibility: "leader" }))
          .statusCode,
      ).toBe(200);
    for (const person of [max.userId, tam.userId]) {
      await believe(lea.client, person, "drains", "Long meetings");
      expect(
        (await lea.client.put(`/api/v1/people/${person}/comparisons/drains`, { outcome: "match" }))
          .statusCode,
      ).toBe(200);
      await believe(lea.client, person, "focus-rhythm");
      // A conversation with an agenda, a cadence and an answer request: Lea's about each of them.
      const planned = await lea.client.post(`/api/v1/people/${person}/conversations`, {
        scheduledAt: "2026-11-05T10:00:00Z",
        agenda: [{ kind: "topic", text: "The roadmap" }],
      });
      expect(planned.statusCode).toBe(201);
      const conversation = `/api/v1/conversations/${planned.json().id}`;
      expect(
        (await lea.client.post(`${conversation}/answer-requests`, { facetId: "recognition" })).statusCode,
      ).toBe(201);
      expect(
        (await lea.client.put(`/api/v1/people/${person}/cadence`, { rhythm: "weekly" })).statusCode,
      ).toBe(200);
      // A followership estimate, which is also a belief on followership-style.
      expect(
        (await lea.client.put(`/api/v1/people/${person}/followership-estimate`, { it: 45, ae: 30 }))
          .statusCode,
      ).toBe(200);
    }
    const pending = await inviteToken(lea.client, teamId, "later@example.test", "member");

    expect((await max.client.delete(`/api/v1/teams/${teamId}`)).statusCode).toBe(403);
    expect((await (await otherWorkspace(t)).client.delete(`/api/v1/teams/${teamId}`)).statusCode).toBe(404);
    const deleted = await lea.client.delete(`/api/v1/teams/${teamId}`);
    expect(deleted.statusCode).toBe(200);
    expect((await lea.client.get(`/api/v1/teams/${teamId}`)).statusCode).toBe(404);
    expect((await admin.get("/api/v1/teams")).json().teams.map((x: { name: string }) => x.name)).toEqual([
      "Guild",
    ]);
    const link = await t.app.inject({ url: `/api/v1/invitations/${pending}` });
    expect(link.statusCode).toBe(404);
    expect(
      await t.ctx.db.selectFrom("team_memberships").select("user_id").where("team_id", "=", teamId).execute(),
    ).toEqual([]);

    // Answers are their authors': both keep theirs.
    for (const client of [max.client, tam.client])
      expect((await client.get("/api/v1/me/answers")).body).toContain("Long meetings");
    // Lea's beliefs and comparisons about Max are gone; about Tam, whom she leads on Guild, they stay.
    const kept = await t.ctx.db.selectFrom("beliefs").select(["person_id", "facet_id"]).execute();
    expect(new Set(kept.map((b) => b.person_id))).toEqual(new Set([tam.userId]));
    expect(kept).toHaveLength(3);
    expect(
      (await t.ctx.db.selectFrom("comparisons").select("person_id").execute()).map((c) => c.person_id),
    ).toEqual([tam.userId]);
    // Every table that holds a leader's knowledge of a person forgets Lea about Max.
    const tables = await t.ctx.db.introspection.getTables();
    const knowledgeTables = tables.filter((table) =>
      ["leader_id", "person_id"].every((column) => table.columns.some((c) => c.name === column)),
    );
    expect(knowledgeTables.map((table) => table.name).sort()).toEqual(
      expect.arrayContaining([
        "answer_requests",
        "beliefs",
        "cadences",
        "comparisons",
        "conversations",
        "followership_estimates",
      ]),
    );
    for (const table of knowledgeTables) {
      const { rows } = await sql<{
        n: number | string;
      }>`select count(*) as n from ${sql.table(table.name)} where leader_id = ${lea.userId} and person_id = ${max.userId}`.execute(
        t.ctx.db,
      );
      expect({ table: table.name, left: Number(rows[0]?.n) }).toEqual({ table: table.name, left: 0 });
    }
    // About Tam, Lea keeps her conversation (with its agenda), the cadence and the request.
    const tamConversations = (await lea.client.get(`/api/v1/people/${tam.userId}/conversations`)).json();
    expect(tamConversations.cadence.rhythm).toBe("weekly");
    expect((await lea.client.get(`/api/v1/people/${tam.userId}/followership-estimate`)).statusCode).toBe(200);
    expect(tamConversations.conversations).toHaveLength(1);
    const tamConversation = (
      await lea.client.get(`/api/v1/conversations/${tamConversations.conversations[0].id}`)
    ).json();
    expect(tamConversation.agenda.map((i: { text: string }) => i.text)).toEqual(["The roadmap"]);
    expect(tamConversation.answerRequests).toHaveLength(1);
    expect(await t.ctx.db.selectFrom("conversation_items").select("text").execute()).toEqual([
      { text: "The roadmap" },
    ]);
    const tamPage = (await lea.client.get(`/api/v1/people/${tam.userId}`)).json();
    expect(
      tamPage.facets.find((f: { facet: { key: string } }) => f.facet.key === "drains").comparison.outcome,
    ).toBe("match");
  });

  it("refuses a leader deleting a team someone else also leads (409, naming them); an admin may", async () => {
    const { admin, teamId, lea, max } = await platform();
    await lea.client.patch(`/api/v1/teams/${teamId}/members/${max.userId}`, { role: "leader" });
    const refused = await lea.client.delete(`/api/v1/teams/${teamId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("other_leaders");
    expect(refused.json().error.message).toMatch(/^Max Member also leads this team/);
    expect((await admin.get(`/api/v1/teams/${teamId}`)).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/teams/${teamId}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/teams/${teamId}`)).statusCode).toBe(404);
  });
});
