import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Commitment, CommitmentList } from "#contracts/commitments";
import type { Home } from "#contracts/home";
import { createTeam, inviteToken, joinTeam, ledTeam, otherWorkspace, signIn } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";
import { planConversation } from "../../../test/plan-conversation";

const DAY = 24 * 60 * 60 * 1000;

describe("commitments", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-01-15T09:00:00Z"));
  });
  afterEach(() => t.close());

  /** Platform: Lea leads Max and Tam; Guild: Olu leads Ora. The admin leads neither. */
  async function world() {
    const {
      admin,
      teamId: platform,
      leader: lea,
      member: max,
      teammate: tam,
      otherLeader: olu,
    } = await ledTeam(t);
    const guild = await createTeam(admin, "Guild", olu.userId);
    const ora = await joinTeam(t, admin, guild, "member", "Ora");
    return { admin, platform, guild, lea, max, tam, olu, ora };
  }

  const record = async (client: Client, body: Record<string, unknown>) => {
    const response = await client.post("/api/v1/commitments", body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Commitment;
  };
  const listOf = async (client: Client, query = "") => {
    const response = await client.get(`/api/v1/commitments${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as CommitmentList).commitments;
  };
  const texts = async (client: Client, query = "") => (await listOf(client, query)).map((c) => c.text);
  const stored = async () => (await t.ctx.db.selectFrom("commitments").selectAll().execute()).length;

  it("are recorded by either side and seen by those two alone, both ways", async () => {
    const { admin, lea, max, tam, olu, ora } = await world();
    const mine = await record(lea.client, {
      personId: max.userId,
      owner: "leader",
      text: "Find a mentor in the data team",
      dueOn: "2026-01-22",
    });
    expect(mine).toMatchObject({
      leader: { id: lea.userId, name: "Lea" },
      person: { id: max.userId, name: "Max" },
      owner: "leader",
      status: "open",
      closedOn: null,
      overdue: false,
      conversationId: null,
      createdBy: lea.userId,
    });
    await record(max.client, {
      leaderId: lea.userId,
      owner: "member",
      text: "Write up the incident",
      dueOn: "2026-01-15",
    });
    await record(tam.client, {
      leaderId: lea.userId,
      owner: "member",
      text: "Pair with Ora",
      dueOn: "2026-02-01",
    });

    // By due day: the leader sees all three, Max the two between them, Tam only theirs.
    expect(await texts(lea.client)).toEqual([
      "Write up the incident",
      "Find a mentor in the data team",
      "Pair with Ora",
    ]);
    expect(await texts(max.client)).toEqual(["Write up the incident", "Find a mentor in the data team"]);
    expect(await texts(tam.client)).toEqual(["Pair with Ora"]);
    for (const client of [admin, olu.client, ora.client]) expect(await listOf(client)).toEqual([]);
    expect(await texts(lea.client, `?personId=${tam.userId}`)).toEqual(["Pair with Ora"]);
    expect(await texts(max.client, `?personId=${lea.userId}`)).toHaveLength(2);
    // Someone the viewer is not paired with gives an empty list, not an error.
    expect(await texts(max.client, `?personId=${tam.userId}`)).toEqual([]);

    // Only the two change it; anyone else gets 404, as for an id that does not exist.
    for (const client of [tam.client, admin, olu.client, (await otherWorkspace(t)).client])
      expect((await client.patch(`/api/v1/commitments/${mine.id}`, { status: "done" })).statusCode).toBe(404);
    const done = await max.client.patch(`/api/v1/commitments/${mine.id}`, { status: "done" });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", closedOn: "2026-01-15" });
    expect(await texts(lea.client, "?status=done")).toEqual(["Find a mentor in the data team"]);
    expect(await texts(lea.client, "?status=open")).toHaveLength(2);

    // Neither side can record one with someone outside the pair.
    for (const [client, body] of [
      [lea.client, { personId: ora.userId }],
      [lea.client, { personId: lea.userId }],
      [max.client, { personId: tam.userId }],
      [max.client, { leaderId: olu.userId }],
      [admin, { personId: max.userId }],
    ] as const) {
      const response = await client.post("/api/v1/commitments", {
        ...body,
        owner: "leader",
        text: "Anything",
        dueOn: "2026-02-01",
      });
      expect(response.statusCode).toBe(404);
    }
    expect(await stored()).toBe(3);
  });

  it("keep the conversation they were made in, when it is one between the two, and refuse another", async () => {
    const { lea, max, tam } = await world();
    const withMax = await planConversation(t, {
      leaderId: lea.userId,
      personId: max.userId,
      scheduledAt: "2026-01-15T10:00:00.000Z",
    });
    const withTam = await planConversation(t, {
      leaderId: lea.userId,
      personId: tam.userId,
      scheduledAt: "2026-01-15T11:00:00.000Z",
    });
    const made = await record(max.client, {
      leaderId: lea.userId,
      owner: "member",
      text: "Write up the incident",
      dueOn: "2026-01-22",
      conversationId: withMax,
    });
    expect(made.conversationId).toBe(withMax);
    expect((await listOf(lea.client)).map((c) => c.conversationId)).toEqual([withMax]);

    const elsewhere = await lea.client.post("/api/v1/commitments", {
      personId: max.userId,
      owner: "leader",
      text: "Find a mentor",
      dueOn: "2026-01-22",
      conversationId: withTam,
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(await stored()).toBe(1);
  });

  it("refuses a due day before the day it is made, naming dueOn, and stores nothing", async () => {
    const { lea, max } = await world();
    const refuse = async (client: Client, body: Record<string, unknown>, field: string) => {
      const response = await client.post("/api/v1/commitments", {
        owner: "leader",
        text: "Send the notes",
        ...body,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([field]);
    };
    await refuse(lea.client, { personId: max.userId, dueOn: "2026-01-14" }, "dueOn");
    await refuse(max.client, { leaderId: lea.userId, owner: "member", dueOn: "2025-12-31" }, "dueOn");
    await refuse(lea.client, { personId: max.userId, dueOn: "2026-02-30" }, "dueOn");
    await refuse(lea.client, { personId: max.userId, dueOn: "15/01/2026" }, "dueOn");
    await refuse(lea.client, { dueOn: "2026-02-01" }, "personId");
    await refuse(lea.client, { personId: max.userId, leaderId: lea.userId, dueOn: "2026-02-01" }, "leaderId");
    await refuse(lea.client, { personId: max.userId, dueOn: "2026-02-01", text: "  " }, "text");
    expect(await stored()).toBe(0);
    // Today is fine.
    await record(lea.client, { personId: max.userId, owner: "leader", text: "Today", dueOn: "2026-01-15" });
    expect(await stored()).toBe(1);
  });

  it("reads today in the recorder's time zone", async () => {
    const { lea, max } = await world();
    // 05:00 UTC on the 15th is still the 14th in Los Angeles.
    t.clock.set(new Date("2026-01-15T05:00:00Z"));
    await t.ctx.db
      .updateTable("users")
      .set({ time_zone: "America/Los_Angeles" })
      .where("id", "=", lea.userId)
      .execute();
    await record(lea.client, {
      personId: max.userId,
      owner: "leader",
      text: "Yesterday in UTC",
      dueOn: "2026-01-14",
    });
    const utc = await max.client.post("/api/v1/commitments", {
      leaderId: lea.userId,
      owner: "member",
      text: "Refused in UTC",
      dueOn: "2026-01-14",
    });
    expect(utc.statusCode).toBe(400);
    // An hour later it is the 15th in UTC, so overdue for Max, and still the 14th for Lea.
    t.clock.set(new Date("2026-01-15T06:00:00Z"));
    expect((await listOf(max.client))[0]?.overdue).toBe(true);
    expect((await listOf(lea.client))[0]?.overdue).toBe(false);
  });

  it("closes on a day that is neither before it was made nor still to come, and opens again", async () => {
    const { lea, max } = await world();
    const made = await record(lea.client, {
      personId: max.userId,
      owner: "leader",
      text: "Share the roadmap",
      dueOn: "2026-01-20",
    });
    const url = `/api/v1/commitments/${made.id}`;
    t.clock.advance(10 * DAY); // 2026-01-25, past the sessions' idle time-out
    const [leaClient, maxClient] = [await signIn(t, lea.email), await signIn(t, max.email)];
    const refuse = async (body: Record<string, unknown>, field: string) => {
      const response = await leaClient.patch(url, body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([field]);
    };
    await refuse({ status: "done", closedOn: "2026-01-14" }, "closedOn");
    await refuse({ status: "done", closedOn: "2026-01-26" }, "closedOn");
    await refuse({ dueOn: "2026-01-14" }, "dueOn");
    await refuse({ closedOn: "2026-01-20" }, "closedOn");
    await refuse({ status: "open", closedOn: "2026-01-20" }, "closedOn");
    await refuse({ status: "finished" }, "status");
    const unchanged = await t.ctx.db.selectFrom("commitments").selectAll().executeTakeFirstOrThrow();
    expect(unchanged).toMatchObject({
      status: "open",
      closed_on: null,
      due_on: "2026-01-20",
      updated_at: made.updatedAt,
    });
    expect((await listOf(leaClient))[0]?.overdue).toBe(true);

    const late = await leaClient.patch(url, { status: "done", closedOn: "2026-01-23" });
    expect(late.json()).toMatchObject({ status: "done", closedOn: "2026-01-23", overdue: false });
    // Its closing day moves on its own; done again keeps it.
    expect((await leaClient.patch(url, { closedOn: "2026-01-19" })).json().closedOn).toBe("2026-01-19");
    expect(
      (await leaClient.patch(url, { status: "done", text: "Share the roadmap with the team" })).json(),
    ).toMatchObject({
      closedOn: "2026-01-19",
      text: "Share the roadmap with the team",
    });
    const reopened = (await maxClient.patch(url, { status: "open", dueOn: "2026-02-01" })).json();
    expect(reopened).toMatchObject({ status: "open", closedOn: null, dueOn: "2026-02-01", overdue: false });
    const dropped = (await maxClient.patch(url, { status: "dropped" })).json();
    expect(dropped).toMatchObject({ status: "dropped", closedOn: "2026-01-25" });
  });

  it("are out of sight once the one no longer leads the other, back when they return, and forgotten with the team", async () => {
    const { admin, platform, guild, lea, max, tam } = await world();
    const withMax = await record(lea.client, {
      personId: max.userId,
      owner: "leader",
      text: "For Max",
      dueOn: "2026-02-01",
    });
    await record(tam.client, {
      leaderId: lea.userId,
      owner: "member",
      text: "From Tam",
      dueOn: "2026-02-01",
    });
    expect((await admin.delete(`/api/v1/teams/${platform}/members/${max.userId}`)).statusCode).toBe(200);
    expect(await texts(lea.client)).toEqual(["From Tam"]);
    expect(await listOf(max.client)).toEqual([]);
    expect((await lea.client.patch(`/api/v1/commitments/${withMax.id}`, { status: "done" })).statusCode).toBe(
      404,
    );
    const token = await inviteToken(admin, platform, max.email, "member");
    expect((await max.client.post(`/api/v1/invitations/${token}/accept`)).statusCode).toBe(200);
    expect(await texts(max.client)).toEqual(["For Max"]);

    // Lea also leads Tam on Guild: deleting Platform forgets what she and Max promised, not Tam's.
    const second = await inviteToken(admin, guild, tam.email, "member");
    expect((await tam.client.post(`/api/v1/invitations/${second}/accept`)).statusCode).toBe(200);
    const lead = await inviteToken(admin, guild, lea.email, "leader");
    expect((await lea.client.post(`/api/v1/invitations/${lead}/accept`)).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/teams/${platform}`)).statusCode).toBe(200);
    const left = await t.ctx.db.selectFrom("commitments").select("text").execute();
    expect(left.map((c) => c.text)).toEqual(["From Tam"]);
  });

  it("surface on both homes once overdue, each side's, and leave them when closed", async () => {
    const { lea, max, tam } = await world();
    const mine = await record(lea.client, {
      personId: max.userId,
      owner: "leader",
      text: "Lea's promise",
      dueOn: "2026-01-16",
    });
    await record(max.client, {
      leaderId: lea.userId,
      owner: "member",
      text: "Max's promise",
      dueOn: "2026-01-15",
    });
    await record(tam.client, {
      leaderId: lea.userId,
      owner: "member",
      text: "Tam's promise",
      dueOn: "2026-03-01",
    });
    const overdue = async (client: Client) => {
      const home = (await client.get("/api/v1/me/home")).json() as Home;
      return {
        leading: home.leading?.overdueCommitments.map((c) => c.text) ?? null,
        member: home.member?.overdueCommitments.map((c) => c.text) ?? null,
      };
    };
    expect(await overdue(lea.client)).toEqual({ leading: [], member: null });
    t.clock.set(new Date("2026-01-17T08:00:00Z"));
    const [leaClient, maxClient, tamClient] = [
      await signIn(t, lea.email),
      await signIn(t, max.email),
      await signIn(t, tam.email),
    ];
    expect(await overdue(leaClient)).toEqual({ leading: ["Max's promise", "Lea's promise"], member: null });
    expect(await overdue(maxClient)).toEqual({ leading: null, member: ["Max's promise", "Lea's promise"] });
    expect(await overdue(tamClient)).toEqual({ leading: null, member: [] });
    expect((await maxClient.patch(`/api/v1/commitments/${mine.id}`, { status: "done" })).statusCode).toBe(
      200,
    );
    expect(await overdue(leaClient)).toEqual({ leading: ["Max's promise"], member: null });
  });
});
