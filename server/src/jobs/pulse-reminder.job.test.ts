import { describe, expect, it } from "vitest";
import { PULSE_ITEMS } from "#core/instruments/pulse";
import { ledTeam } from "../../test/factories";
import type { Client, TestApp } from "../../test/harness";
import { mailJobSuite, mailSummary as summary } from "./mail-job.test-support";
import { pulseReminderJob } from "./pulse-reminder.job";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 2 November 2026, 08:00 UTC: an hour before the reminders go. */
const START = new Date("2026-11-02T08:00:00.000Z");

const answers = Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, 5]));

describe("the reminder of an open trust pulse", () => {
  const suite = mailJobSuite(pulseReminderJob);
  const start = async (databaseUrl?: string) => {
    const t = await suite.start(databaseUrl);
    t.clock.set(START);
    // Yesterday's period, the latest begun, runs at the first tick: take it before any round opens.
    await t.scheduler.tick();
    return t;
  };

  /** Lea leads Max and Tam on Platform; Olu leads Other. The invitations' mails are taken. */
  async function team(t: TestApp) {
    const world = await ledTeam(t);
    await suite.arrived();
    return world;
  }

  const open = async (client: Client, teamId: string, closesOn: string) => {
    const response = await client.post(`/api/v1/teams/${teamId}/pulses`, { closesOn });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const answer = async (client: Client, pulseId: string) => {
    const response = await client.post(`/api/v1/pulses/${pulseId}/responses`, { answers });
    expect(response.statusCode, response.body).toBe(201);
  };

  it("mails each member who has not answered, once a day at nine, until the round closes", async () => {
    const t = await start();
    const { teamId, leader, member, teammate } = await team(t);
    const id = await open(leader.client, teamId, "2026-11-03");

    // Every half hour for four days: the mails come at 09:00 on the round's two open days only.
    const sent: string[] = [];
    for (let step = 0; step < 4 * 48; step++) {
      if (t.clock.now().toISOString() === "2026-11-02T12:00:00.000Z") await answer(member.client, id);
      await t.scheduler.tick();
      for (const { to, mail } of await suite.arrived())
        sent.push(`${t.clock.now().toISOString()} ${to.join(",")} ${mail.subject}`);
      t.clock.advance(30 * MINUTE);
    }
    const subject = "Platform: the trust pulse is open until Tuesday, 3 November 2026";
    expect(sent.sort()).toEqual([
      ...[
        `2026-11-02T09:00:00.000Z ${member.email} ${subject}`,
        `2026-11-02T09:00:00.000Z ${teammate.email} ${subject}`,
      ].sort(),
      `2026-11-03T09:00:00.000Z ${teammate.email} ${subject}`,
    ]);
  });

  it("says the same to everyone in one time zone and every day, naming nobody and counting nothing", async () => {
    const t = await start();
    const { teamId, leader, member, teammate, otherLeader } = await team(t);
    const id = await open(leader.client, teamId, "2026-11-10");

    t.clock.set(new Date("2026-11-02T09:00:00.000Z"));
    await t.scheduler.tick();
    const first = await suite.arrived();
    expect(first.map(({ to }) => to)).toEqual(expect.arrayContaining([[member.email], [teammate.email]]));
    expect(first).toHaveLength(2);
    const [one, two] = first.map(({ mail }) => mail);
    expect(one?.text).toBe(two?.text);
    expect(one?.subject).toBe(two?.subject);
    for (const { mail } of first) expect(mail.cc).toBeUndefined();

    // Max answers; Tam's next reminder is word for word the one both had before.
    await answer(member.client, id);
    t.clock.advance(DAY);
    await t.scheduler.tick();
    const second = await suite.arrived();
    expect(summary(second)).toEqual([{ to: teammate.email, subject: one?.subject }]);
    expect(second[0]?.mail.text).toBe(one?.text);

    const text = one?.text ?? "";
    for (const name of ["Max", "Tam", "Lea", "Olu", member.email, teammate.email, otherLeader.email])
      expect(text).not.toContain(name);
    expect(text).toContain("Platform has a trust pulse open");
    expect(text).toContain("It takes answers until Wednesday, 11 November 2026 at 00:00 (UTC):");
    expect(text).toContain(`http://localhost:3000/pulses/${id}`);
    expect(text).not.toMatch(/\b(answered|responses?)\b.*\d/i);
  });

  it("gives the moment the round stops taking answers in each person's own time zone", async () => {
    const t = await start();
    const { teamId, leader, member, teammate } = await team(t);
    await member.client.patch("/api/v1/me", { timeZone: "America/New_York" });
    await teammate.client.patch("/api/v1/me", { timeZone: "Asia/Tokyo" });
    await open(leader.client, teamId, "2026-11-10");
    t.clock.set(new Date("2026-11-02T09:00:00.000Z"));
    await t.scheduler.tick();
    const mails = await suite.arrived();
    const textTo = (email: string) => mails.find(({ to }) => to[0] === email)?.mail.text;
    expect(textTo(member.email)).toContain(
      "It takes answers until Tuesday, 10 November 2026 at 19:00 (America/New_York):",
    );
    expect(textTo(teammate.email)).toContain(
      "It takes answers until Wednesday, 11 November 2026 at 09:00 (Asia/Tokyo):",
    );
  });

  it("leaves out the team's leaders, other teams, whoever turned reminders off, and closed rounds", async () => {
    const t = await start();
    const { teamId, leader, member, teammate, otherLeader } = await team(t);
    await member.client.patch("/api/v1/me", { remindersEnabled: false });
    // A round closed by hand before nine (a team has one round open at a time).
    const closed = await open(leader.client, teamId, "2026-11-21");
    expect((await leader.client.post(`/api/v1/pulses/${closed}/close`)).statusCode).toBe(200);
    await open(leader.client, teamId, "2026-11-20");
    // Olu's team has only its leader; a round there reminds nobody.
    const { id: otherTeam } = await t.ctx.db
      .selectFrom("teams")
      .select("id")
      .where("name", "=", "Other")
      .executeTakeFirstOrThrow();
    await open(otherLeader.client, otherTeam, "2026-11-20");

    t.clock.set(new Date("2026-11-02T09:00:00.000Z"));
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(summary(await suite.arrived())).toEqual([
      { to: teammate.email, subject: "Platform: the trust pulse is open until Friday, 20 November 2026" },
    ]);

    await teammate.client.patch("/api/v1/me", { remindersEnabled: false });
    t.clock.advance(DAY);
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(suite.waiting()).toBe(0);
  });

  it("sends nothing, and succeeds, when mail is not set up", async () => {
    const t = await suite.startWithoutMail();
    t.clock.set(START);
    await t.scheduler.tick();
    const { teamId, leader } = await ledTeam(t);
    await open(leader.client, teamId, "2026-11-10");
    t.clock.set(new Date("2026-11-02T09:00:00.000Z"));
    expect(t.ctx.mailer.enabled).toBe(false);
    expect((await t.scheduler.tick()).map((o) => o.outcome)).toEqual(["succeeded"]);
    expect(suite.waiting()).toBe(0);
  });

  it("mails each reminder once with two app instances on one database ticking at the same moment", async () => {
    const url = await suite.sharedDatabase();
    const a = await start(url);
    const b = await start(url);
    const { teamId, leader, member, teammate } = await team(a);
    await open(leader.client, teamId, "2026-11-10");
    for (let day = 0; day < 3; day++) {
      for (const app of [a, b]) app.clock.set(new Date(Date.parse("2026-11-02T09:00:00.000Z") + day * DAY));
      const outcomes = (await Promise.all([a.scheduler.tick(), b.scheduler.tick()])).flat();
      expect(outcomes.map((o) => o.outcome).sort(), `day ${day}`).toEqual(["succeeded", "taken"]);
    }
    const mails = await suite.arrived();
    expect(mails.filter(({ to }) => to[0] === member.email)).toHaveLength(3);
    expect(mails.filter(({ to }) => to[0] === teammate.email)).toHaveLength(3);
    expect(mails).toHaveLength(6);
  });
});
