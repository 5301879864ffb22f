import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ledTeam } from "../../../test/factories";
import { Client, startTestApp, type TestApp } from "../../../test/harness";
import { planConversation } from "../../../test/plan-conversation";
import { tokenDigest } from "../../lib/tokens";

/** The feed as a real iCalendar library reads it, with its time zones registered so instants resolve. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return {
    timeZone: calendar.getFirstPropertyValue("x-wr-timezone"),
    zones: calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid")),
    events: events.map((event) => ({
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid,
      localStart: event.startDate.toString(),
      minutes: event.duration.toSeconds() / 60,
      url: event.component.getFirstPropertyValue("url"),
      description: event.description,
    })),
  };
}

const secretOf = (url: string) => /\/api\/v1\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)?.[1] ?? "";

describe("a person's calendar feed", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const fetchFeed = (url: string) => new Client(t.app).get(new URL(url).pathname);

  it("lists the conversations still planned, as leader, at their instants in the leader's time zone, and nothing of their notes", async () => {
    const { leader, member, teammate, otherLeader } = await ledTeam(t);
    expect((await leader.client.patch("/api/v1/me", { timeZone: "Europe/Berlin" })).statusCode).toBe(200);
    const withMax = await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-11-03T09:00:00.000Z",
      durationMinutes: 45,
      sharedNotes: "Shared words for the two of them",
      privateNotes: "Private words for the leader",
    });
    // Summer time in Berlin: the same wall clock is another instant.
    const withTam = await planConversation(t, {
      leaderId: leader.userId,
      personId: teammate.userId,
      scheduledAt: "2027-06-01T14:30:00.000Z",
      status: "planned",
    });
    // Held, cancelled, or planned long ago, and someone else's: none of them is in this feed.
    await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-10-27T09:00:00.000Z",
      status: "held",
    });
    await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-11-05T09:00:00.000Z",
      status: "cancelled",
    });
    await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-06-01T09:00:00.000Z",
    });
    await planConversation(t, {
      leaderId: otherLeader.userId,
      personId: member.userId,
      scheduledAt: "2026-11-04T09:00:00.000Z",
    });
    expect((await leader.client.get("/api/v1/me/calendar-feed")).json()).toEqual({ feed: null });

    const made = await leader.client.post("/api/v1/me/calendar-feed");
    expect(made.statusCode).toBe(201);
    const { url, createdAt } = made.json() as { url: string; createdAt: string };
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(createdAt).toBe(t.clock.now().toISOString());

    const response = await fetchFeed(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.body).not.toContain("Shared words");
    expect(response.body).not.toContain("Private words");
    expect(response.body).not.toContain(otherLeader.userId);
    const feed = parseFeed(response.body);
    expect(feed.timeZone).toBe("Europe/Berlin");
    expect(feed.zones).toEqual(["Europe/Berlin"]);
    expect(feed.events).toEqual([
      {
        uid: `conversation-${withMax}@localhost`,
        summary: "1:1 with Max",
        start: "2026-11-03T09:00:00.000Z",
        startZone: "Europe/Berlin",
        localStart: "2026-11-03T10:00:00",
        minutes: 45,
        url: `http://localhost:3000/conversations/${withMax}`,
        description: `The agenda and notes are in Rapport: http://localhost:3000/conversations/${withMax}`,
      },
      expect.objectContaining({
        uid: `conversation-${withTam}@localhost`,
        summary: "1:1 with Tam",
        start: "2027-06-01T14:30:00.000Z",
        localStart: "2027-06-01T16:30:00",
      }),
    ]);
  });

  it("shows the member their side, in their own time zone", async () => {
    const { leader, member } = await ledTeam(t);
    await member.client.patch("/api/v1/me", { timeZone: "America/New_York" });
    const id = await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-11-03T09:00:00.000Z",
    });
    const { url } = (await member.client.post("/api/v1/me/calendar-feed")).json() as { url: string };
    const feed = parseFeed((await fetchFeed(url)).body);
    expect(feed.timeZone).toBe("America/New_York");
    expect(feed.events).toEqual([
      expect.objectContaining({
        uid: `conversation-${id}@localhost`,
        summary: "1:1 with Lea",
        start: "2026-11-03T09:00:00.000Z",
        startZone: "America/New_York",
        localStart: "2026-11-03T04:00:00",
      }),
    ]);
  });

  it("writes UTC instants for someone in UTC", async () => {
    const { leader, member } = await ledTeam(t);
    await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-11-03T09:00:00.000Z",
    });
    const { url } = (await member.client.post("/api/v1/me/calendar-feed")).json() as { url: string };
    const response = await fetchFeed(url);
    expect(response.body).toContain("DTSTART:20261103T090000Z");
    const feed = parseFeed(response.body);
    expect(feed.timeZone).toBe("UTC");
    expect(feed.events.map((event) => [event.start, event.startZone])).toEqual([
      ["2026-11-03T09:00:00.000Z", "UTC"],
    ]);
  });

  it("keeps only an HMAC of the secret; a new URL stops the old one, and deleting stops both", async () => {
    const { member } = await ledTeam(t);
    const first = (await member.client.post("/api/v1/me/calendar-feed")).json() as { url: string };
    const stored = await t.ctx.db.selectFrom("calendar_feeds").selectAll().execute();
    expect(stored).toEqual([
      {
        user_id: member.userId,
        secret_hash: tokenDigest(t.ctx.config.sessionSecret, `calendar-feed:${secretOf(first.url)}`),
        created_at: t.clock.now().toISOString(),
      },
    ]);
    expect((await fetchFeed(first.url)).statusCode).toBe(200);

    t.clock.advance(60_000);
    const second = (await member.client.post("/api/v1/me/calendar-feed")).json() as { url: string };
    expect(second.url).not.toBe(first.url);
    const shown = await member.client.get("/api/v1/me/calendar-feed");
    expect(shown.json()).toEqual({ feed: { createdAt: t.clock.now().toISOString() } });
    expect(shown.body).not.toContain(secretOf(second.url));
    const old = await fetchFeed(first.url);
    expect(old.statusCode).toBe(404);
    expect(old.json().error.code).toBe("not_found");
    expect((await fetchFeed(second.url)).statusCode).toBe(200);

    expect((await member.client.delete("/api/v1/me/calendar-feed")).statusCode).toBe(200);
    expect((await fetchFeed(second.url)).statusCode).toBe(404);
    expect((await member.client.get("/api/v1/me/calendar-feed")).json()).toEqual({ feed: null });
    // Deleting twice is harmless.
    expect((await member.client.delete("/api/v1/me/calendar-feed")).statusCode).toBe(200);
  });

  it("closes a deactivated person's feed, and leaves out conversations with people no longer led", async () => {
    const { admin, teamId, leader, member } = await ledTeam(t);
    await planConversation(t, {
      leaderId: leader.userId,
      personId: member.userId,
      scheduledAt: "2026-11-03T09:00:00.000Z",
    });
    const leaderFeed = (await leader.client.post("/api/v1/me/calendar-feed")).json() as { url: string };
    const memberFeed = (await member.client.post("/api/v1/me/calendar-feed")).json() as { url: string };
    expect(parseFeed((await fetchFeed(leaderFeed.url)).body).events).toHaveLength(1);

    const removed = await admin.delete(`/api/v1/teams/${teamId}/members/${member.userId}`);
    expect(removed.statusCode).toBe(200);
    expect(parseFeed((await fetchFeed(leaderFeed.url)).body).events).toEqual([]);
    expect(parseFeed((await fetchFeed(memberFeed.url)).body).events).toEqual([]);

    const deactivated = await admin.post(`/api/v1/users/${leader.userId}/deactivate`);
    expect(deactivated.statusCode).toBe(200);
    expect((await fetchFeed(leaderFeed.url)).statusCode).toBe(404);
  });
});
