import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Practice } from "#contracts/practice";
import { ledTeam, signIn } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

describe("GET /me/practice", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-03-02T09:00:00Z"));
  });
  afterEach(() => t.close());

  const ok = async (response: Promise<{ statusCode: number; body: string }>, status = 200) => {
    const { statusCode, body } = await response;
    expect(statusCode, body).toBe(status);
    return JSON.parse(body);
  };
  const practiceOf = async (client: Client, query = ""): Promise<Practice> =>
    ok(client.get(`/api/v1/me/practice${query}`));

  it("gives the leader their own figures by month in their time zone, counts only, nothing of the member's", async () => {
    const { leader: lea, member: max, teammate: tam } = await ledTeam(t);
    // A conversation held late on the last day of February in UTC: already March in Berlin.
    t.clock.set(new Date("2026-02-27T09:00:00Z"));
    const leaClient = await signIn(t, lea.email);
    const planned = await ok(
      leaClient.post(`/api/v1/people/${max.userId}/conversations`, {
        scheduledAt: "2026-02-28T23:30:00Z",
        agenda: [
          { kind: "question", text: "What would make next week easier for you?" },
          { kind: "question", text: "Is the project going well?" },
          { kind: "question", text: "How do you like to get feedback?" },
        ],
      }),
      201,
    );
    const maxClient = await signIn(t, max.email);
    const point = await maxClient.post(`/api/v1/conversations/${planned.id}/talking-points`, {
      text: "MAX-TALKING-POINT-91",
    });
    expect(point.statusCode, point.body).toBeLessThan(300);
    const asked = (planned.agenda as { id: string; text: string }[]).slice(0, 2).map((item) => item.id);
    // Logged as held twenty minutes after it began.
    t.clock.set(new Date("2026-02-28T23:50:00Z"));
    const leaLater = await signIn(t, lea.email);
    await ok(
      leaLater.patch(`/api/v1/conversations/${planned.id}`, {
        status: "held",
        covered: asked,
        sharedNotes: "MAX-SHARED-NOTE-17",
        loop: { signal: "I shared a mistake of mine", signalAt: "2026-02-28T23:40:00Z" },
        listeningCheck: {
          items: { interrupted: false, paraphrased: true, named_feeling: false },
          talkShare: 70,
        },
      }),
    );
    // Lea's own commitment, kept; one to Tam, late; Max's own, which does not count.
    const kept = await ok(
      leaLater.post("/api/v1/commitments", {
        personId: max.userId,
        owner: "leader",
        text: "Send the plan",
        dueOn: "2026-03-01",
      }),
      201,
    );
    const late = await ok(
      leaLater.post("/api/v1/commitments", {
        personId: tam.userId,
        owner: "leader",
        text: "Book the room",
        dueOn: "2026-02-28",
      }),
      201,
    );
    await ok(
      max.client.post("/api/v1/commitments", {
        leaderId: lea.userId,
        owner: "member",
        text: "Write it up",
        dueOn: "2026-02-28",
      }),
      201,
    );
    t.clock.set(new Date("2026-03-02T09:00:00Z"));
    const [leaNow, maxNow] = [await signIn(t, lea.email), await signIn(t, max.email)];
    await ok(leaNow.patch(`/api/v1/commitments/${kept.id}`, { status: "done", closedOn: "2026-03-01" }));
    await ok(leaNow.patch(`/api/v1/commitments/${late.id}`, { status: "done", closedOn: "2026-03-02" }));

    const utc = await practiceOf(leaNow);
    expect(utc.timeZone).toBe("UTC");
    expect(utc.peopleLed).toBe(2);
    expect(utc.months.map((m) => m.month)).toEqual([
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(utc.months[4]).toEqual({
      month: "2026-02",
      conversationsHeld: 1,
      conversationsPerPerson: 0.5,
      questionsAsked: 2,
      openQuestions: 1,
      openQuestionShare: 0.5,
      loopsStarted: 1,
      loopsClosed: 0,
      selfChecks: 1,
      checklistAverage: 2 / 3,
      talkShares: 1,
      talkShareAverage: 70,
      // Booking the room was due on 28 February and done on 2 March: late.
      commitmentsDue: 1,
      commitmentsKept: 0,
      commitmentsKeptShare: 0,
    });
    expect(utc.months[5]).toMatchObject({
      month: "2026-03",
      conversationsHeld: 0,
      commitmentsDue: 1,
      commitmentsKept: 1,
    });
    expect(utc.reliability).toEqual({ due: 2, kept: 1, share: 0.5 });
    // No name, no words of the member's, no notes: counts and shares only.
    const body = (await leaNow.get("/api/v1/me/practice")).body;
    for (const secret of [
      "Max",
      "Tam",
      "MAX-SHARED-NOTE-17",
      "MAX-TALKING-POINT-91",
      "feedback",
      "Send the plan",
    ])
      expect(body).not.toContain(secret);

    // In Berlin the conversation and the loop fall in March.
    await ok(leaNow.patch("/api/v1/me", { timeZone: "Europe/Berlin" }));
    const berlin = await practiceOf(leaNow, "?months=12");
    expect(berlin.timeZone).toBe("Europe/Berlin");
    expect(berlin.months).toHaveLength(12);
    expect(berlin.months.at(-2)).toMatchObject({ month: "2026-02", conversationsHeld: 0, loopsStarted: 0 });
    expect(berlin.months.at(-1)).toMatchObject({ month: "2026-03", conversationsHeld: 1, loopsStarted: 1 });

    // The member leads nobody: their figures are zeros, and never their leader's.
    const mine = await practiceOf(maxNow);
    expect(mine.peopleLed).toBe(0);
    expect(mine.reliability).toEqual({ due: 0, kept: 0, share: null });
    for (const month of mine.months)
      expect(month).toMatchObject({ conversationsHeld: 0, conversationsPerPerson: null, commitmentsDue: 0 });
  });

  it("refuses a number of months other than 6 or 12, naming months", async () => {
    const { leader } = await ledTeam(t);
    const response = await leader.client.get("/api/v1/me/practice?months=3");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe("months");
  });
});
