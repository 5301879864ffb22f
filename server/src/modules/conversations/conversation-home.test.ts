import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Home } from "#contracts/home";
import { ledTeam, signIn } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

const DAY = 86_400_000;

const homeOf = async (client: Client): Promise<Home> => {
  const response = await client.get("/api/v1/me/home");
  expect(response.statusCode).toBe(200);
  return response.json() as Home;
};

describe("conversations on the home", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof ledTeam>>;
  beforeEach(async () => {
    t = await startTestApp();
    w = await ledTeam(t);
  });
  afterEach(() => t.close());

  const at = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
  async function plan(personId: string, scheduledAt: string): Promise<string> {
    const response = await w.leader.client.post(`/api/v1/people/${personId}/conversations`, { scheduledAt });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }
  const log = async (id: string, body: unknown) =>
    expect((await w.leader.client.patch(`/api/v1/conversations/${id}`, body)).statusCode).toBe(200);
  /** Moves the clock on; sessions time out meanwhile, so the leader and the member sign in again. */
  async function later(milliseconds: number) {
    t.clock.advance(milliseconds);
    w.leader.client = await signIn(t, w.leader.email);
    w.member.client = await signIn(t, w.member.email);
  }

  it("shows the leader who is overdue by their cadence, with nothing planned", async () => {
    const { leader, member, teammate } = w;
    expect((await homeOf(leader.client)).leading?.overduePeople).toEqual([]);
    // Weekly with Max, held eight days ago: overdue since yesterday. Monthly with Tam, held eight
    // days ago: not yet.
    const held = await plan(member.userId, at(-8));
    await log(held, { status: "held" });
    await log(await plan(teammate.userId, at(-8)), { status: "held" });
    for (const [person, rhythm] of [
      [member.userId, "weekly"],
      [teammate.userId, "monthly"],
    ] as const)
      expect((await leader.client.put(`/api/v1/people/${person}/cadence`, { rhythm })).statusCode).toBe(200);
    const home = await homeOf(leader.client);
    expect(home.leading?.overduePeople).toEqual([
      {
        personId: member.userId,
        personName: "Max",
        rhythm: "weekly",
        lastConversationAt: at(-8),
        dueOn: at(-1).slice(0, 10),
      },
    ]);
    // Planning the next one takes Max off the list, and it shows as upcoming on both homes.
    const next = await plan(member.userId, at(2));
    const after = await homeOf(leader.client);
    expect(after.leading?.overduePeople).toEqual([]);
    expect(after.leading?.upcomingConversations).toEqual([
      {
        conversationId: next,
        personId: member.userId,
        personName: "Max",
        leaderId: leader.userId,
        leaderName: "Lea",
        scheduledAt: at(2),
      },
    ]);
    expect((await homeOf(member.client)).member?.upcomingConversations.map((c) => c.conversationId)).toEqual([
      next,
    ]);
    // Tam: a month after the last one, Tam is overdue too (Max's planned one is past by then).
    await later(30 * DAY);
    const month = await homeOf(w.leader.client);
    expect(month.leading?.overduePeople.map((p) => p.personName).sort()).toEqual(["Max", "Tam"]);
    expect(month.leading?.upcomingConversations).toEqual([]);
    // No rhythm, never overdue.
    await w.leader.client.put(`/api/v1/people/${teammate.userId}/cadence`, { rhythm: "none" });
    expect((await homeOf(w.leader.client)).leading?.overduePeople.map((p) => p.personName)).toEqual(["Max"]);
  });

  it("flags a vulnerability loop with a signal and no close after 14 days, to the leader alone", async () => {
    const { member } = w;
    const id = await plan(member.userId, at(-1));
    await log(id, { status: "held", loop: { signal: "I said I had misjudged the estimate" } });
    await later(14 * DAY);
    expect((await homeOf(w.leader.client)).leading?.openLoops).toEqual([]);
    t.clock.advance(60_000);
    const flagged = (await homeOf(w.leader.client)).leading?.openLoops;
    expect(flagged).toEqual([
      {
        conversationId: id,
        personId: member.userId,
        personName: "Max",
        signalAt: new Date(t.clock.now().getTime() - 14 * DAY - 60_000).toISOString(),
      },
    ]);
    const memberHome = await homeOf(w.member.client);
    expect(JSON.stringify(memberHome)).not.toContain("misjudged");
    expect(JSON.stringify(memberHome)).not.toContain(id);
    // A response alone does not close it; the leader noticing it does.
    await log(id, { loop: { respondedAt: at(0) } });
    expect((await homeOf(w.leader.client)).leading?.openLoops).toHaveLength(1);
    await log(id, { loop: { closedAt: at(0) } });
    expect((await homeOf(w.leader.client)).leading?.openLoops).toEqual([]);
  });

  it("shows the member their open answer requests until they answer that facet", async () => {
    const { leader, member } = w;
    const id = await plan(member.userId, at(-1));
    // Answered before the request: it is still open, the leader asks for it again.
    expect(
      (await member.client.put("/api/v1/me/answers/drains", { value: "Long meetings", visibility: "leader" }))
        .statusCode,
    ).toBe(200);
    t.clock.advance(60_000);
    for (const facetId of ["drains", "recognition"])
      expect(
        (await leader.client.post(`/api/v1/conversations/${id}/answer-requests`, { facetId })).statusCode,
      ).toBe(201);
    const asked = (await homeOf(member.client)).member?.answerRequests;
    expect(asked?.map((r) => [r.facetKey, r.leaderName])).toEqual([
      ["drains", "Lea"],
      ["recognition", "Lea"],
    ]);
    t.clock.advance(60_000);
    expect(
      (
        await member.client.put("/api/v1/me/answers/recognition", {
          value: ["private-word"],
          visibility: "private",
        })
      ).statusCode,
    ).toBe(200);
    expect((await homeOf(member.client)).member?.answerRequests.map((r) => r.facetKey)).toEqual(["drains"]);
    // Someone else's requests never reach another member's home.
    expect((await homeOf(w.teammate.client)).member?.answerRequests).toEqual([]);
  });

  it("drops a leader's planned conversations and answer requests from the member's home while they no longer lead them", async () => {
    const { admin, teamId, leader, member } = w;
    const next = await plan(member.userId, at(2));
    expect(
      (await leader.client.post(`/api/v1/conversations/${next}/answer-requests`, { facetId: "drains" }))
        .statusCode,
    ).toBe(201);
    const setRole = async (role: "leader" | "member") =>
      expect(
        (await admin.patch(`/api/v1/teams/${teamId}/members/${leader.userId}`, { role })).statusCode,
      ).toBe(200);
    // Lea is a member of Platform now: Max, still on it, is led by nobody there.
    await setRole("member");
    const led = (await homeOf(member.client)).member;
    expect(led?.upcomingConversations).toEqual([]);
    expect(led?.answerRequests).toEqual([]);
    // Leading Max again, her conversation and her request are back.
    await setRole("leader");
    const back = (await homeOf(member.client)).member;
    expect(back?.upcomingConversations.map((c) => c.conversationId)).toEqual([next]);
    expect(back?.answerRequests.map((r) => [r.facetKey, r.leaderName])).toEqual([["drains", "Lea"]]);
  });
});
