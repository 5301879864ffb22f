import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ledTeam } from "../../../test/factories";
import type { Client } from "../../../test/harness";
import { startTestApp, type TestApp } from "../../../test/harness";

const PRIVATE = "PRIVATE-NOTE-a41f: seems tired of the migration";
const SIGNAL = "LOOP-SIGNAL-77b0: I told them I misjudged the deadline";

describe("conversations: plan, talking points, log", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof ledTeam>>;
  beforeEach(async () => {
    t = await startTestApp();
    w = await ledTeam(t);
  });
  afterEach(() => t.close());

  async function plan(client: Client, personId: string, body: unknown) {
    const response = await client.post(`/api/v1/people/${personId}/conversations`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it("plans a conversation with its agenda; the person adds a talking point; nobody else sees it", async () => {
    const { leader, member, teammate, otherLeader, admin } = w;
    const planned = await plan(leader.client, member.userId, {
      scheduledAt: "2026-01-20T15:00:00+01:00",
      agenda: [
        { kind: "question", text: "What drains your energy at work?", facetId: "drains", questionId: "q-1" },
        { kind: "topic", text: "The migration" },
      ],
    });
    expect(planned).toMatchObject({
      viewer: "leader",
      status: "planned",
      scheduledAt: "2026-01-20T14:00:00.000Z",
      durationMinutes: 30,
      leader: { id: leader.userId, name: "Lea" },
      person: { id: member.userId, name: "Max" },
      privateNotes: "",
      loop: { signal: null, signalAt: null, respondedAt: null, closedAt: null },
      listeningCheck: { talkShare: null, checkedAt: null },
    });
    expect(planned.agenda.map((i: { text: string; author: string }) => [i.author, i.text])).toEqual([
      ["leader", "What drains your energy at work?"],
      ["leader", "The migration"],
    ]);
    expect(planned.agenda[0].facetId).toEqual(expect.any(String));
    expect(planned.agenda[0].facetId).not.toBe("drains");

    const url = `/api/v1/conversations/${planned.id}`;
    const point = await member.client.post(`${url}/talking-points`, { text: "Can I drop the on-call week?" });
    expect(point.statusCode).toBe(201);
    expect(point.json()).toMatchObject({
      author: "member",
      kind: "topic",
      covered: false,
      carriedFrom: null,
    });
    // The leader's items are the agenda; talking points are the person's.
    expect((await leader.client.post(`${url}/talking-points`, { text: "Mine" })).statusCode).toBe(403);
    expect((await member.client.post(`${url}/talking-points`, { text: "  " })).statusCode).toBe(400);

    const seen = await member.client.get(url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().viewer).toBe("member");
    expect(seen.json().agenda).toHaveLength(3);
    for (const field of ["privateNotes", "loop", "listeningCheck"])
      expect(seen.json()).not.toHaveProperty(field);
    for (const client of [teammate.client, otherLeader.client, admin]) {
      expect((await client.get(url)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/people/${member.userId}/conversations`)).statusCode).toBe(404);
      expect(
        (
          await client.post(`/api/v1/people/${member.userId}/conversations`, {
            scheduledAt: "2026-01-20T10:00:00Z",
          })
        ).statusCode,
      ).toBe(404);
    }
    // Neither plans with themselves nor with someone they do not lead.
    expect(
      (
        await member.client.post(`/api/v1/people/${teammate.userId}/conversations`, {
          scheduledAt: "2026-01-20T10:00:00Z",
        })
      ).statusCode,
    ).toBe(404);

    const listed = (await member.client.get(`/api/v1/people/${member.userId}/conversations`)).json();
    expect(listed).toMatchObject({ viewer: "member", cadence: null });
    expect(listed.conversations.map((c: { id: string }) => c.id)).toEqual([planned.id]);
    const leaders = (await leader.client.get(`/api/v1/people/${member.userId}/conversations`)).json();
    expect(leaders).toMatchObject({ viewer: "leader", cadence: { personId: member.userId, rhythm: "none" } });
  });

  it("refuses a bad agenda and a bad date, naming the field, and stores nothing", async () => {
    const { leader, member } = w;
    const url = `/api/v1/people/${member.userId}/conversations`;
    const noFacet = await leader.client.post(url, {
      scheduledAt: "2026-01-20T10:00:00Z",
      agenda: [
        { kind: "topic", text: "Fine" },
        { kind: "question", text: "How?", facetId: "no-such-facet" },
      ],
    });
    expect(noFacet.statusCode).toBe(400);
    expect(noFacet.json().error.details.fields[0].path).toBe("agenda.1.facetId");
    const noOffset = await leader.client.post(url, { scheduledAt: "2026-01-20 10:00" });
    expect(noOffset.statusCode).toBe(400);
    expect(noOffset.json().error.details.fields[0].path).toBe("scheduledAt");
    expect(await t.ctx.db.selectFrom("conversations").select("id").execute()).toEqual([]);
  });

  it("logs it: covered items, both notes, the loop and the self-check; the person sees only what is shared", async () => {
    const { leader, member } = w;
    const planned = await plan(leader.client, member.userId, {
      scheduledAt: "2026-01-15T10:00:00Z",
      agenda: [
        { kind: "question", text: "What gives you energy lately?" },
        { kind: "question", text: "How do you like to get feedback?" },
      ],
    });
    const url = `/api/v1/conversations/${planned.id}`;
    const [first, second] = planned.agenda.map((i: { id: string }) => i.id);
    // A talk share of 130 is refused, naming the field, and nothing of that request is stored.
    const refused = await leader.client.patch(url, {
      privateNotes: PRIVATE,
      listeningCheck: { talkShare: 130 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0].path).toBe("listeningCheck.talkShare");
    expect((await leader.client.get(url)).json().privateNotes).toBe("");
    // A covered item that is not on the agenda rolls the whole patch back.
    const stranger = await leader.client.patch(url, {
      sharedNotes: "We agreed on mornings.",
      covered: [first, "00000000-0000-4000-8000-000000000000"],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details.fields[0].path).toBe("covered.1");
    expect((await leader.client.get(url)).json().sharedNotes).toBe("");

    const logged = await leader.client.patch(url, {
      status: "held",
      covered: [first, second],
      sharedNotes: "We agreed on mornings.",
      privateNotes: PRIVATE,
      loop: { signal: SIGNAL },
      listeningCheck: { items: { interrupted: false, paraphrased: true }, talkShare: 70 },
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const now = t.clock.now().toISOString();
    expect(logged.json()).toMatchObject({
      status: "held",
      heldAt: now,
      sharedNotes: "We agreed on mornings.",
      privateNotes: PRIVATE,
      loop: { signal: SIGNAL, signalAt: now, respondedAt: null, closedAt: null },
      listeningCheck: {
        items: { interrupted: false, paraphrased: true, named_feeling: null },
        talkShare: 70,
        checkedAt: now,
      },
    });
    expect(logged.json().agenda.map((i: { covered: boolean }) => i.covered)).toEqual([true, true]);
    // A later self-check keeps the answers it does not name; a loop closes once it had a response.
    const later = await leader.client.patch(url, {
      listeningCheck: { items: { named_feeling: true } },
      loop: { respondedAt: "2026-01-16T09:00:00Z", closedAt: "2026-01-17T09:00:00Z" },
    });
    expect(later.json().listeningCheck.items).toMatchObject({
      interrupted: false,
      paraphrased: true,
      named_feeling: true,
    });
    expect(later.json().listeningCheck.talkShare).toBe(70);
    expect(later.json().loop).toMatchObject({ signal: SIGNAL, closedAt: "2026-01-17T09:00:00.000Z" });

    const seen = await member.client.get(url);
    expect(seen.json()).toMatchObject({
      viewer: "member",
      status: "held",
      sharedNotes: "We agreed on mornings.",
    });
    expect(seen.body).not.toContain(PRIVATE);
    expect(seen.body).not.toContain(SIGNAL);
    expect(seen.body).not.toContain("talkShare");
    // Logging is the leader's: the person cannot, and nobody adds talking points to a held one.
    expect((await member.client.patch(url, { sharedNotes: "Mine" })).statusCode).toBe(403);
    expect((await member.client.post(`${url}/talking-points`, { text: "Late" })).statusCode).toBe(409);
  });

  it("carries the unfinished items of the last held conversation over to the next one planned", async () => {
    const { leader, member } = w;
    const held = await plan(leader.client, member.userId, {
      scheduledAt: "2026-01-10T10:00:00Z",
      agenda: [
        { kind: "question", text: "What would you change about our 1:1s?" },
        { kind: "topic", text: "Conference budget" },
      ],
    });
    const url = `/api/v1/conversations/${held.id}`;
    const point = (
      await member.client.post(`${url}/talking-points`, { text: "Working from home on Fridays" })
    ).json();
    const [asked, budget] = held.agenda.map((i: { id: string }) => i.id);
    expect((await leader.client.patch(url, { status: "held", covered: [asked] })).statusCode).toBe(200);
    // A cancelled conversation after it is not the last held one.
    const cancelled = await plan(leader.client, member.userId, { scheduledAt: "2026-01-12T10:00:00Z" });
    await leader.client.patch(`/api/v1/conversations/${cancelled.id}`, { status: "cancelled" });

    const next = await plan(leader.client, member.userId, {
      scheduledAt: "2026-01-24T10:00:00Z",
      agenda: [{ kind: "question", text: "What is on your mind this week?" }],
    });
    expect(
      next.agenda.map((i: { author: string; text: string; carriedFrom: string | null }) => [
        i.author,
        i.text,
        i.carriedFrom,
      ]),
    ).toEqual([
      ["leader", "What is on your mind this week?", null],
      ["leader", "Conference budget", budget],
      ["member", "Working from home on Fridays", point.id],
    ]);
    // The leader edits the agenda freely: keeps the carried item, drops their question, adds one;
    // the person's talking point stays.
    const carried = next.agenda[1].id;
    const edited = await leader.client.patch(`/api/v1/conversations/${next.id}`, {
      agenda: [
        { kind: "question", text: "How is the new project?" },
        { id: carried, kind: "topic", text: "Conference budget (Berlin)" },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(
      edited.json().agenda.map((i: { text: string; carriedFrom: string | null }) => [i.text, i.carriedFrom]),
    ).toEqual([
      ["How is the new project?", null],
      ["Conference budget (Berlin)", budget],
      ["Working from home on Fridays", point.id],
    ]);
    const foreign = await leader.client.patch(`/api/v1/conversations/${next.id}`, {
      agenda: [{ id: next.agenda[2].id, kind: "topic", text: "Not mine" }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.fields[0].path).toBe("agenda.0.id");
  });

  it("sets the cadence for a person led, and only for them", async () => {
    const { leader, member, teammate } = w;
    const set = await leader.client.put(`/api/v1/people/${member.userId}/cadence`, { rhythm: "fortnightly" });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      personId: member.userId,
      rhythm: "fortnightly",
      updatedAt: expect.any(String),
    });
    const listed = (await leader.client.get(`/api/v1/people/${member.userId}/conversations`)).json();
    expect(listed.cadence.rhythm).toBe("fortnightly");
    expect(
      (await leader.client.put(`/api/v1/people/${member.userId}/cadence`, { rhythm: "daily" })).statusCode,
    ).toBe(400);
    expect(
      (await member.client.put(`/api/v1/people/${teammate.userId}/cadence`, { rhythm: "weekly" })).statusCode,
    ).toBe(404);
  });
});

describe("conversations: what was learned, and the audit", () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof ledTeam>>;
  beforeEach(async () => {
    t = await startTestApp();
    w = await ledTeam(t);
  });
  afterEach(() => t.close());

  const cardOf = async (client: Client, personId: string, facetKey: string) => {
    const audit = (await client.get(`/api/v1/people/${personId}/audit`)).json();
    return audit.nextConversations.find((n: { facetKey: string }) => n.facetKey === facetKey);
  };

  it("turns a learning into a belief with the source asked (the facet reads verified), and refuses a facet that does not exist", async () => {
    const { leader, member } = w;
    const created = await leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
      scheduledAt: "2026-01-15T10:00:00Z",
    });
    const url = `/api/v1/conversations/${created.json().id}`;
    const refusedField = async (body: unknown) => {
      const response = await leader.client.post(`${url}/learnings`, body);
      expect(response.statusCode).toBe(400);
      return response.json().error.details.fields[0].path;
    };
    expect(await refusedField({ facetId: "no-such-facet", value: "x", confidence: 4 })).toBe("facetId");
    // A prompt for a leader's own manual is not a facet anyone holds beliefs about.
    expect(await refusedField({ facetId: "how-i-lead", value: "x", confidence: 4 })).toBe("facetId");
    expect(await refusedField({ facetId: "focus-rhythm", value: "not-an-option", confidence: 4 })).toBe(
      "value",
    );
    expect(await refusedField({ facetId: "drains", value: "x", confidence: 9 })).toBe("confidence");
    expect(await t.ctx.db.selectFrom("beliefs").select("id").execute()).toEqual([]);
    expect(
      (await member.client.post(`${url}/learnings`, { facetId: "drains", value: "x", confidence: 3 }))
        .statusCode,
    ).toBe(403);

    const learned = await leader.client.post(`${url}/learnings`, {
      facetId: "drains",
      value: "Status meetings without an agenda",
      confidence: 4,
    });
    expect(learned.statusCode, learned.body).toBe(201);
    expect(learned.json().belief).toMatchObject({ source: "asked", confidence: 4, afterAnswer: false });
    const page = (await leader.client.get(`/api/v1/people/${member.userId}`)).json();
    const drains = page.facets.find((f: { facet: { key: string } }) => f.facet.key === "drains");
    expect(drains.state).toBe("verified");
    expect(drains.belief.value).toBe("Status meetings without an agenda");
    // A second learning on the facet updates the same belief.
    await leader.client.post(`${url}/learnings`, {
      facetId: "drains",
      value: "Long status meetings",
      confidence: 5,
    });
    expect(await t.ctx.db.selectFrom("beliefs").select("confidence").execute()).toEqual([{ confidence: 5 }]);
  });

  it("feeds the audit when the leader last held a conversation with the person", async () => {
    const { leader, member } = w;
    const belief = await leader.client.put(`/api/v1/people/${member.userId}/beliefs/focus-rhythm`, {
      value: "late-day",
      source: "assumed",
      confidence: 5,
    });
    expect(belief.statusCode).toBe(200);
    const before = await cardOf(leader.client, member.userId, "focus-rhythm");
    expect(before.daysSinceConversation).toBeNull();
    expect(before.reason).toContain("no conversation with them yet");
    const tenDaysAgo = new Date(t.clock.now().getTime() - 10 * 86_400_000 - 3_600_000);
    const created = await leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
      scheduledAt: tenDaysAgo.toISOString(),
    });
    // Planned is not held: nothing changes yet.
    expect((await cardOf(leader.client, member.userId, "focus-rhythm")).daysSinceConversation).toBeNull();
    await leader.client.patch(`/api/v1/conversations/${created.json().id}`, { status: "held" });
    const after = await cardOf(leader.client, member.userId, "focus-rhythm");
    expect(after.daysSinceConversation).toBe(10);
    expect(after.reason).not.toContain("no conversation with them yet");
    const mine = (await leader.client.get("/api/v1/me/audit")).json();
    const card = mine.nextConversations.find((n: { personId: string }) => n.personId === member.userId);
    expect(card.daysSinceConversation).toBe(10);
  });

  it("asks the person to record their own answer on a facet", async () => {
    const { leader, member } = w;
    const created = await leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
      scheduledAt: "2026-01-15T10:00:00Z",
    });
    const url = `/api/v1/conversations/${created.json().id}`;
    const missing = await leader.client.post(`${url}/answer-requests`, { facetId: "no-such-facet" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0].path).toBe("facetId");
    const asked = await leader.client.post(`${url}/answer-requests`, { facetId: "recognition" });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({
      facetKey: "recognition",
      open: true,
      conversationId: created.json().id,
    });
    const seen = (await member.client.get(url)).json();
    expect(seen.answerRequests).toMatchObject([{ facetKey: "recognition", open: true }]);
    t.clock.advance(60_000);
    expect(
      (
        await member.client.put("/api/v1/me/answers/recognition", {
          value: ["private-word"],
          visibility: "leader",
        })
      ).statusCode,
    ).toBe(200);
    expect((await member.client.get(url)).json().answerRequests).toMatchObject([
      { facetKey: "recognition", open: false },
    ]);
    expect((await member.client.post(`${url}/answer-requests`, { facetId: "drains" })).statusCode).toBe(403);
  });
});
