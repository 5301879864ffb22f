import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Home } from "#contracts/home";
import type { PulseDetail, PulseResults, PulseRound, PulseTrend } from "#contracts/pulses";
import { PULSE_ITEMS } from "#core/instruments/pulse";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { type Client, startTestApp, type TestApp, testDatabaseKind } from "../../../test/harness";

const TODAY = "2026-03-10";

/** Every item answered `value`. */
const all = (value: number) => Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, value]));

describe("trust pulse", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date(`${TODAY}T09:00:00Z`));
  });
  afterEach(() => t.close());

  /**
   * Platform: Lea leads `count` members (Ann, Ben, Cat, …); Guild: Olu leads Ora. The admin is on
   * neither team.
   */
  async function world(count = 7) {
    const { admin, adminId } = await setupWorkspace(t);
    const platform = await createTeam(admin, "Platform");
    const lea = await joinTeam(t, admin, platform, "leader", "Lea");
    const members: Awaited<ReturnType<typeof joinTeam>>[] = [];
    const names = ["Ann", "Ben", "Cat", "Dan", "Eve", "Fay", "Gus", "Hal", "Ida", "Jon", "Kim"];
    for (const name of names.slice(0, count))
      members.push(await joinTeam(t, admin, platform, "member", name));
    const guild = await createTeam(admin, "Guild");
    const olu = await joinTeam(t, admin, guild, "leader", "Olu");
    const ora = await joinTeam(t, admin, guild, "member", "Ora");
    await t.ctx.db.deleteFrom("team_memberships").where("user_id", "=", adminId).execute();
    return { admin, platform, guild, lea, members, olu, ora };
  }

  /** Opens a round, a minute after whatever happened before. */
  const open = async (client: Client, teamId: string, closesOn = "2026-03-20") => {
    t.clock.advance(60_000);
    const response = await client.post(`/api/v1/teams/${teamId}/pulses`, { closesOn });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as PulseRound;
  };
  const answer = async (client: Client, pulseId: string, value = 5, comment?: string) => {
    const response = await client.post(`/api/v1/pulses/${pulseId}/responses`, {
      answers: all(value),
      ...(comment !== undefined && { comment }),
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const close = async (client: Client, pulseId: string) => {
    const response = await client.post(`/api/v1/pulses/${pulseId}/close`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as PulseRound;
  };
  const results = async (client: Client, pulseId: string, query = "") => {
    const response = await client.get(`/api/v1/pulses/${pulseId}/results${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as PulseResults;
  };
  const fieldOf = (body: string) =>
    (JSON.parse(body) as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map(
      (f) => f.path,
    );
  const stored = async () => ({
    responses: (await t.ctx.db.selectFrom("pulse_responses").selectAll().execute()).length,
    participations: (await t.ctx.db.selectFrom("pulse_participations").selectAll().execute()).length,
  });

  it("opens a round for a leader of the team or an admin, closing after today and within 60 days", async () => {
    const { admin, platform, guild, lea, members, olu } = await world();
    for (const [closesOn, why] of [
      [TODAY, "must be after today"],
      ["2026-03-09", "must be after today"],
      ["2026-05-10", "must be on or before 2026-05-09"],
      ["2026-02-30", "must be a date, YYYY-MM-DD"],
    ] as const) {
      const response = await lea.client.post(`/api/v1/teams/${platform}/pulses`, { closesOn });
      expect(response.statusCode, closesOn).toBe(400);
      expect(fieldOf(response.body)).toEqual(["closesOn"]);
      expect(response.body).toContain(why);
    }
    expect(
      (await members[0]?.client.post(`/api/v1/teams/${platform}/pulses`, { closesOn: "2026-03-20" }))
        ?.statusCode,
    ).toBe(403);
    expect(
      (await olu.client.post(`/api/v1/teams/${platform}/pulses`, { closesOn: "2026-03-20" })).statusCode,
    ).toBe(404);
    const round = await open(lea.client, platform, "2026-05-09");
    expect(round).toEqual({
      id: round.id,
      teamId: platform,
      teamName: "Platform",
      openedOn: TODAY,
      closesOn: "2026-05-09",
      closedOn: null,
      status: "open",
      answered: false,
    });
    const again = await admin.post(`/api/v1/teams/${platform}/pulses`, { closesOn: "2026-03-20" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("pulse_already_open");
    expect((await open(admin, guild)).teamName).toBe("Guild");
  });

  it("shows the round and its items to the team's people and admins; 404 to another team", async () => {
    const { admin, platform, lea, members, olu, ora } = await world();
    const round = await open(lea.client, platform);
    for (const client of [lea.client, members[0]?.client, admin] as Client[]) {
      const response = await client.get(`/api/v1/pulses/${round.id}`);
      expect(response.statusCode).toBe(200);
      const detail = response.json() as PulseDetail;
      expect(detail.items.map((i) => i.id)).toEqual(PULSE_ITEMS.map((i) => i.id));
      expect(detail.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(detail.round.answered).toBe(false);
      expect(detail.thresholds).toEqual({ scores: 3, comments: 5 });
    }
    for (const client of [olu.client, ora.client]) {
      expect((await client.get(`/api/v1/pulses/${round.id}`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/teams/${platform}/pulses`)).statusCode).toBe(404);
      expect(
        (await client.post(`/api/v1/pulses/${round.id}/responses`, { answers: all(4) })).statusCode,
      ).toBe(404);
      expect((await client.post(`/api/v1/pulses/${round.id}/close`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/pulses/${round.id}/results`)).statusCode).toBe(404);
    }
  });

  it("takes each member's answers once, every item 1–7, and nothing from the team's leaders", async () => {
    const { admin, platform, lea, members } = await world();
    const ann = members[0]?.client as Client;
    const round = await open(lea.client, platform);
    const url = `/api/v1/pulses/${round.id}/responses`;
    const { p3: _left, ...missing } = all(4);
    for (const [answers, field] of [
      [missing, "answers.p3"],
      [{ ...all(4), p3: 8 }, "answers.p3"],
      [{ ...all(4), p5: 0 }, "answers.p5"],
      [{ ...all(4), p2: 2.5 }, "answers.p2"],
      [{ ...all(4), p9: "4" }, "answers.p9"],
    ] as const) {
      const response = await ann.post(url, { answers });
      expect(response.statusCode).toBe(400);
      expect(fieldOf(response.body)).toContain(field);
    }
    const unknown = await ann.post(url, { answers: { ...all(4), p99: 4 } });
    expect(unknown.statusCode).toBe(400);
    expect(fieldOf(unknown.body)).toEqual(["answers"]);
    const long = await ann.post(url, { answers: all(4), comment: "x".repeat(2001) });
    expect(long.statusCode).toBe(400);
    expect(fieldOf(long.body)).toEqual(["comment"]);
    expect(await stored()).toEqual({ responses: 0, participations: 0 });

    for (const client of [lea.client, admin])
      expect((await client.post(url, { answers: all(4) })).statusCode).toBe(403);
    await answer(ann, round.id, 6, "  Good weeks lately.  ");
    const twice = await ann.post(url, { answers: all(2) });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("already_answered");
    expect(await stored()).toEqual({ responses: 1, participations: 1 });
    const [response] = await t.ctx.db.selectFrom("pulse_responses").selectAll().execute();
    expect(response?.comment).toBe("Good weeks lately.");
    expect(((await ann.get(`/api/v1/pulses/${round.id}`)).json() as PulseDetail).round.answered).toBe(true);
    // Whether anyone else answered is nobody's business: the leader's view says nothing of it.
    expect(((await lea.client.get(`/api/v1/pulses/${round.id}`)).json() as PulseDetail).round.answered).toBe(
      false,
    );

    // Two answers from one person at the same moment: one is taken, the other refused.
    const ben = members[1]?.client as Client;
    const both = await Promise.all([ben.post(url, { answers: all(3) }), ben.post(url, { answers: all(7) })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await stored()).toEqual({ responses: 2, participations: 2 });

    await close(lea.client, round.id);
    const late = await members[2]?.client.post(url, { answers: all(4) });
    expect(late?.statusCode).toBe(409);
    expect(late?.json().error.code).toBe("pulse_closed");
  });

  it("keeps no user id and no time finer than the day on a response", async () => {
    const { platform, lea, members } = await world();
    const round = await open(lea.client, platform);
    t.clock.set(new Date(`${TODAY}T17:43:21.123Z`));
    for (const m of members.slice(0, 3)) await answer(m.client, round.id, 4, "Fine here.");
    const rows = await t.ctx.db.selectFrom("pulse_responses").selectAll().execute();
    expect(rows).toHaveLength(3);
    const userIds = [lea, ...members].map((m) => m.userId);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        "answered_on",
        "answers",
        "comment",
        "id",
        "pulse_id",
        "tenure",
      ]);
      expect(row.answered_on).toBe(TODAY);
      for (const value of Object.values(row)) {
        const text = String(value);
        expect(
          userIds.some((id) => text.includes(id)),
          text,
        ).toBe(false);
        expect(text).not.toMatch(/\d{2}:\d{2}/);
      }
    }
    // On SQLite the table is stored by its random id, not in the order answers came in.
    if (testDatabaseKind() === "sqlite") {
      const { rows: table } = await sql<{ sql: string }>`
        select sql from sqlite_master where type = 'table' and name = 'pulse_responses'`.execute(t.ctx.db);
      expect(table[0]?.sql).toMatch(/without rowid\s*$/i);
    }
    // The participation knows who, and nothing of what or when.
    const participations = await t.ctx.db.selectFrom("pulse_participations").selectAll().execute();
    for (const row of participations)
      expect(Object.keys(row).sort()).toEqual(["pulse_id", "tenure", "user_id"]);
  });

  it("withholds every figure below three respondents, shows scores from three and comments from five", async () => {
    // Each round's people are apart from the others', so no difference between rounds is withheld.
    const { platform, lea, members } = await world(10);
    const round = await open(lea.client, platform);
    const early = await lea.client.get(`/api/v1/pulses/${round.id}/results`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("pulse_open");

    await answer(members[0]?.client as Client, round.id, 6, "Clear priorities.");
    await answer(members[1]?.client as Client, round.id, 4, "More one-to-ones, please.");
    await close(lea.client, round.id);
    const two = await results(lea.client, round.id);
    expect(two.respondents).toBeNull();
    expect(two.thresholds).toEqual({ scores: 3, comments: 5 });
    for (const figure of Object.values(two.figures))
      expect(figure).toEqual({
        withheld: "Fewer than 3 people answered, so this figure is withheld to keep answers anonymous.",
      });
    expect(two.comments).toEqual({
      shown: false,
      reason: "Fewer than 3 people answered, so comments are withheld to keep them anonymous.",
    });
    expect(JSON.stringify(two)).not.toContain("Clear priorities");

    // Three respondents in the next round: scores, no comments.
    const second = await open(lea.client, platform);
    for (const [i, value] of [6, 4, 5].entries())
      await answer(members[2 + i]?.client as Client, second.id, value, `Comment ${i}`);
    await close(lea.client, second.id);
    const three = await results(members[9]?.client as Client, second.id);
    expect(three.respondents).toBe(3);
    expect(three.figures.credibility).toEqual({ value: 5 });
    expect(three.figures.psychologicalSafety).toHaveProperty("value");
    expect(three.figures.trustIndex).toHaveProperty("value");
    expect(three.comments).toEqual({
      shown: false,
      reason: "Fewer than 5 people answered, so comments are withheld to keep them anonymous.",
    });
    expect(JSON.stringify(three)).not.toContain("Comment 0");

    // Five: comments too, without dates, every one of them.
    const third = await open(lea.client, platform);
    for (const i of [0, 1, 2, 3, 4])
      await answer(members[5 + i]?.client as Client, third.id, 4, i === 4 ? "   " : `Note ${i}`);
    await close(lea.client, third.id);
    const five = await results(lea.client, third.id);
    expect(five.respondents).toBe(5);
    expect(five.figures.trustIndex).toEqual({ value: 50 });
    expect(five.comments.shown).toBe(true);
    if (five.comments.shown)
      expect([...five.comments.items].sort()).toEqual(["Note 0", "Note 1", "Note 2", "Note 3"]);
  });

  it("withholds a tenure group, and a difference, that would single out fewer than three", async () => {
    const { platform, lea, members } = await world();
    // Ann and Ben joined long ago; the others are newer than 180 days.
    await t.ctx.db
      .updateTable("team_memberships")
      .set({ created_at: "2025-01-01T00:00:00.000Z" })
      .where("user_id", "in", [members[0]?.userId ?? "", members[1]?.userId ?? ""])
      .execute();
    const round = await open(lea.client, platform);
    for (const m of members.slice(0, 6)) await answer(m.client, round.id);
    await close(lea.client, round.id);
    const team = await results(lea.client, round.id);
    expect(team.respondents).toBe(6);
    expect(team.figures.credibility).toEqual({ value: 5 });
    const longer = await results(lea.client, round.id, "?tenure=longer");
    expect(longer.tenure).toBe("longer");
    expect(longer.respondents).toBeNull();
    expect(longer.figures.credibility).toEqual({
      withheld: "Fewer than 3 people answered, so this figure is withheld to keep answers anonymous.",
    });
    // Four newer people would leave the two longer ones as the difference from the team: withheld.
    const newer = await results(lea.client, round.id, "?tenure=newer");
    expect(newer.respondents).toBeNull();
    expect(newer.figures.credibility).toEqual({
      withheld:
        "Shown beside the other figures here, this one would single out fewer than 3 people, so it is withheld.",
    });
    expect(newer.comments).toMatchObject({ shown: false });
    const bad = await lea.client.get(`/api/v1/pulses/${round.id}/results?tenure=oldest`);
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad.body)).toEqual(["tenure"]);
  });

  it("withholds a round whose difference from an earlier one rests on fewer than three people", async () => {
    const { platform, lea, members } = await world();
    const first = await open(lea.client, platform);
    for (const m of members.slice(0, 4)) await answer(m.client, first.id);
    await close(lea.client, first.id);
    const second = await open(lea.client, platform);
    // The same four and Eve: the second round minus the first would be Eve alone.
    for (const m of members.slice(0, 5)) await answer(m.client, second.id, 2);
    await close(lea.client, second.id);
    expect((await results(lea.client, first.id)).respondents).toBe(4);
    const later = await results(lea.client, second.id);
    expect(later.respondents).toBeNull();
    expect(later.figures.trustIndex).toHaveProperty("withheld");
    expect(later.comments).toEqual({
      shown: false,
      reason:
        "Shown beside the other figures here, this round's comments would single out fewer than 3 people, so they are withheld.",
    });
    const trend = (await lea.client.get(`/api/v1/teams/${platform}/pulses`)).json() as PulseTrend;
    expect(trend.rounds.map((r) => [r.id, r.respondents])).toEqual([
      [second.id, null],
      [first.id, 4],
    ]);
  });

  it("lists the team's rounds newest first, an open one without figures or a count", async () => {
    const { admin, platform, lea, members } = await world();
    const first = await open(lea.client, platform);
    for (const m of members.slice(0, 3)) await answer(m.client, first.id, 4);
    await close(lea.client, first.id);
    const second = await open(lea.client, platform, "2026-03-25");
    await answer(members[0]?.client as Client, second.id);
    for (const client of [lea.client, members[0]?.client as Client]) {
      const response = await client.get(`/api/v1/teams/${platform}/pulses`);
      expect(response.statusCode).toBe(200);
      const { rounds } = response.json() as PulseTrend;
      expect(rounds.map((r) => [r.id, r.status, r.respondents])).toEqual([
        [second.id, "open", null],
        [first.id, "closed", 3],
      ]);
      expect(rounds[0]?.figures).toBeNull();
      expect(rounds[1]?.figures?.trustIndex).toEqual({ value: 50 });
    }
    // An admin who is not on the team runs rounds but sees no figure, and no count, of any.
    const forAdmin = (await admin.get(`/api/v1/teams/${platform}/pulses`)).json() as PulseTrend;
    expect(forAdmin.rounds.map((r) => [r.id, r.status, r.respondents])).toEqual([
      [second.id, "open", null],
      [first.id, "closed", null],
    ]);
    expect(forAdmin.rounds[1]?.figures?.trustIndex).toEqual({
      withheld: "Only the team's people see its trust pulse figures; admins see no content.",
    });
    const adminResults = await admin.get(`/api/v1/pulses/${first.id}/results`);
    expect(adminResults.statusCode).toBe(403);
    // A round past its closing day is closed, on that day, without anyone closing it (here one
    // opened a fortnight ago, closing yesterday).
    await t.ctx.db
      .updateTable("pulses")
      .set({ opened_on: "2026-02-24", closes_on: "2026-03-09" })
      .where("id", "=", second.id)
      .execute();
    const { rounds } = (await lea.client.get(`/api/v1/teams/${platform}/pulses`)).json() as PulseTrend;
    expect(rounds.find((r) => r.id === second.id)).toMatchObject({
      status: "closed",
      closedOn: "2026-03-09",
    });
    const late = await members[1]?.client.post(`/api/v1/pulses/${second.id}/responses`, { answers: all(4) });
    expect(late?.json().error.code).toBe("pulse_closed");
  });

  it("closes a round today for a leader or an admin, once", async () => {
    const { admin, platform, lea, members } = await world();
    const round = await open(lea.client, platform);
    expect((await members[0]?.client.post(`/api/v1/pulses/${round.id}/close`))?.statusCode).toBe(403);
    expect(await close(admin, round.id)).toMatchObject({ status: "closed", closedOn: TODAY });
    const again = await lea.client.post(`/api/v1/pulses/${round.id}/close`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("pulse_closed");
  });

  it("lists an open round on each member's home until they answer it", async () => {
    const { platform, guild, lea, members, olu, ora } = await world(2);
    const home = async (client: Client) =>
      ((await client.get("/api/v1/me/home")).json() as Home).member?.openPulses;
    const round = await open(lea.client, platform);
    await open(olu.client, guild);
    const ann = members[0]?.client as Client;
    expect(await home(ann)).toEqual([{ ...round, answered: false }]);
    expect(await home(members[1]?.client as Client)).toEqual([{ ...round, answered: false }]);
    expect((await home(ora.client))?.map((r) => r.teamName)).toEqual(["Guild"]);
    await answer(ann, round.id);
    expect(await home(ann)).toEqual([]);
    // Nothing on anyone else's home moved: it does not tell who answered.
    expect(await home(members[1]?.client as Client)).toEqual([{ ...round, answered: false }]);
    await close(lea.client, round.id);
    expect(await home(members[1]?.client as Client)).toEqual([]);
  });

  it("goes with its team: deleting the team deletes its rounds, participations and responses", async () => {
    const { admin, platform, guild, lea, members, olu, ora } = await world(3);
    const round = await open(lea.client, platform);
    for (const m of members) await answer(m.client, round.id);
    await close(lea.client, round.id);
    const kept = await open(olu.client, guild);
    await answer(ora.client, kept.id);
    expect((await admin.delete(`/api/v1/teams/${platform}`)).statusCode).toBe(200);
    expect(await t.ctx.db.selectFrom("pulses").select("id").execute()).toEqual([{ id: kept.id }]);
    expect(await stored()).toEqual({ responses: 1, participations: 1 });
    expect((await lea.client.get(`/api/v1/pulses/${round.id}/results`)).statusCode).toBe(404);
  });

  it("lets admins set the thresholds, never below three, and applies them", async () => {
    const { admin, platform, lea, members } = await world();
    expect((await admin.get("/api/v1/settings/anonymity")).json()).toEqual({
      scoreThreshold: 3,
      commentThreshold: 5,
    });
    for (const [body, field] of [
      [{ scoreThreshold: 2 }, "scoreThreshold"],
      [{ commentThreshold: 1 }, "commentThreshold"],
      [{ scoreThreshold: 3.5 }, "scoreThreshold"],
    ] as const) {
      const response = await admin.patch("/api/v1/settings/anonymity", body);
      expect(response.statusCode).toBe(400);
      expect(fieldOf(response.body)).toEqual([field]);
    }
    for (const client of [lea.client, members[0]?.client as Client]) {
      expect((await client.get("/api/v1/settings/anonymity")).statusCode).toBe(403);
      expect((await client.patch("/api/v1/settings/anonymity", { scoreThreshold: 9 })).statusCode).toBe(403);
    }
    const changed = await admin.patch("/api/v1/settings/anonymity", { scoreThreshold: 4 });
    expect(changed.json()).toEqual({ scoreThreshold: 4, commentThreshold: 5 });
    const round = await open(lea.client, platform);
    for (const m of members.slice(0, 3)) await answer(m.client, round.id);
    await close(lea.client, round.id);
    const three = await results(lea.client, round.id);
    expect(three.thresholds.scores).toBe(4);
    expect(three.figures.credibility).toEqual({
      withheld: "Fewer than 4 people answered, so this figure is withheld to keep answers anonymous.",
    });
  });
});
