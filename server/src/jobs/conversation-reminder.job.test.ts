import { describe, expect, it } from "vitest";
import { ledTeam } from "../../test/factories";
import type { TestApp } from "../../test/harness";
import { planConversation } from "../../test/plan-conversation";
import { conversationReminderJob } from "./conversation-reminder.job";
import { mailJobSuite, mailSummary as summary } from "./mail-job.test-support";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The harness's clock starts here: Monday 2 November 2026, 09:00 UTC. */
const START = new Date("2026-11-02T09:00:00.000Z");
/** Tuesday, 10:30 UTC: 11:30 in Berlin, 05:30 in New York. */
const TOMORROW = "2026-11-03T10:30:00.000Z";

describe("the day-before reminder of a conversation", () => {
  const suite = mailJobSuite(conversationReminderJob);
  const start = async (databaseUrl?: string) => {
    const t = await suite.start(databaseUrl);
    t.clock.set(START);
    return t;
  };

  /** Lea leads Max and Tam; Lea is in Berlin, Max in New York, Tam in UTC. */
  async function team(t: TestApp) {
    const world = await ledTeam(t);
    await world.leader.client.patch("/api/v1/me", { timeZone: "Europe/Berlin" });
    await world.member.client.patch("/api/v1/me", { timeZone: "America/New_York" });
    // The invitations that built the team went by mail too.
    expect(summary(await suite.arrived()).map((m) => m.subject)).toContain(
      "You're invited to Platform on Rapport",
    );
    return world;
  }

  it("mails both, once, the day before, each at their own time of day", async () => {
    const t = await start();
    const { leader, member } = await team(t);
    const id = await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: TOMORROW,
      durationMinutes: 45,
    });
    // Every quarter of an hour through two days: the mails come in the hour whose window, a day
    // on, holds 10:30, the one that starts at 10:07 today, and never again.
    const sentAt: string[] = [];
    for (let step = 0; step < 8 * 24; step++) {
      const before = suite.waiting();
      await t.scheduler.tick();
      if (suite.waiting() > before) sentAt.push(t.clock.now().toISOString());
      t.clock.advance(15 * MINUTE);
    }
    expect(sentAt).toEqual(["2026-11-02T10:15:00.000Z"]);
    const mails = await suite.arrived();
    expect(summary(mails)).toEqual([
      { to: leader.email, subject: "Tomorrow: your 1:1 with Max" },
      { to: member.email, subject: "Tomorrow: your 1:1 with Lea" },
    ]);
    const toLeader = mails.find((m) => m.to[0] === leader.email)?.mail;
    const toMember = mails.find((m) => m.to[0] === member.email)?.mail;
    expect(toLeader?.from?.text).toBe('"Rapport" <rapport@example.test>');
    expect(toLeader?.text).toContain("Tuesday, 3 November 2026 at 11:30 (Europe/Berlin), for 45 minutes");
    expect(toMember?.text).toContain("Tuesday, 3 November 2026 at 05:30 (America/New_York), for 45 minutes");
    for (const mail of [toLeader, toMember])
      expect(mail?.text).toContain(`http://localhost:3000/conversations/${id}`);
  });

  it("leaves out whoever turned reminders off, and conversations held, cancelled or with someone no longer led", async () => {
    const t = await start();
    const { leader, member, teammate, otherLeader } = await team(t);
    await member.client.patch("/api/v1/me", { remindersEnabled: false });
    for (const [personId, status] of [
      [member.userId, "planned"],
      [teammate.userId, "held"],
      [teammate.userId, "cancelled"],
    ] as const)
      await planConversation(t, { leaderId: leader.userId, personId, scheduledAt: TOMORROW, status });
    // Olu leads another team, not Tam's.
    await planConversation(t, {
      leaderId: otherLeader.userId,
      personId: teammate.userId,
      scheduledAt: TOMORROW,
    });

    t.clock.set(new Date("2026-11-02T10:07:00.000Z"));
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(summary(await suite.arrived())).toEqual([
      { to: leader.email, subject: "Tomorrow: your 1:1 with Max" },
    ]);

    // Both off: the run succeeds and sends nothing.
    await leader.client.patch("/api/v1/me", { remindersEnabled: false });
    await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-11-03T11:30:00.000Z",
    });
    t.clock.advance(HOUR);
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(suite.waiting()).toBe(0);
  });

  it("sends nothing, and succeeds, when mail is not set up", async () => {
    const t = await suite.startWithoutMail();
    const { leader, member } = await ledTeam(t);
    await planConversation(t, { leaderId: leader.userId, personId: member.userId, scheduledAt: TOMORROW });
    t.clock.set(new Date("2026-11-02T10:07:00.000Z"));
    expect(t.ctx.mailer.enabled).toBe(false);
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(suite.waiting()).toBe(0);
  });

  it("mails each reminder once with two app instances on one database, ticking in turn and at once", async () => {
    const url = await suite.sharedDatabase();
    const a = await start(url);
    const b = await start(url);
    const { leader, member, teammate } = await team(a);
    // One conversation an hour from 10:30 to 15:30 tomorrow.
    for (let hour = 0; hour < 6; hour++) {
      await planConversation(a, {
        leaderId: leader.userId,
        personId: hour % 2 === 0 ? member.userId : teammate.userId,
        scheduledAt: new Date(Date.parse(TOMORROW) + hour * HOUR).toISOString(),
      });
    }
    // In turn for three hours (who looks first alternates), then at the same moment for four.
    for (let step = 0; step < 12; step++) {
      const order = Math.floor(step / 4) % 2 === 0 ? [a, b] : [b, a];
      for (const app of order) await app.scheduler.tick();
      for (const app of [a, b]) app.clock.advance(15 * MINUTE);
    }
    // 12:10, a period neither has seen yet.
    for (const app of [a, b]) app.clock.advance(10 * MINUTE);
    for (let hour = 0; hour < 4; hour++) {
      const outcomes = (await Promise.all([a.scheduler.tick(), b.scheduler.tick()])).flat();
      expect(outcomes.map((o) => o.outcome).sort(), `hour ${hour}`).toEqual(["succeeded", "taken"]);
      for (const app of [a, b]) app.clock.advance(HOUR);
    }
    const mails = await suite.arrived();
    const times = mails.map(
      ({ to, mail }) => `${to.join(",")} ${/on (.*?), for/.exec(mail.text ?? "")?.[1]}`,
    );
    expect(new Set(times).size).toBe(times.length);
    expect(mails).toHaveLength(12);
    expect(mails.filter((m) => m.to[0] === leader.email)).toHaveLength(6);
    expect(mails.filter((m) => m.to[0] === member.email)).toHaveLength(3);
    expect(mails.filter((m) => m.to[0] === teammate.email)).toHaveLength(3);
  });
});
