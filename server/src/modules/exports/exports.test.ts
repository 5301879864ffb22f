import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Export, exportSchema } from "#contracts/exports";
import { ledTeam } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";
import { toCsv } from "../../lib/csv";

describe("exports", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-01-15T09:00:00Z"));
  });
  afterEach(() => t.close());

  const ok = async <R extends { statusCode: number; body: string }>(promise: Promise<R>, status = 200) => {
    const response = await promise;
    expect(response.statusCode, response.body).toBe(status);
    return response;
  };
  const answer = (client: Client, facet: string, value: unknown, visibility: string) =>
    ok(client.put(`/api/v1/me/answers/${facet}`, { value, visibility }));

  /** The export as text and as the contract's document (the response checked against its schema). */
  async function exportOf(client: Client): Promise<{ text: string; doc: Export }> {
    const response = await ok(client.get("/api/v1/me/export.json"));
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="rapport-export-2026-01-15\.json"$/,
    );
    const parsed = exportSchema.strict().safeParse(JSON.parse(response.body));
    expect(parsed.error?.issues ?? []).toEqual([]);
    return { text: response.body, doc: parsed.data as Export };
  }

  /** Lea leads Max and Tam; each has answered, privately, to the leader and to the team. */
  async function world() {
    const w = await ledTeam(t);
    const { leader: lea, member: max, teammate: tam } = w;
    await answer(max.client, "deep-work-needs", "MAX-PRIVATE quiet mornings", "private");
    await answer(max.client, "drains", "MAX-LEADER status meetings", "leader");
    t.clock.set(new Date("2026-01-15T09:20:00Z")); // later than the 10 minutes a version collapses within
    await answer(max.client, "drains", "MAX-LEADER-2 long status meetings", "leader");
    await answer(max.client, "energisers", "MAX-TEAM pairing", "team");
    await answer(tam.client, "deep-work-needs", "TAM-PRIVATE headphones", "private");
    await answer(tam.client, "energisers", "TAM-TEAM demos", "team");
    await answer(lea.client, "energisers", "LEA-OWN clear goals", "team");
    await ok(
      lea.client.put(`/api/v1/people/${max.userId}/beliefs/drains`, {
        value: "LEA-BELIEF too many meetings",
        source: "assumed",
        confidence: 3,
      }),
    );
    const planned = await ok(
      lea.client.post(`/api/v1/people/${max.userId}/conversations`, { scheduledAt: "2026-01-16T10:00:00Z" }),
      201,
    );
    const conversationId = (JSON.parse(planned.body) as { id: string }).id;
    await ok(
      max.client.post(`/api/v1/conversations/${conversationId}/talking-points`, {
        text: "MAX-POINT on-call",
      }),
      201,
    );
    await ok(
      lea.client.patch(`/api/v1/conversations/${conversationId}`, {
        sharedNotes: "SHARED-NOTE next steps",
        privateNotes: "LEA-PRIVATE-NOTE seemed tired",
        loop: { signal: "LEA-LOOP I find feedback hard" },
      }),
    );
    await ok(
      max.client.post("/api/v1/commitments", {
        leaderId: lea.userId,
        owner: "member",
        text: '=HYPERLINK("http://evil")',
        dueOn: "2026-01-20",
      }),
      201,
    );
    return { ...w, conversationId };
  }

  it("gives a member their own answers, history, talking points and commitments, and nobody else's", async () => {
    const { member: max } = await world();
    const { text, doc } = await exportOf(max.client);

    expect(doc.version).toBe(1);
    expect(doc.generatedAt).toBe("2026-01-15T09:20:00.000Z");
    expect(doc.account.user).toMatchObject({ id: max.userId, name: "Max", isAdmin: false });
    expect(doc.account.teams.map((team) => team.role)).toEqual(["member"]);
    expect(doc.answers.current.map((a) => [a.facetKey, a.value, a.visibility]).sort()).toEqual([
      ["deep-work-needs", "MAX-PRIVATE quiet mornings", "private"],
      ["drains", "MAX-LEADER-2 long status meetings", "leader"],
      ["energisers", "MAX-TEAM pairing", "team"],
    ]);
    // Every version of Max's own answers is there, the one replaced included.
    expect(text).toContain("MAX-LEADER status meetings");
    expect(doc.answers.history.map((v) => v.facetKey)).toContain("drains");

    const [conversation] = doc.conversations;
    expect(doc.conversations).toHaveLength(1);
    expect(conversation?.viewer).toBe("member");
    expect(conversation?.sharedNotes).toBe("SHARED-NOTE next steps");
    expect(conversation?.agenda.map((item) => [item.author, item.text])).toEqual([
      ["member", "MAX-POINT on-call"],
    ]);
    expect(doc.commitments.map((c) => c.text)).toEqual(['=HYPERLINK("http://evil")']);

    // Nothing of Tam's or Lea's answers, and none of the leader's private parts or beliefs.
    for (const planted of [
      "TAM-PRIVATE",
      "TAM-TEAM",
      "LEA-OWN",
      "LEA-BELIEF",
      "LEA-PRIVATE-NOTE",
      "LEA-LOOP",
    ]) {
      expect(text).not.toContain(planted);
    }
    expect(conversation).not.toHaveProperty("privateNotes");
    expect(conversation).not.toHaveProperty("loop");
    expect(doc.beliefs).toEqual([]);
    // No secret of the account: neither its password hash nor a session's id.
    const user = await t.ctx.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", max.userId)
      .executeTakeFirstOrThrow();
    const sessions = await t.ctx.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", max.userId)
      .execute();
    expect(sessions.length).toBeGreaterThan(0);
    for (const secret of [user.password_hash, ...sessions.map((row) => row.id)])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/passwordHash|password_hash|sessionId/);
  });

  it("gives a leader their beliefs and conversation notes and no member's answer", async () => {
    const { leader: lea, member: max } = await world();
    const { text, doc } = await exportOf(lea.client);

    expect(doc.beliefs).toEqual([
      expect.objectContaining({
        person: { id: max.userId, name: "Max" },
        facetKey: "drains",
        value: "LEA-BELIEF too many meetings",
        comparison: null,
      }),
    ]);
    const [conversation] = doc.conversations;
    expect(conversation?.viewer).toBe("leader");
    if (conversation?.viewer !== "leader") throw new Error("the leader's view");
    expect(conversation.privateNotes).toBe("LEA-PRIVATE-NOTE seemed tired");
    expect(conversation.loop.signal).toBe("LEA-LOOP I find feedback hard");
    expect(doc.answers.current.map((a) => a.value)).toEqual(["LEA-OWN clear goals"]);
    expect(doc.commitments.map((c) => c.person.name)).toEqual(["Max"]);

    // The talking point is part of the agenda the leader holds; no answer of anyone they lead is.
    expect(text).toContain("MAX-POINT on-call");
    for (const planted of ["MAX-PRIVATE", "MAX-LEADER", "MAX-TEAM", "TAM-PRIVATE", "TAM-TEAM"]) {
      expect(text).not.toContain(planted);
    }
    expect(doc.omitted.map((o) => o.section)).toEqual(["pulses", "members' answers", "secrets"]);
  });

  it("gives each table as CSV, a formula-like cell escaped", async () => {
    const { leader: lea, member: max } = await world();
    const commitments = await ok(max.client.get("/api/v1/me/export/commitments.csv"));
    expect(commitments.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(commitments.headers["content-disposition"]).toBe('attachment; filename="rapport-commitments.csv"');
    const rows = Papa.parse<string[]>(commitments.body.trim()).data;
    expect(rows[0]).toEqual([
      "leader",
      "person",
      "owner",
      "text",
      "dueOn",
      "status",
      "closedOn",
      "overdue",
      "createdAt",
    ]);
    expect(rows[1]?.[3]).toBe('\'=HYPERLINK("http://evil")');

    const answers = Papa.parse<string[]>(
      (await ok(max.client.get("/api/v1/me/export/answers.csv"))).body.trim(),
    ).data;
    expect(answers.map((row) => row[1])).toContain("MAX-PRIVATE quiet mornings");

    const conversations = (await ok(lea.client.get("/api/v1/me/export/conversations.csv"))).body;
    expect(conversations).toContain("LEA-PRIVATE-NOTE seemed tired");
    expect((await ok(max.client.get("/api/v1/me/export/conversations.csv"))).body).not.toContain(
      "LEA-PRIVATE-NOTE",
    );
    expect((await ok(lea.client.get("/api/v1/me/export/beliefs.csv"))).body).toContain("LEA-BELIEF");

    const unknown = await ok(max.client.get("/api/v1/me/export/pulses.csv"), 400);
    expect(unknown.body).toContain("dataset");
  });

  it("escapes every cell a spreadsheet would run, and only those", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["=1+1", "+2"],
        ["-3", "@SUM(A1)"],
        ["plain", "a=b"],
        [null, 4],
      ],
    );
    expect(csv).toBe(`a,b\r\n"'=1+1","'+2"\r\n"'-3","'@SUM(A1)"\r\nplain,a=b\r\n,4\r\n`);
  });

  it("refuses an API token and anyone signed out", async () => {
    const { member: max } = await world();
    const created = await ok(
      max.client.post("/api/v1/me/tokens", { name: "script", scopes: ["read"], expiresInDays: 30 }),
      201,
    );
    const { token: secret } = JSON.parse(created.body) as { token: string };
    const withToken = await t.app.inject({
      method: "GET",
      url: "/api/v1/me/export.json",
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(withToken.statusCode).toBe(403);
    expect(withToken.json()).toMatchObject({ error: { code: "session_required" } });
    expect(withToken.body).not.toContain("MAX-PRIVATE");
    const signedOut = await t.app.inject({ method: "GET", url: "/api/v1/me/export.json" });
    expect(signedOut.statusCode).toBe(401);
  });
});
