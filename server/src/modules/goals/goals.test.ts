import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Adoption, Goal, GoalList, GoalQuestion, MyStance, PerceivedStance } from "#contracts/goals";
import { joinTeam, ledTeam, otherWorkspace } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";
import { goalsForLeaderHome, goalsToPlace, stanceGapsOf } from "./index";

const GOAL = {
  title: "Ship small changes every day",
  why: "Small changes are easier to review and to undo.",
  firstStep: "Split your next change in two.",
};

const fieldsOf = (body: string) =>
  (JSON.parse(body) as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map(
    (f) => f.path,
  );

describe("common goals", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-03-02T09:00:00Z")); // a Monday
  });
  afterEach(() => t.close());

  async function world() {
    const team = await ledTeam(t);
    const third = await joinTeam(t, team.admin, team.teamId, "member", "Kai");
    return { ...team, third };
  }

  /** A day on, the clients' sessions kept alive (they time out after 12 idle hours). */
  async function nextDay(...clients: Client[]) {
    for (const hours of [11, 11, 2]) {
      t.clock.advance(hours * 3_600_000);
      for (const client of clients) expect((await client.get("/api/v1/me")).statusCode).toBe(200);
    }
  }

  const ok = async <T>(response: Promise<{ statusCode: number; body: string }>, status = 200) => {
    const r = await response;
    expect(r.statusCode, r.body).toBe(status);
    return JSON.parse(r.body) as T;
  };

  const stateGoal = async (leader: Client, teamId: string) =>
    ok<Goal>(leader.post(`/api/v1/teams/${teamId}/goals`, GOAL), 201);

  const place = (client: Client, goalId: string, stance: string, visibility = "team") =>
    ok<MyStance>(client.put(`/api/v1/goals/${goalId}/stance`, { stance, visibility }));

  const goalOf = (client: Client, goalId: string) => ok<Goal>(client.get(`/api/v1/goals/${goalId}`));

  it("lets a team's leader state, list, change and archive a goal; its people read it", async () => {
    const { leader, member, teamId } = await world();
    const goal = await stateGoal(leader.client, teamId);
    expect(goal).toMatchObject({
      ...GOAL,
      teamId,
      teamName: "Platform",
      status: "active",
      createdBy: { id: leader.userId, name: "Lea" },
      viewer: "leader",
      myStance: null,
      followers: [],
      questions: [],
    });
    expect(goal.people?.map((p) => p.person.name)).toEqual(["Kai", "Max", "Tam"]);
    expect(goal.teammates).toBeUndefined();

    const seen = await goalOf(member.client, goal.id);
    expect(seen.viewer).toBe("member");
    expect(seen.people).toBeUndefined();
    expect(seen.teammates).toEqual([]);

    const list = await ok<GoalList>(member.client.get(`/api/v1/teams/${teamId}/goals`));
    expect(list.goals).toEqual([
      {
        id: goal.id,
        teamId,
        title: GOAL.title,
        firstStep: GOAL.firstStep,
        status: "active",
        createdAt: goal.createdAt,
        myStance: null,
        joinedCount: 0,
      },
    ]);

    const changed = await ok<Goal>(
      leader.client.patch(`/api/v1/goals/${goal.id}`, { title: "Ship daily", status: "archived" }),
    );
    expect(changed).toMatchObject({ title: "Ship daily", why: GOAL.why, status: "archived" });
    // An archived goal takes no stance.
    const onArchived = await member.client.put(`/api/v1/goals/${goal.id}/stance`, { stance: "aware" });
    expect(onArchived.statusCode).toBe(409);
    expect(onArchived.json().error.code).toBe("goal_archived");
  });

  it("refuses bad input with a 400 naming the field, and stores nothing", async () => {
    const { leader, member, teamId } = await world();
    for (const [body, field] of [
      [{ ...GOAL, title: "" }, "title"],
      [{ ...GOAL, title: "x".repeat(201) }, "title"],
      [{ ...GOAL, why: "x".repeat(2001) }, "why"],
      [{ title: GOAL.title, why: GOAL.why }, "firstStep"],
    ] as const) {
      const response = await leader.client.post(`/api/v1/teams/${teamId}/goals`, body);
      expect(response.statusCode, field).toBe(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    }
    expect(await t.ctx.db.selectFrom("goals").selectAll().execute()).toEqual([]);

    const goal = await stateGoal(leader.client, teamId);
    for (const [body, field] of [
      [{ stance: "enthusiastic", visibility: "team" }, "stance"],
      [{ stance: "curious", visibility: "everyone" }, "visibility"],
      [{ visibility: "team" }, "stance"],
    ] as const) {
      const response = await member.client.put(`/api/v1/goals/${goal.id}/stance`, body);
      expect(response.statusCode, field).toBe(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    }
    const perceived = await leader.client.put(
      `/api/v1/goals/${goal.id}/people/${member.userId}/perceived-stance`,
      {
        stance: "keen",
      },
    );
    expect(perceived.statusCode).toBe(400);
    expect(fieldsOf(perceived.body)).toEqual(["stance"]);
    const patch = await leader.client.patch(`/api/v1/goals/${goal.id}`, { status: "done" });
    expect(fieldsOf(patch.body)).toEqual(["status"]);
    const thanks = await leader.client.post(`/api/v1/goals/${goal.id}/thanks`, {
      personId: "x",
      message: "Thanks",
    });
    expect(fieldsOf(thanks.body)).toEqual(["personId"]);
    const question = await member.client.post(`/api/v1/goals/${goal.id}/questions`, {
      text: "x".repeat(501),
    });
    expect(fieldsOf(question.body)).toEqual(["text"]);
    const consent = await member.client.put(`/api/v1/goals/${goal.id}/consent`, { named: "yes" });
    expect(fieldsOf(consent.body)).toEqual(["named"]);
    for (const table of [
      "goal_stances",
      "goal_stance_events",
      "goal_perceived_stances",
      "goal_questions",
    ] as const)
      expect(await t.ctx.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
  });

  it("answers 404 to anyone off the team (admins, other teams, other workspaces) and 403 to the wrong role", async () => {
    const { admin, leader, member, otherLeader, teamId } = await world();
    const stranger = await otherWorkspace(t);
    const goal = await stateGoal(leader.client, teamId);
    for (const client of [admin, otherLeader.client, stranger.client]) {
      expect((await client.get(`/api/v1/goals/${goal.id}`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/teams/${teamId}/goals`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/goals/${goal.id}/adoption`)).statusCode).toBe(404);
      expect((await client.put(`/api/v1/goals/${goal.id}/stance`, { stance: "aware" })).statusCode).toBe(404);
      expect((await client.post(`/api/v1/teams/${teamId}/goals`, GOAL)).statusCode).toBe(404);
    }
    // The stranger's own team is no way in either.
    expect((await stranger.client.post(`/api/v1/teams/${stranger.teamId}/goals`, GOAL)).statusCode).toBe(201);
    expect((await member.client.get(`/api/v1/teams/${stranger.teamId}/goals`)).statusCode).toBe(404);

    expect((await member.client.post(`/api/v1/teams/${teamId}/goals`, GOAL)).statusCode).toBe(403);
    expect((await member.client.patch(`/api/v1/goals/${goal.id}`, { title: "Mine" })).statusCode).toBe(403);
    expect(
      (await leader.client.put(`/api/v1/goals/${goal.id}/stance`, { stance: "champion" })).statusCode,
    ).toBe(403);
    expect(
      (
        await member.client.put(`/api/v1/goals/${goal.id}/people/${member.userId}/perceived-stance`, {
          stance: "aware",
        })
      ).statusCode,
    ).toBe(403);
    // A leader perceives only members of the goal's team.
    for (const personId of [otherLeader.userId, leader.userId, stranger.userId])
      expect(
        (
          await leader.client.put(`/api/v1/goals/${goal.id}/people/${personId}/perceived-stance`, {
            stance: "aware",
          })
        ).statusCode,
      ).toBe(404);
  });

  it("shows a stance by its visibility: teammates read team stances, the leader only after looking, nobody a private one", async () => {
    const { leader, member, teammate, third, teamId } = await world();
    const goal = await stateGoal(leader.client, teamId);
    await place(member.client, goal.id, "curious", "team");
    await place(teammate.client, goal.id, "supportive", "leader");
    await place(third.client, goal.id, "champion", "private");

    const seenByTeammate = await goalOf(teammate.client, goal.id);
    expect(seenByTeammate.teammates).toEqual([
      { person: { id: member.userId, name: "Max" }, stance: "curious", statedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(await goalOf(member.client, goal.id))).not.toContain("champion");

    const sealed = await goalOf(leader.client, goal.id);
    const row = (id: string, g: Goal) => g.people?.find((p) => p.person.id === id);
    expect(row(member.userId, sealed)?.stated).toEqual({ sealed: true, statedAt: expect.any(String) });
    expect(row(teammate.userId, sealed)?.stated).toEqual({ sealed: true, statedAt: expect.any(String) });
    expect(row(third.userId, sealed)?.stated).toBeNull();
    expect(JSON.stringify(sealed)).not.toMatch(/curious|supportive|champion/);

    const looked = await ok(
      leader.client.post(`/api/v1/goals/${goal.id}/people/${member.userId}/stance-look`),
    );
    expect(looked).toEqual({ stance: "curious", statedAt: expect.any(String) });
    expect(row(member.userId, await goalOf(leader.client, goal.id))?.stated).toMatchObject({
      stance: "curious",
    });
    // A private stance cannot be looked at: it does not exist for the leader.
    expect(
      (await leader.client.post(`/api/v1/goals/${goal.id}/people/${third.userId}/stance-look`)).statusCode,
    ).toBe(404);

    // A change of visibility alone keeps the seal open; a new rung seals it again.
    t.clock.advance(60_000);
    await place(member.client, goal.id, "curious", "leader");
    expect(row(member.userId, await goalOf(leader.client, goal.id))?.stated).toMatchObject({
      stance: "curious",
    });
    t.clock.advance(60_000);
    await place(member.client, goal.id, "aware", "leader");
    expect(row(member.userId, await goalOf(leader.client, goal.id))?.stated).toMatchObject({ sealed: true });
  });

  it("keeps a perceived stance the leader's alone, after the stated one only when looked at first; a gap shows then", async () => {
    const { leader, member, teammate, teamId } = await world();
    const goal = await stateGoal(leader.client, teamId);
    await place(member.client, goal.id, "curious", "team");
    const perceive = (stance: string) =>
      ok<PerceivedStance>(
        leader.client.put(`/api/v1/goals/${goal.id}/people/${member.userId}/perceived-stance`, { stance }),
      );
    expect(await perceive("committed")).toMatchObject({ stance: "committed", afterStated: false });
    let seen = (await goalOf(leader.client, goal.id)).people?.find((p) => p.person.id === member.userId);
    expect(seen).toMatchObject({ perceived: { stance: "committed", afterStated: false }, gap: null });
    expect(await stanceGapsOf(t.ctx.db, leader.userId, [member.userId])).toEqual([]);

    t.clock.advance(60_000);
    await ok(leader.client.post(`/api/v1/goals/${goal.id}/people/${member.userId}/stance-look`));
    seen = (await goalOf(leader.client, goal.id)).people?.find((p) => p.person.id === member.userId);
    expect(seen).toMatchObject({
      stated: { stance: "curious" },
      perceived: { stance: "committed" },
      gap: { distance: 2, kind: "gap" },
    });
    expect(await stanceGapsOf(t.ctx.db, leader.userId, [member.userId])).toEqual([
      {
        goalId: goal.id,
        goalTitle: GOAL.title,
        teamId,
        personId: member.userId,
        perceived: "committed",
        stated: "curious",
        distance: 2,
        perceivedAt: expect.any(String),
      },
    ]);
    expect(await stanceGapsOf(t.ctx.db, leader.userId, [teammate.userId])).toEqual([]);
    expect(await goalsForLeaderHome(t.ctx.db, leader.userId, [member.userId])).toMatchObject({
      stanceGaps: [{ goalId: goal.id, personId: member.userId, distance: 2 }],
    });

    t.clock.advance(60_000);
    expect(await perceive("supportive")).toMatchObject({ afterStated: true });
    expect(await stanceGapsOf(t.ctx.db, leader.userId, [member.userId])).toEqual([]);

    // Members never read a perceived stance, their own included.
    for (const client of [member.client, teammate.client]) {
      const body = JSON.stringify(await goalOf(client, goal.id));
      expect(body).not.toContain("perceived");
      expect(body).not.toContain("supportive");
    }
  });

  it("names the first followers who agreed, in the order they joined, and lets the leader thank them in the open", async () => {
    const { leader, member, teammate, third, teamId } = await world();
    const goal = await stateGoal(leader.client, teamId);
    const everyone = [leader.client, member.client, teammate.client, third.client];
    await nextDay(...everyone);
    await place(member.client, goal.id, "supportive");
    await nextDay(...everyone);
    await place(teammate.client, goal.id, "curious");
    await nextDay(...everyone);
    await place(third.client, goal.id, "committed");
    t.clock.advance(60_000);
    await place(teammate.client, goal.id, "champion");

    // Nobody agreed to be named: the team sees that three joined, not who; each sees themselves.
    const anonymous = await goalOf(teammate.client, goal.id);
    expect(anonymous.followers.map((f) => [f.person?.name ?? "someone", f.first])).toEqual([
      ["someone", true],
      ["someone", true],
      ["Tam", true],
    ]);
    const thank = (personId: string) =>
      leader.client.post(`/api/v1/goals/${goal.id}/thanks`, {
        personId,
        message: "Thank you for going first.",
      });
    const refused = await thank(member.userId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("not_named");
    expect(fieldsOf(refused.body)).toEqual(["personId"]);
    const joinedOnly = await t.ctx.db.selectFrom("goal_thanks").selectAll().execute();
    expect(joinedOnly).toEqual([]);
    const unthanked = async () => (await goalsForLeaderHome(t.ctx.db, leader.userId, [])).unthankedFollowers;
    expect(await unthanked()).toEqual([]);

    await ok<MyStance>(member.client.put(`/api/v1/goals/${goal.id}/consent`, { named: true }));
    expect(await unthanked()).toEqual([
      { goalId: goal.id, goalTitle: GOAL.title, personId: member.userId, personName: "Max" },
    ]);
    const thanked = await ok(thank(member.userId), 201);
    expect(thanked).toMatchObject({ personId: member.userId, by: { id: leader.userId, name: "Lea" } });
    expect((await thank(member.userId)).json().error.code).toBe("already_thanked");
    expect(await unthanked()).toEqual([]);

    const named = await goalOf(third.client, goal.id);
    expect(named.followers[0]).toEqual({
      person: { id: member.userId, name: "Max" },
      joinedAt: "2026-03-03T09:00:00.000Z",
      first: true,
      thanked: {
        by: { id: leader.userId, name: "Lea" },
        message: "Thank you for going first.",
        at: expect.any(String),
      },
    });
    expect(
      (await ok<GoalList>(third.client.get(`/api/v1/teams/${teamId}/goals`))).goals[0]?.joinedCount,
    ).toBe(3);

    // Someone who is not following (yet) cannot be thanked.
    await place(third.client, goal.id, "curious");
    expect((await thank(third.userId)).json().error.code).toBe("not_a_follower");
    // Withdrawing consent hides the name again, and the thanks with it.
    await ok(member.client.put(`/api/v1/goals/${goal.id}/consent`, { named: false }));
    const again = await goalOf(third.client, goal.id);
    expect(again.followers[0]).toMatchObject({ person: null, thanked: null });
    expect(JSON.stringify(again)).not.toContain("going first");
  });

  it("draws the adoption curve, withheld from members below the threshold, with the leader's perceived curve", async () => {
    const { leader, member, teammate, third, teamId } = await world();
    const goal = await stateGoal(leader.client, teamId);
    const everyone = [leader.client, member.client, teammate.client, third.client];
    await nextDay(...everyone);
    await place(member.client, goal.id, "supportive");
    await nextDay(...everyone);
    await place(teammate.client, goal.id, "committed", "leader");
    await ok(
      leader.client.put(`/api/v1/goals/${goal.id}/people/${member.userId}/perceived-stance`, {
        stance: "aware",
      }),
    );
    await nextDay(...everyone);
    await place(third.client, goal.id, "champion", "private");

    const withheld = await ok<Adoption>(member.client.get(`/api/v1/goals/${goal.id}/adoption`));
    expect(withheld).toEqual({
      goalId: goal.id,
      days: [],
      weeks: [],
      joinedCount: 1, // the member themselves
      crowdAt: null,
      withheld: {
        reason: "too_few",
        message:
          "Fewer than 3 people have shared a stance on this goal, so the curve is withheld to keep stances anonymous.",
      },
    });

    const lead = await ok<Adoption>(leader.client.get(`/api/v1/goals/${goal.id}/adoption`));
    const zero = { unaware: 0, aware: 0, curious: 0, supportive: 0, committed: 0, champion: 0 };
    expect(lead.days).toEqual([
      { day: "2026-03-03", counts: { ...zero, supportive: 1 } },
      { day: "2026-03-04", counts: { ...zero, supportive: 1, committed: 1 } },
    ]);
    expect(lead.weeks).toEqual([
      { weekStart: "2026-03-02", counts: { ...zero, supportive: 1, committed: 1 } },
    ]);
    expect(lead.crowdAt).toBeNull();
    expect(lead.withheld).toBeUndefined();
    expect(lead.perceived).toEqual({
      days: [{ day: "2026-03-04", counts: { ...zero, aware: 1 } }],
      weeks: [{ weekStart: "2026-03-02", counts: { ...zero, aware: 1 } }],
    });

    // The third shares their stance: three people, the curve shows to members, and a crowd forms.
    await nextDay(...everyone);
    await place(third.client, goal.id, "champion", "team");
    const shown = await ok<Adoption>(teammate.client.get(`/api/v1/goals/${goal.id}/adoption`));
    expect(shown.withheld).toBeUndefined();
    expect(shown.perceived).toBeUndefined();
    expect(shown.days.at(-1)).toEqual({
      day: "2026-03-06",
      counts: { ...zero, supportive: 1, committed: 1, champion: 1 },
    });
    expect(shown.crowdAt).toBe("2026-03-06T09:00:00.000Z");
    expect(shown.joinedCount).toBe(3);

    // Withdrawn: off the curve from that day on.
    await nextDay(...everyone);
    await ok(member.client.delete(`/api/v1/goals/${goal.id}/stance`));
    expect((await member.client.delete(`/api/v1/goals/${goal.id}/stance`)).statusCode).toBe(404);
    const after = await ok<Adoption>(leader.client.get(`/api/v1/goals/${goal.id}/adoption`));
    expect(after.days.at(-1)).toEqual({ day: "2026-03-07", counts: { ...zero, committed: 1, champion: 1 } });
    expect(after.crowdAt).toBe("2026-03-06T09:00:00.000Z");
  });

  it("lints questions, keeps them whatever the linter says, and lets the team's leaders answer", async () => {
    const { leader, member, teamId } = await world();
    const goal = await stateGoal(leader.client, teamId);
    const closed = await ok<GoalQuestion>(
      member.client.post(`/api/v1/goals/${goal.id}/questions`, { text: "Is this mandatory?" }),
      201,
    );
    t.clock.advance(60_000);
    expect(closed).toMatchObject({
      text: "Is this mandatory?",
      askedBy: { id: member.userId, name: "Max" },
      answer: null,
    });
    expect(closed.lint.open).toBe(false);
    expect(closed.lint.findings.map((f) => f.code)).toContain("closed");
    const open = await ok<GoalQuestion>(
      leader.client.post(`/api/v1/goals/${goal.id}/questions`, {
        text: "What would make this easier for you?",
      }),
      201,
    );
    expect(open.lint).toMatchObject({ open: true, findings: [] });
    const stored = await t.ctx.db
      .selectFrom("goal_questions")
      .select(["text", "lint_codes"])
      .orderBy("asked_at")
      .execute();
    expect(stored.map((q) => JSON.parse(q.lint_codes))).toEqual([
      closed.lint.findings.map((f) => f.code),
      [],
    ]);

    const url = `/api/v1/goals/${goal.id}/questions/${closed.id}/answer`;
    expect((await member.client.put(url, { text: "No." })).statusCode).toBe(403);
    const answered = await ok<GoalQuestion>(leader.client.put(url, { text: "No: try it for a week." }));
    expect(answered.answer).toEqual({
      text: "No: try it for a week.",
      by: { id: leader.userId, name: "Lea" },
      at: expect.any(String),
    });
    expect((await goalOf(member.client, goal.id)).questions.map((q) => q.answer?.text ?? null)).toEqual([
      "No: try it for a week.",
      null,
    ]);
    const unknown = `/api/v1/goals/${goal.id}/questions/${goal.id}/answer`;
    expect((await leader.client.put(unknown, { text: "Yes" })).statusCode).toBe(404);
  });

  it("lists a member's goals to place themselves on until they do", async () => {
    const { leader, member, teamId } = await world();
    const goal = await stateGoal(leader.client, teamId);
    expect(await goalsToPlace(t.ctx.db, member.userId)).toEqual([
      { goalId: goal.id, title: GOAL.title, teamName: "Platform" },
    ]);
    expect(await goalsToPlace(t.ctx.db, leader.userId)).toEqual([]);
    await place(member.client, goal.id, "aware");
    expect(await goalsToPlace(t.ctx.db, member.userId)).toEqual([]);
  });
});
