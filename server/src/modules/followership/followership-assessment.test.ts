import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FollowershipAssessment, FollowershipInstrument, MyFollowership } from "#contracts/followership";
import { ledTeam } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

const IT_IDS = Array.from({ length: 10 }, (_, i) => `it${i + 1}`);
const AE_IDS = Array.from({ length: 10 }, (_, i) => `ae${i + 1}`);

/** Every IT item answered `it`, every AE item `ae`. */
const answering = (it: number, ae: number): Record<string, number> =>
  Object.fromEntries([...IT_IDS.map((id) => [id, it]), ...AE_IDS.map((id) => [id, ae])]);

describe("the followership self-assessment", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-03-02T09:00:00Z"));
  });
  afterEach(() => t.close());

  const take = async (client: Client, body: unknown) => {
    const response = await client.post("/api/v1/me/assessments/followership", body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as FollowershipAssessment;
  };
  const takes = async (client: Client) => {
    const response = await client.get("/api/v1/me/assessments/followership");
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MyFollowership;
  };
  const styleAnswer = async (client: Client) => {
    const mine = (await client.get("/api/v1/me/answers")).json() as {
      answers: { facetKey: string; value: unknown; visibility: string }[];
    };
    return mine.answers.find((a) => a.facetKey === "followership-style");
  };

  it("serves its 20 items, interleaved by axis, and the 0–6 scale with words at 0, 3 and 6", async () => {
    const { member } = await ledTeam(t);
    const response = await member.client.get("/api/v1/instruments/followership");
    expect(response.statusCode).toBe(200);
    const instrument = response.json() as FollowershipInstrument;
    expect(instrument.items.map((i) => i.id)).toEqual(IT_IDS.flatMap((id, i) => [id, AE_IDS[i]]));
    expect(instrument.items.filter((i) => i.axis === "it").map((i) => i.id)).toEqual(IT_IDS);
    expect(instrument.items.every((i) => i.text.length > 20)).toBe(true);
    expect(instrument.scale.map((s) => s.label)).toEqual([
      "Rarely",
      null,
      null,
      "Occasionally",
      null,
      null,
      "Almost always",
    ]);
    expect((await t.app.inject({ url: "/api/v1/instruments/followership" })).statusCode).toBe(401);
  });

  it("scores the issue's examples and keeps every take, newest first", async () => {
    const { member } = await ledTeam(t);
    const alienated = await take(member.client, { answers: answering(6, 0) });
    expect(alienated).toMatchObject({
      it: 60,
      ae: 0,
      style: "alienated",
      leaning: null,
      visibility: "leader",
    });
    t.clock.advance(60_000);
    expect(await take(member.client, { answers: answering(6, 6) })).toMatchObject({
      it: 60,
      ae: 60,
      style: "exemplary",
      leaning: null,
    });
    t.clock.advance(60_000);
    const pragmatist = await take(member.client, { answers: answering(3, 3), visibility: "team" });
    expect(pragmatist).toMatchObject({
      it: 30,
      ae: 30,
      style: "pragmatist",
      leaning: null,
      visibility: "team",
    });
    t.clock.advance(60_000);
    // IT 45 (five 6s, five 3s), AE 30: pragmatist leaning alienated.
    const mixed = { ...answering(3, 3), it1: 6, it2: 6, it3: 6, it4: 6, it5: 6 };
    const leaning = await take(member.client, { answers: mixed });
    expect(leaning).toMatchObject({ it: 45, ae: 30, style: "pragmatist", leaning: "alienated" });

    const mine = await takes(member.client);
    expect(mine.latest).toEqual(leaning);
    expect(mine.history.map((h) => h.style)).toEqual(["pragmatist", "pragmatist", "exemplary", "alienated"]);
    expect(mine.history[3]).toEqual(alienated);
    expect(mine.history.map((h) => h.takenAt)).toEqual(
      [...mine.history.map((h) => h.takenAt)].sort().reverse(),
    );
  });

  it("fills the followership-style answer with the style and the take's visibility", async () => {
    const { member } = await ledTeam(t);
    await take(member.client, { answers: answering(6, 0), visibility: "private" });
    expect(await styleAnswer(member.client)).toMatchObject({ value: "alienated", visibility: "private" });
    t.clock.advance(20 * 60_000);
    await take(member.client, { answers: answering(0, 0) });
    expect(await styleAnswer(member.client)).toMatchObject({ value: "passive", visibility: "leader" });
    // The answer's own history holds both versions, as after PUT /me/answers.
    const history = (await member.client.get("/api/v1/me/answers/followership-style/history")).json() as {
      versions: { value: string }[];
    };
    expect(history.versions.map((v) => v.value)).toEqual(["passive", "alienated"]);
  });

  it("refuses an incomplete, unknown or out-of-range answer with a 400 naming the item, and stores nothing", async () => {
    const { member } = await ledTeam(t);
    const { it3: _, ...incomplete } = answering(3, 3);
    for (const [answers, path] of [
      [incomplete, "answers.it3"],
      [{ ...answering(3, 3), ae7: 7 }, "answers.ae7"],
      [{ ...answering(3, 3), it2: -1 }, "answers.it2"],
      [{ ...answering(3, 3), ae1: 2.5 }, "answers.ae1"],
      [{ ...answering(3, 3), it9: "3" }, "answers.it9"],
      [{ ...answering(3, 3), it11: 3 }, "answers.it11"],
    ] as const) {
      const response = await member.client.post("/api/v1/me/assessments/followership", { answers });
      expect(response.statusCode, path).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe("validation_error");
      expect(body.error.details.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    }
    const badVisibility = await member.client.post("/api/v1/me/assessments/followership", {
      answers: answering(3, 3),
      visibility: "everyone",
    });
    expect(badVisibility.statusCode).toBe(400);
    expect(badVisibility.json().error.details.fields[0].path).toBe("visibility");
    expect(await takes(member.client)).toEqual({ latest: null, history: [] });
    expect(await styleAnswer(member.client)).toBeUndefined();
    expect(await t.ctx.db.selectFrom("followership_assessments").selectAll().execute()).toEqual([]);
  });

  it("shows each person only their own takes", async () => {
    const { member, teammate, leader } = await ledTeam(t);
    await take(member.client, { answers: answering(6, 6) });
    expect((await takes(teammate.client)).history).toEqual([]);
    expect((await takes(leader.client)).history).toEqual([]);
    expect((await takes(member.client)).history).toHaveLength(1);
  });
});
