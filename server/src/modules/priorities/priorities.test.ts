import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Alignment, AlignmentItem, MyRating, WorkItem, WorkItems } from "#contracts/priorities";
import { createTeam, joinTeam, ledTeam } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

type Visibility = "private" | "leader" | "team";

describe("priorities: work items, ratings and alignment", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-03-02T09:00:00Z"));
  });
  afterEach(() => t.close());

  /** Lea leads Max, Tam and Uma on Platform; Olu leads another team. */
  const world = async () => {
    const team = await ledTeam(t);
    const uma = await joinTeam(t, team.admin, team.teamId, "member", "Uma");
    return { ...team, uma };
  };
  const add = async (client: Client, teamId: string, title: string, description?: string) => {
    const response = await client.post(`/api/v1/teams/${teamId}/work-items`, { title, description });
    expect(response.statusCode, response.body).toBe(201);
    t.clock.advance(60_000);
    return response.json() as WorkItem;
  };
  const rate = async (
    client: Client,
    itemId: string,
    value: number,
    effort: number,
    visibility: Visibility,
  ) => {
    const response = await client.put(`/api/v1/work-items/${itemId}/rating`, { value, effort, visibility });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MyRating;
  };
  const alignment = async (client: Client, teamId: string) => {
    const response = await client.get(`/api/v1/teams/${teamId}/alignment`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Alignment;
  };
  const itemNamed = (a: Alignment, title: string) => a.items.find((i) => i.title === title) as AlignmentItem;

  it("lets the team's people add and list items, active first, each with their own rating", async () => {
    const { leader, member, teammate, teamId } = await world();
    const first = await add(
      member.client,
      teamId,
      "  Fix onboarding  ",
      "New people wait a week for access.",
    );
    expect(first).toMatchObject({
      title: "Fix onboarding",
      description: "New people wait a week for access.",
      createdBy: { id: member.userId, name: "Max" },
      archived: false,
      myRating: null,
      canEdit: true,
    });
    const second = await add(leader.client, teamId, "Rewrite billing", "   ");
    expect(second.description).toBeNull();
    await rate(teammate.client, first.id, 4, 2, "team");

    const archived = await leader.client.patch(`/api/v1/work-items/${first.id}`, { archived: true });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json()).toMatchObject({ archived: true });

    const listed = (await teammate.client.get(`/api/v1/teams/${teamId}/work-items`)).json() as WorkItems;
    expect(listed.items.map((i) => [i.title, i.archived, i.canEdit])).toEqual([
      ["Rewrite billing", false, false],
      ["Fix onboarding", true, false],
    ]);
    expect(listed.items[1]?.myRating).toMatchObject({ value: 4, effort: 2, visibility: "team" });
    expect(listed.items[0]?.myRating).toBeNull();
  });

  it("lets an item's creator or a team leader change it, the team's other members 403, anyone else 404", async () => {
    const { admin, leader, member, teammate, otherLeader, teamId } = await world();
    const item = await add(member.client, teamId, "Fix onboarding");
    const byCreator = await member.client.patch(`/api/v1/work-items/${item.id}`, {
      title: "Fix onboarding for new starters",
      description: "Access on day one.",
    });
    expect(byCreator.statusCode, byCreator.body).toBe(200);
    expect(byCreator.json()).toMatchObject({
      title: "Fix onboarding for new starters",
      description: "Access on day one.",
    });
    const byLeader = await leader.client.patch(`/api/v1/work-items/${item.id}`, { description: null });
    expect(byLeader.json()).toMatchObject({ description: null });

    expect(
      (await teammate.client.patch(`/api/v1/work-items/${item.id}`, { title: "Mine now" })).statusCode,
    ).toBe(403);
    for (const client of [admin, otherLeader.client])
      expect((await client.patch(`/api/v1/work-items/${item.id}`, { title: "Mine now" })).statusCode).toBe(
        404,
      );
    const empty = await member.client.patch(`/api/v1/work-items/${item.id}`, { title: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields[0].path).toBe("title");
    const rows = await t.ctx.db.selectFrom("work_items").select(["title", "description"]).execute();
    expect(rows).toEqual([{ title: "Fix onboarding for new starters", description: null }]);
  });

  it("is for the team's people only: admins and other teams get 404, signed out 401", async () => {
    const { admin, otherLeader, teamId } = await world();
    for (const client of [admin, otherLeader.client]) {
      expect((await client.get(`/api/v1/teams/${teamId}/work-items`)).statusCode).toBe(404);
      expect((await client.post(`/api/v1/teams/${teamId}/work-items`, { title: "Sneaky" })).statusCode).toBe(
        404,
      );
      expect((await client.get(`/api/v1/teams/${teamId}/alignment`)).statusCode).toBe(404);
    }
    expect((await t.app.inject({ url: `/api/v1/teams/${teamId}/alignment` })).statusCode).toBe(401);
    expect(await t.ctx.db.selectFrom("work_items").selectAll().execute()).toEqual([]);
  });

  it("refuses a value or effort outside 1–5 naming the field, another team's item with 404, and stores nothing", async () => {
    const { admin, member, otherLeader, teamId } = await world();
    const item = await add(member.client, teamId, "Fix onboarding");
    for (const [body, path] of [
      [{ value: 0, effort: 3, visibility: "team" }, "value"],
      [{ value: 6, effort: 3, visibility: "team" }, "value"],
      [{ value: 2.5, effort: 3, visibility: "team" }, "value"],
      [{ effort: 3, visibility: "team" }, "value"],
      [{ value: 3, effort: 6, visibility: "team" }, "effort"],
      [{ value: 3, effort: 0 }, "effort"],
      [{ value: 3, effort: 3, visibility: "everyone" }, "visibility"],
    ] as const) {
      const response = await member.client.put(`/api/v1/work-items/${item.id}/rating`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    }
    // Another team's item, and an item that does not exist: 404, for a member and an admin alike.
    const otherTeamItem = await add(otherLeader.client, await otherTeamOf(), "Their item");
    for (const [client, id] of [
      [member.client, otherTeamItem.id],
      [admin, item.id],
      [member.client, "00000000-0000-4000-8000-000000000000"],
    ] as const) {
      const response = await client.put(`/api/v1/work-items/${id}/rating`, {
        value: 3,
        effort: 3,
        visibility: "team",
      });
      expect(response.statusCode).toBe(404);
    }
    expect(await t.ctx.db.selectFrom("work_item_ratings").selectAll().execute()).toEqual([]);
  });

  /** The one team the other leader leads (ledTeam's "Other"). */
  const otherTeamOf = async () =>
    (await t.ctx.db.selectFrom("teams").select("id").where("name", "=", "Other").executeTakeFirstOrThrow())
      .id;

  it("rewrites a rating when rated again, withdraws it once, and refuses an archived item with 409", async () => {
    const { leader, member, teamId } = await world();
    const item = await add(member.client, teamId, "Fix onboarding");
    await rate(member.client, item.id, 2, 2, "team");
    t.clock.advance(60_000);
    expect(await rate(member.client, item.id, 5, 1, "leader")).toEqual({
      value: 5,
      effort: 1,
      visibility: "leader",
      ratedAt: "2026-03-02T09:02:00.000Z",
    });
    expect(await t.ctx.db.selectFrom("work_item_ratings").select(["value", "effort"]).execute()).toEqual([
      { value: 5, effort: 1 },
    ]);
    expect((await member.client.delete(`/api/v1/work-items/${item.id}/rating`)).statusCode).toBe(200);
    expect((await member.client.delete(`/api/v1/work-items/${item.id}/rating`)).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom("work_item_ratings").selectAll().execute()).toEqual([]);

    await leader.client.patch(`/api/v1/work-items/${item.id}`, { archived: true });
    const archived = await member.client.put(`/api/v1/work-items/${item.id}/rating`, { value: 3, effort: 3 });
    expect(archived.statusCode).toBe(409);
    expect(archived.json().error.code).toBe("item_archived");
  });

  /**
   * The fixed set (value, effort), the leader sharing with the team and the members with leaders:
   *
   *             Lea    Max    Tam    Uma
   *   A Fix    (5,2)  (5,1)  (4,2)  (3,1)
   *   B Bill   (4,5)  (2,5)  (5,4)  (1,4)
   *   C Docs   (2,2)  (3,2)  (1,1)  (5,3)
   *   D Mobile (5,5)  (4,4)  (4,5)  (2,4)
   */
  async function rateTheFixedSet() {
    const w = await world();
    const { leader, member, teammate, uma, teamId } = w;
    const ids: Record<string, string> = {};
    for (const [key, title] of [
      ["A", "Fix onboarding"],
      ["B", "Rewrite billing"],
      ["C", "Tidy the docs"],
      ["D", "Mobile app"],
    ] as const)
      ids[key] = (await add(leader.client, teamId, title)).id;
    const table: [Client, Visibility, [number, number][]][] = [
      [
        leader.client,
        "team",
        [
          [5, 2],
          [4, 5],
          [2, 2],
          [5, 5],
        ],
      ],
      [
        member.client,
        "leader",
        [
          [5, 1],
          [2, 5],
          [3, 2],
          [4, 4],
        ],
      ],
      [
        teammate.client,
        "leader",
        [
          [4, 2],
          [5, 4],
          [1, 1],
          [4, 5],
        ],
      ],
      [
        uma.client,
        "leader",
        [
          [3, 1],
          [1, 4],
          [5, 3],
          [2, 4],
        ],
      ],
    ];
    for (const [client, visibility, ratings] of table)
      for (const [index, key] of ["A", "B", "C", "D"].entries()) {
        const [value, effort] = ratings[index] as [number, number];
        await rate(client, ids[key] as string, value, effort, visibility);
      }
    return { ...w, ids };
  }

  it("matches a hand computation of the quadrants, the ranking and the items worth a conversation", async () => {
    const { leader, teamId } = await rateTheFixedSet();
    const a = await alignment(leader.client, teamId);
    expect(a).toMatchObject({ teamId, viewer: "leader", threshold: 3 });
    const fix = itemNamed(a, "Fix onboarding");
    // A: value [5, 5, 4, 3] → 17 / 4 = 4.25; effort [2, 1, 2, 1] → 1.5; high value, low effort.
    // value for effort 4.25 / 1.5 = 2.8333; spread of value: deviations .75, .75, −.25, −1.25,
    // squares sum 2.75, / 4 = .6875, √ = .8292; of effort: .5.
    expect(fix).toMatchObject({
      raters: 4,
      meanValue: 4.25,
      meanEffort: 1.5,
      quadrant: "quick_win",
      withheld: null,
    });
    expect(fix.valueForEffort).toBeCloseTo(4.25 / 1.5, 10);
    expect(fix.spread?.value).toBeCloseTo(Math.sqrt(0.6875), 10);
    expect(fix.spread?.effort).toBe(0.5);
    expect(fix.leader).toEqual({ value: 5, effort: 2 });
    // B: value [4, 2, 5, 1] → 3 (not above 3: low); effort [5, 5, 4, 4] → 4.5: a money pit.
    // Spread of value: deviations 1, −1, 2, −2, squares 10, / 4 = 2.5, √ = 1.5811.
    const billing = itemNamed(a, "Rewrite billing");
    expect(billing).toMatchObject({ meanValue: 3, meanEffort: 4.5, quadrant: "money_pit" });
    expect(billing.spread?.value).toBeCloseTo(Math.sqrt(2.5), 10);
    // C: value [2, 3, 1, 5] → 2.75, effort [2, 2, 1, 3] → 2: a fill-in, 1.375 value for effort;
    // spread of value: squares .5625 + .0625 + 3.0625 + 5.0625 = 8.75, / 4 = 2.1875, √ = 1.479.
    const docs = itemNamed(a, "Tidy the docs");
    expect(docs).toMatchObject({
      meanValue: 2.75,
      meanEffort: 2,
      quadrant: "fill_in",
      valueForEffort: 1.375,
    });
    // D: value [5, 4, 4, 2] → 3.75, effort [5, 4, 5, 4] → 4.5: a big bet, 0.8333;
    // spread of value: squares 1.5625 + .0625 + .0625 + 3.0625 = 4.75, / 4 = 1.1875, √ = 1.0897.
    const mobile = itemNamed(a, "Mobile app");
    expect(mobile).toMatchObject({ meanValue: 3.75, meanEffort: 4.5, quadrant: "big_bet" });
    expect(mobile.spread?.value).toBeCloseTo(Math.sqrt(1.1875), 10);
    // Ranked by value for effort: A 2.83, C 1.375, D 0.83, B 0.67.
    expect(a.ranked).toEqual([fix.id, docs.id, mobile.id, billing.id]);
    // Worth a conversation (wider spread ≥ 1): B 1.58, C 1.48, D 1.09; A's .83 is not.
    expect(a.worthAConversation).toEqual([billing.id, docs.id, mobile.id]);
    // The leader sees every rating shared with leaders or the team.
    expect(fix.ratings.map((r) => [r.person.name, r.value, r.effort])).toEqual([
      ["Lea", 5, 2],
      ["Max", 5, 1],
      ["Tam", 4, 2],
      ["Uma", 3, 1],
    ]);
  });

  it("matches a hand computation of each member's tau-b against the leader and of the team's W", async () => {
    const { leader, member, teamId } = await rateTheFixedSet();
    const a = await alignment(leader.client, teamId);
    // Value over items A, B, C, D. Lea [5, 4, 2, 5]; pairs AB, AC, AD, BC, BD, CD.
    // Max [5, 2, 3, 4]: C, C, tied in Lea only, D, C, C → nc 4, nd 1, n1 1, n2 0:
    //   (4 − 1) / √((6 − 1)(6 − 0)) = 3 / √30 = 0.5477.
    // Tam [4, 5, 1, 4]: D, C, tied in both, C, D, C → nc 3, nd 2, n1 1, n2 1: 1 / √(5 · 5) = 0.2.
    // Uma [3, 1, 5, 2]: C, D, tied in Lea only, D, C, D → nc 2, nd 3, n1 1, n2 0: −1 / √30 = −0.1826.
    const taus = a.members?.map((m) => [m.person.name, m.tau, m.words, m.items]);
    expect(taus?.map(([name]) => name)).toEqual(["Max", "Tam", "Uma"]);
    expect(a.members?.[0]?.tau).toBeCloseTo(3 / Math.sqrt(30), 10);
    expect(a.members?.[1]?.tau).toBeCloseTo(0.2, 10);
    expect(a.members?.[2]?.tau).toBeCloseTo(-1 / Math.sqrt(30), 10);
    expect(a.members?.map((m) => [m.words, m.items])).toEqual([
      ["Mostly the same order of value", 4],
      ["Mostly the same order of value", 4],
      ["No clear agreement on the order of value", 4],
    ]);
    expect(a.me).toBeUndefined();
    // W over the members (not the leader) on value, as ranks:
    //   Max [5, 2, 3, 4] → [1, 4, 3, 2]; Tam [4, 5, 1, 4] → [2.5, 1, 4, 2.5] (T = 2³ − 2 = 6);
    //   Uma [3, 1, 5, 2] → [2, 4, 1, 3].
    // R = [5.5, 9, 8, 7.5], R̄ = 3 · 5 / 2 = 7.5, S = 4 + 2.25 + .25 + 0 = 6.5;
    // W = 12 · 6.5 / (9 · 60 − 3 · 6) = 78 / 522 = 0.1494.
    expect(a.team).toMatchObject({
      raters: 3,
      words: "The team does not yet agree on what is most valuable",
    });
    expect("w" in a.team && a.team.w).toBeCloseTo(78 / 522, 10);

    // Max, a member: the same W, and his own tau against Lea's ratings shared with the team.
    const mine = await alignment(member.client, teamId);
    expect(mine.viewer).toBe("member");
    expect(mine.members).toBeUndefined();
    expect(mine.me).toMatchObject({
      leader: { name: "Lea" },
      items: 4,
      words: "Mostly the same order of value",
    });
    expect(mine.me?.tau).toBeCloseTo(3 / Math.sqrt(30), 10);
    expect("w" in mine.team && mine.team.w).toBeCloseTo(78 / 522, 10);
    // Four raters, three of them unseen by Max (his own and two shared with leaders only): shown.
    expect(itemNamed(mine, "Fix onboarding")).toMatchObject({
      meanValue: 4.25,
      withheld: null,
      leader: { value: 5 },
    });
    // He sees his own rating and Lea's (shared with the team), no one else's.
    expect(itemNamed(mine, "Fix onboarding").ratings.map((r) => r.person.name)).toEqual(["Lea", "Max"]);
  });

  it("never shows a member another member's private or leader-only rating, and counts no private one", async () => {
    const { leader, member, teammate, uma, teamId } = await world();
    const item = await add(leader.client, teamId, "Fix onboarding");
    await rate(member.client, item.id, 1, 5, "private");
    await rate(teammate.client, item.id, 4, 2, "leader");
    await rate(uma.client, item.id, 5, 3, "team");
    await rate(leader.client, item.id, 3, 3, "leader");

    const asTam = itemNamed(await alignment(teammate.client, teamId), "Fix onboarding");
    expect(asTam.ratings.map((r) => [r.person.name, r.value, r.effort])).toEqual([
      ["Tam", 4, 2],
      ["Uma", 5, 3],
    ]);
    // Max's private rating counts nowhere: three raters, Lea's shared with leaders only.
    expect(asTam.raters).toBe(3);
    expect(asTam.leader).toBeNull();
    const asLea = await alignment(leader.client, teamId);
    const forLea = itemNamed(asLea, "Fix onboarding");
    expect(forLea.ratings.map((r) => r.person.name)).toEqual(["Lea", "Tam", "Uma"]);
    // (3 + 4 + 5) / 3 = 4; (3 + 2 + 3) / 3 = 2.6667.
    expect(forLea.meanValue).toBe(4);
    expect(forLea.meanEffort).toBeCloseTo(8 / 3, 10);
    // Max has no rating Lea may see: he is not among the members she is compared with.
    expect(asLea.members?.map((m) => m.person.name)).toEqual(["Tam", "Uma"]);
    const asMax = await alignment(member.client, teamId);
    expect(itemNamed(asMax, "Fix onboarding").ratings.map((r) => [r.person.name, r.value])).toEqual([
      ["Max", 1],
      ["Uma", 5],
    ]);
    for (const body of [JSON.stringify(asTam), JSON.stringify(await alignment(uma.client, teamId))])
      expect(body).not.toContain(member.userId);
  });

  it("withholds a member's figures below the threshold, or when the ratings they cannot see would single someone out", async () => {
    const { admin, leader, member, teammate, uma, teamId } = await world();
    const one = await add(leader.client, teamId, "Fix onboarding");
    const two = await add(leader.client, teamId, "Rewrite billing");
    await rate(member.client, one.id, 5, 1, "leader");
    await rate(teammate.client, one.id, 3, 3, "leader");
    for (const client of [member.client, teammate.client, uma.client])
      await rate(client, two.id, 4, 4, "leader");

    const asMax = await alignment(member.client, teamId);
    const first = itemNamed(asMax, "Fix onboarding");
    // Two raters: fewer than 3.
    expect(first).toMatchObject({ raters: 2, meanValue: null, quadrant: null, spread: null });
    expect(first.withheld).toBe(
      "Fewer than 3 people have rated, so these figures are withheld to keep ratings anonymous.",
    );
    expect(itemNamed(asMax, "Rewrite billing")).toMatchObject({ raters: 3, meanValue: 4, withheld: null });
    // An item withheld from the viewer ranks last and is never worth a conversation to them.
    expect(asMax.ranked).toEqual([two.id, one.id]);
    expect(asMax.worthAConversation).toEqual([]);
    // W needs members who rated every item: only Max and Tam did: too few.
    expect(asMax.team).toEqual({
      withheld: {
        reason: "too_few",
        message: "Fewer than 3 people have rated, so these figures are withheld to keep ratings anonymous.",
      },
    });
    // The leader sees it all: the spread of [5, 3] is 1 in value and in effort.
    const asLea = await alignment(leader.client, teamId);
    expect(itemNamed(asLea, "Fix onboarding")).toMatchObject({ meanValue: 4, meanEffort: 2, withheld: null });
    expect(asLea.worthAConversation).toEqual([one.id]);
    // Max [5, 4] → ranks [1, 2], Tam [3, 4] → [2, 1]: R = [3, 3] = R̄, S = 0, W = 0.
    expect(asLea.team).toEqual({
      w: 0,
      words: "The team does not yet agree on what is most valuable",
      raters: 2,
    });

    // Tam shares billing with the team: Uma then sees Tam's and her own, and one other unseen.
    await rate(teammate.client, two.id, 4, 4, "team");
    const asUma = itemNamed(await alignment(uma.client, teamId), "Rewrite billing");
    expect(asUma.meanValue).toBeNull();
    expect(asUma.withheld).toBe(
      "Beside the ratings shared with you, these figures would single out fewer than 3 people, so they are withheld.",
    );

    // The workspace's threshold counts: at 4, three raters are too few even for billing as Max sees it.
    expect((await admin.patch("/api/v1/settings/anonymity", { scoreThreshold: 4 })).statusCode).toBe(200);
    const raised = await alignment(member.client, teamId);
    expect(raised.threshold).toBe(4);
    expect(itemNamed(raised, "Rewrite billing")).toMatchObject({
      meanValue: null,
      withheld: expect.stringContaining("Fewer than 4"),
    });
  });

  it("leaves archived items and people who left the team out of the figures", async () => {
    const { leader, member, teammate, uma, teamId } = await world();
    const kept = await add(leader.client, teamId, "Fix onboarding");
    const gone = await add(leader.client, teamId, "Old idea");
    for (const client of [leader.client, member.client, teammate.client, uma.client]) {
      await rate(client, kept.id, 4, 2, "leader");
      await rate(client, gone.id, 1, 5, "leader");
    }
    await leader.client.patch(`/api/v1/work-items/${gone.id}`, { archived: true });
    await t.ctx.db
      .deleteFrom("team_memberships")
      .where("user_id", "=", uma.userId)
      .where("team_id", "=", teamId)
      .execute();
    const a = await alignment(leader.client, teamId);
    expect(a.items.map((i) => [i.title, i.raters])).toEqual([["Fix onboarding", 3]]);
    expect(a.members?.map((m) => m.person.name)).toEqual(["Max", "Tam"]);
    expect((await uma.client.get(`/api/v1/teams/${teamId}/alignment`)).statusCode).toBe(404);
  });

  it("keeps each team's items to itself", async () => {
    const { admin, leader, teamId } = await world();
    const otherTeam = await createTeam(admin, "Second", leader.userId);
    await add(leader.client, teamId, "Platform item");
    await add(leader.client, otherTeam, "Second item");
    const listed = (await leader.client.get(`/api/v1/teams/${otherTeam}/work-items`)).json() as WorkItems;
    expect(listed.items.map((i) => i.title)).toEqual(["Second item"]);
    expect((await alignment(leader.client, otherTeam)).items.map((i) => i.title)).toEqual(["Second item"]);
  });
});
