import { describe, expect, it } from "vitest";
import { ledTeam, signIn } from "../../test/factories";
import type { Client, TestApp } from "../../test/harness";
import { catalogue } from "../modules/answers/answer.test-support";
import { leaderDigestJob } from "./leader-digest.job";
import { mailJobSuite } from "./mail-job.test-support";

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
/** Monday 2 November 2026, 09:00 UTC: three hours into the week's digest period. */
const MONDAY = new Date("2026-11-02T09:00:00.000Z");
const SUBJECT = "This week in Rapport: what is waiting for you";
const ANSWER_WORDS = "Mornings, before the stand-up, are when I think best";
const LOOP_WORDS = "I told them my first review as a lead went badly";

describe("the leader's weekly digest", () => {
  const suite = mailJobSuite(leaderDigestJob);
  const start = (databaseUrl?: string) => suite.start(databaseUrl);

  const commit = async (
    leader: Client,
    personId: string,
    owner: "leader" | "member",
    text: string,
    dueOn: string,
  ) => {
    const made = await leader.post("/api/v1/commitments", { personId, owner, text, dueOn });
    expect(made.statusCode, made.body).toBe(201);
    return (made.json() as { id: string }).id;
  };

  /**
   * Lea leads Max and Tam. Made a fortnight before Monday: commitments overdue by then, one due
   * that week, one due later, one kept; and Max's answer, shared with his leader, that Lea has not
   * looked at.
   */
  async function world(t: TestApp) {
    for (const app of suite.apps) app.clock.set(new Date(MONDAY.getTime() - 14 * DAY));
    const team = await ledTeam(t);
    const { leader, member, teammate } = team;
    await leader.client.patch("/api/v1/me", { timeZone: "Europe/Berlin" });
    await commit(leader.client, member.userId, "leader", "Send Max the notes from the offsite", "2026-10-30");
    await commit(leader.client, teammate.userId, "member", "Draft the hiring plan", "2026-11-04");
    await commit(leader.client, member.userId, "leader", "Book the training", "2026-11-30");
    const kept = await commit(leader.client, teammate.userId, "leader", "Share the budget", "2026-10-28");
    expect((await leader.client.patch(`/api/v1/commitments/${kept}`, { status: "done" })).statusCode).toBe(
      200,
    );
    // Tam is to be seen weekly and nothing is planned; with Max, a conversation held a day
    // earlier in which Lea shared first and nothing came back.
    const cadence = await leader.client.put(`/api/v1/people/${teammate.userId}/cadence`, {
      rhythm: "weekly",
    });
    expect(cadence.statusCode, cadence.body).toBe(200);
    const dayBefore = new Date(MONDAY.getTime() - 15 * DAY).toISOString();
    const planned = await leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
      scheduledAt: dayBefore,
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const conversationId = (planned.json() as { id: string }).id;
    const held = await leader.client.patch(`/api/v1/conversations/${conversationId}`, {
      status: "held",
      loop: { signal: LOOP_WORDS, signalAt: dayBefore },
    });
    expect(held.statusCode, held.body).toBe(200);
    const facet = (await catalogue(member.client)).find((f) => f.kind === "text");
    if (!facet) throw new Error("No text facet in the catalogue.");
    const answered = await member.client.put(`/api/v1/me/answers/${facet.id}`, {
      value: ANSWER_WORDS,
      visibility: "leader",
    });
    expect(answered.statusCode).toBe(200);
    const title = (await member.client.get("/api/v1/facets"))
      .json()
      .facets.find((f: { id: string }) => f.id === facet.id).title as string;
    // The invitations that built the team went by mail too.
    await suite.arrived();
    for (const app of suite.apps) app.clock.set(MONDAY);
    return { ...team, facetTitle: title, conversationId };
  }

  it("mails each leader once a week what is waiting: people overdue by cadence, open loops, overdue and coming commitments, answers sealed, never their words", async () => {
    const t = await start();
    const { leader, member, teammate, otherLeader, facetTitle, conversationId } = await world(t);
    const sentAt: string[] = [];
    // Every six hours through eight days: this Monday's period and next Monday's, once each.
    for (let step = 0; step <= 32; step++) {
      const before = suite.waiting();
      await t.scheduler.tick();
      if (suite.waiting() > before) sentAt.push(t.clock.now().toISOString());
      t.clock.advance(6 * HOUR);
    }
    expect(sentAt).toEqual(["2026-11-02T09:00:00.000Z", "2026-11-09T09:00:00.000Z"]);
    const mails = await suite.arrived();
    // Olu leads a team with nobody waiting on him: no mail for an empty digest.
    expect(mails.map((m) => [m.to, m.mail.subject])).toEqual([
      [[leader.email], SUBJECT],
      [[leader.email], SUBJECT],
    ]);
    expect(mails.some((m) => m.to.includes(otherLeader.email))).toBe(false);
    const text = mails[0]?.mail.text ?? "";
    expect(text).toContain(
      'Commitments overdue:\n- Max: "Send Max the notes from the offsite" (yours), due Friday, 30 October 2026',
    );
    expect(text).toContain(
      'Commitments due in the coming week:\n- Tam: "Draft the hiring plan" (theirs), due Wednesday, 4 November 2026',
    );
    expect(text).toContain(
      `Answers waiting for your guess (write down what you think, then look):\n- Max: ${facetTitle} (http://localhost:3000/people/${member.userId})`,
    );
    expect(text).toContain(
      `Overdue for a conversation, by the rhythm you set:\n- Tam: due Monday, 26 October 2026 (http://localhost:3000/people/${teammate.userId})`,
    );
    expect(text).toContain(
      `Vulnerability loops open for more than 14 days (you shared first; did they answer in kind?):\n- Max: since Sunday, 18 October 2026 (http://localhost:3000/conversations/${conversationId})`,
    );
    expect(text).not.toContain(LOOP_WORDS);
    expect(text).not.toContain("Book the training");
    expect(text).not.toContain("Share the budget");
    expect(text).not.toContain(ANSWER_WORDS);
  });

  it("sends none to a leader who turned it off, and none without mail set up", async () => {
    const t = await start();
    const { leader } = await world(t);
    // Two weeks on, a fresh session.
    const lea = await signIn(t, leader.email);
    expect((await lea.patch("/api/v1/me", { digestEnabled: false })).statusCode).toBe(200);
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(suite.waiting()).toBe(0);

    const quiet = await suite.startWithoutMail();
    const team = await ledTeam(quiet);
    quiet.clock.set(MONDAY);
    await team.leader.client.post("/api/v1/commitments", {
      personId: team.member.userId,
      owner: "leader",
      text: "Something due",
      dueOn: "2026-11-03",
    });
    expect(quiet.ctx.mailer.enabled).toBe(false);
    expect((await quiet.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(suite.waiting()).toBe(0);
  });

  it("mails each digest once a week with two app instances on one database, ticking in turn and at once", async () => {
    const url = await suite.sharedDatabase();
    const a = await start(url);
    const b = await start(url);
    const { leader } = await world(a);
    // In turn through the first week, who looks first changing each day…
    for (let step = 0; step < 7 * 4; step++) {
      const order = Math.floor(step / 4) % 2 === 0 ? [a, b] : [b, a];
      for (const app of order) await app.scheduler.tick();
      for (const app of [a, b]) app.clock.advance(6 * HOUR);
    }
    // …then at the same moment on the next two Mondays.
    for (let week = 0; week < 2; week++) {
      const outcomes = (await Promise.all([a.scheduler.tick(), b.scheduler.tick()])).flat();
      expect(outcomes.map((o) => o.outcome).sort(), `week ${week}`).toEqual(["succeeded", "taken"]);
      for (const app of [a, b]) app.clock.advance(7 * DAY);
    }
    const mails = await suite.arrived();
    expect(mails.map((m) => m.to)).toEqual([[leader.email], [leader.email], [leader.email]]);
  });
});
