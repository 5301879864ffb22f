import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  AcceptedCoachInvitation,
  Assignment,
  CoachedLeaderDetail,
  CoachedLeaderList,
  CoachGrant,
  CoachList,
  CreatedCoach,
  MyCoaching,
} from "#contracts/coaching";
import { COACH_GRANTS } from "#contracts/coaching";
import { ledTeam, otherWorkspace } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

const ok = async <T>(response: Promise<{ statusCode: number; body: string }>, status = 200) => {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return JSON.parse(r.body) as T;
};
const codeOf = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;
const tokenOf = (url: string) => url.split("/coach-invitations/")[1] ?? "";
const FIGURES = ["practice", "audit", "goals", "alignment", "manual"] as const;

describe("coaching", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  /** A leader with a new coach who accepted with these grants. */
  async function coached(grants: CoachGrant[] = [...COACH_GRANTS]) {
    const team = await ledTeam(t);
    const invited = await ok<CreatedCoach>(
      team.leader.client.post("/api/v1/me/coaches", { email: "coach@example.test", grants }),
      201,
    );
    const coach = new Client(t.app);
    const accepted = await ok<AcceptedCoachInvitation>(
      coach.post(`/api/v1/coach-invitations/${tokenOf(invited.url)}/accept`, {
        name: "Cora Coach",
        password: PASSWORD,
      }),
    );
    return { ...team, coach, coachingId: invited.id, accepted, invited };
  }

  it("invites a coach by email: a link that works once, mailed, listed as pending then active", async () => {
    const { leader, member } = await ledTeam(t);
    const invited = await ok<CreatedCoach>(
      leader.client.post("/api/v1/me/coaches", {
        email: "Coach@Example.test",
        grants: ["practice", "audit"],
      }),
      201,
    );
    expect(invited).toMatchObject({
      email: "coach@example.test",
      name: null,
      status: "pending",
      grants: ["audit", "practice"],
      emailed: true,
    });
    expect(invited.url).toMatch(/^http:\/\/localhost:3000\/coach-invitations\/.{10,}/);
    expect(t.mail.at(-1)?.text).toContain(invited.url);
    const preview = await ok<{ leaderName: string; grants: string[] }>(
      new Client(t.app).get(`/api/v1/coach-invitations/${tokenOf(invited.url)}`),
    );
    expect(preview).toMatchObject({
      leaderName: "Lea",
      workspaceName: "Acme",
      grants: ["audit", "practice"],
    });

    // A second invitation of the same address while the first is open is a conflict.
    const again = await leader.client.post("/api/v1/me/coaches", { email: "coach@example.test", grants: [] });
    expect([again.statusCode, codeOf(again.body)]).toEqual([409, "already_invited"]);
    // Only someone who leads a team invites a coach; nobody invites themselves.
    expect(
      (await member.client.post("/api/v1/me/coaches", { email: "x@example.test", grants: [] })).statusCode,
    ).toBe(403);
    const me = await ok<{ user: { email: string } }>(leader.client.get("/api/v1/me"));
    const self = await leader.client.post("/api/v1/me/coaches", { email: me.user.email, grants: [] });
    expect([self.statusCode, codeOf(self.body)]).toEqual([409, "self_coaching"]);
    // A grant named twice or unknown is a 400 naming the field.
    const twice = await leader.client.post("/api/v1/me/coaches", {
      email: "y@example.test",
      grants: ["audit", "audit"],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain("grants");

    const coach = new Client(t.app);
    const accepted = await ok<AcceptedCoachInvitation>(
      coach.post(`/api/v1/coach-invitations/${tokenOf(invited.url)}/accept`, {
        name: "Cora Coach",
        password: PASSWORD,
      }),
    );
    expect(accepted.coachId).toBe(invited.id);
    const list = await ok<CoachList>(leader.client.get("/api/v1/me/coaches"));
    expect(list.coaches).toEqual([
      expect.objectContaining({
        id: invited.id,
        name: "Cora Coach",
        status: "active",
        grants: ["audit", "practice"],
      }),
    ]);
    // Single use.
    const reused = await new Client(t.app).post(`/api/v1/coach-invitations/${tokenOf(invited.url)}/accept`, {
      name: "Other",
      password: PASSWORD,
    });
    expect([reused.statusCode, codeOf(reused.body)]).toEqual([410, "invitation_used"]);
    const leaders = await ok<CoachedLeaderList>(coach.get("/api/v1/coaching/leaders"));
    expect(leaders.leaders).toEqual([
      expect.objectContaining({
        id: accepted.leaderId,
        name: "Lea",
        grants: ["audit", "practice"],
        openAssignments: 0,
      }),
    ]);
  });

  it("follows the invitation link's rules: expiry, signed in as the address, someone else, another workspace", async () => {
    const { leader, member, otherLeader } = await ledTeam(t);
    const memberEmail = member.email;
    const link = async (email: string) =>
      tokenOf(
        (
          await ok<CreatedCoach>(
            leader.client.post("/api/v1/me/coaches", { email, grants: ["practice"] }),
            201,
          )
        ).url,
      );
    // Signed out, the address has an account: sign in first. Signed in as someone else: 403.
    const forMember = await link(memberEmail);
    const signedOut = await new Client(t.app).post(`/api/v1/coach-invitations/${forMember}/accept`, {});
    expect([signedOut.statusCode, codeOf(signedOut.body)]).toEqual([401, "sign_in_required"]);
    const wrong = await otherLeader.client.post(`/api/v1/coach-invitations/${forMember}/accept`, {});
    expect([wrong.statusCode, codeOf(wrong.body)]).toEqual([403, "wrong_account"]);
    // Signed in as the address: a member of the leader's team may coach them too.
    await ok(member.client.post(`/api/v1/coach-invitations/${forMember}/accept`, {}));
    expect((await ok<CoachedLeaderList>(member.client.get("/api/v1/coaching/leaders"))).leaders).toHaveLength(
      1,
    );

    // An address whose account is in another workspace: a clear 409.
    const stranger = await otherWorkspace(t);
    const elsewhere = await link(stranger.email);
    const refused = await stranger.client.post(`/api/v1/coach-invitations/${elsewhere}/accept`, {});
    expect([refused.statusCode, codeOf(refused.body)]).toEqual([409, "other_workspace"]);

    // After 7 days the link has expired.
    const late = await link("late@example.test");
    t.clock.advance(7 * 24 * 3_600_000 + 1000);
    const expired = await new Client(t.app).get(`/api/v1/coach-invitations/${late}`);
    expect([expired.statusCode, codeOf(expired.body)]).toEqual([410, "invitation_expired"]);
  });

  it("shows only the granted figures, and revoking each grant takes away exactly that figure", async () => {
    const { leader, coach, coachingId, accepted } = await coached();
    const detail = () => ok<CoachedLeaderDetail>(coach.get(`/api/v1/coaching/leaders/${accepted.leaderId}`));
    const full = await detail();
    expect(full.leader).toEqual({ id: accepted.leaderId, name: "Lea" });
    for (const figure of FIGURES) expect(full[figure], figure).not.toBeNull();
    expect(full.audit?.teams.map((team) => team.teamName)).toEqual(["Platform"]);
    expect(full.alignment?.teams[0]).toMatchObject({ teamName: "Platform", concordance: null });
    expect(full.practice?.months).toHaveLength(6);

    for (const revoked of FIGURES) {
      const rest = COACH_GRANTS.filter((g) => g !== revoked);
      await ok(leader.client.patch(`/api/v1/me/coaches/${coachingId}`, { grants: rest }));
      const now = await detail();
      expect(now.grants).toEqual([...rest].sort());
      expect(now[revoked], revoked).toBeNull();
      for (const kept of FIGURES.filter((f) => f !== revoked)) expect(now[kept], kept).toEqual(full[kept]);
      expect(now.notes).toEqual(full.notes);
      // The request for the revoked figure itself is refused; each kept one is served alone.
      const figureOf = (grant: string) =>
        coach.get(`/api/v1/coaching/leaders/${accepted.leaderId}/figures/${grant}`);
      const refused = await figureOf(revoked);
      expect([refused.statusCode, codeOf(refused.body)], revoked).toEqual([403, "grant_required"]);
      const kept = FIGURES.find((f) => f !== revoked) ?? "practice";
      const alone = await ok<Record<string, unknown>>(figureOf(kept));
      expect(alone[kept], kept).toEqual(full[kept]);
      for (const other of FIGURES.filter((f) => f !== kept)) expect(alone[other], other).toBeNull();
      await ok(leader.client.patch(`/api/v1/me/coaches/${coachingId}`, { grants: [...COACH_GRANTS] }));
    }
    await ok(leader.client.patch(`/api/v1/me/coaches/${coachingId}`, { grants: [] }));
    const none = await detail();
    for (const figure of FIGURES) expect(none[figure], figure).toBeNull();
  });

  it("ends a coaching at the coach's next request, and kills a link not yet used", async () => {
    const { leader, coach, coachingId, accepted } = await coached(["practice"]);
    await ok(coach.get(`/api/v1/coaching/leaders/${accepted.leaderId}`));
    await ok(leader.client.delete(`/api/v1/me/coaches/${coachingId}`));
    expect((await coach.get(`/api/v1/coaching/leaders/${accepted.leaderId}`)).statusCode).toBe(404);
    expect(
      (await coach.post(`/api/v1/coaching/leaders/${accepted.leaderId}/notes`, { body: "Still here?" }))
        .statusCode,
    ).toBe(404);
    expect((await ok<CoachedLeaderList>(coach.get("/api/v1/coaching/leaders"))).leaders).toEqual([]);
    expect((await ok<CoachList>(leader.client.get("/api/v1/me/coaches"))).coaches).toEqual([]);
    expect((await leader.client.delete(`/api/v1/me/coaches/${coachingId}`)).statusCode).toBe(404);

    const pending = await ok<CreatedCoach>(
      leader.client.post("/api/v1/me/coaches", { email: "next@example.test", grants: [] }),
      201,
    );
    await ok(leader.client.delete(`/api/v1/me/coaches/${pending.id}`));
    const dead = await new Client(t.app).post(`/api/v1/coach-invitations/${tokenOf(pending.url)}/accept`, {
      name: "Nell",
      password: PASSWORD,
    });
    expect([dead.statusCode, codeOf(dead.body)]).toEqual([410, "invitation_revoked"]);
  });

  it("lets a coach write notes and set assignments; a measured one moves with the leader's data", async () => {
    t.clock.set(new Date("2026-03-02T09:00:00Z"));
    const { leader, member, coach, coachingId, accepted } = await coached(["practice"]);
    const base = `/api/v1/coaching/leaders/${accepted.leaderId}`;
    const note = await ok<{ body: string; coachId: string; coachName: string }>(
      coach.post(`${base}/notes`, { body: "Try going first next time." }),
      201,
    );
    expect(note).toMatchObject({ coachId: coachingId, coachName: "Cora Coach" });
    const loops = await ok<Assignment>(
      coach.post(`${base}/assignments`, {
        title: "Close two vulnerability loops this fortnight",
        dueOn: "2026-03-15",
        measure: "loops_closed",
        target: 2,
      }),
      201,
    );
    expect(loops).toMatchObject({ setOn: "2026-03-02", progress: 0, done: false, overdue: false, target: 2 });
    const manual = await ok<Assignment>(
      coach.post(`${base}/assignments`, { title: "Read the chapter on listening", dueOn: "2026-03-09" }),
      201,
    );
    expect(manual).toMatchObject({ measure: "manual", target: null, progress: null, done: false });
    // A measured one needs a target; a due day in the past is refused.
    const noTarget = await coach.post(`${base}/assignments`, {
      title: "x",
      dueOn: "2026-03-09",
      measure: "loops_closed",
    });
    expect([noTarget.statusCode, noTarget.body.includes("target")]).toEqual([400, true]);
    const past = await coach.post(`${base}/assignments`, { title: "x", dueOn: "2026-03-01" });
    expect([past.statusCode, past.body.includes("dueOn")]).toEqual([400, true]);

    // The leader holds two conversations and closes a loop in each.
    for (const at of ["2026-03-02T06", "2026-03-02T07"]) {
      const planned = await ok<{ id: string }>(
        leader.client.post(`/api/v1/people/${member.userId}/conversations`, {
          scheduledAt: `${at}:00:00Z`,
        }),
        201,
      );
      await ok(
        leader.client.patch(`/api/v1/conversations/${planned.id}`, {
          status: "held",
          loop: { signal: "I got this wrong", signalAt: `${at}:05:00Z`, closedAt: `${at}:20:00Z` },
        }),
      );
    }
    t.clock.set(new Date("2026-03-02T12:00:00Z"));
    const mine = await ok<MyCoaching>(leader.client.get("/api/v1/me/coaching"));
    expect(mine.notes.map((n) => n.body)).toEqual(["Try going first next time."]);
    expect(mine.assignments.map((a) => [a.title, a.progress, a.done])).toEqual([
      ["Read the chapter on listening", null, false],
      ["Close two vulnerability loops this fortnight", 2, true],
    ]);
    // The leader marks the manual one done (and may take the mark back); the coach sees it.
    const marked = await ok<Assignment>(
      leader.client.patch(`/api/v1/me/coaching/assignments/${manual.id}`, { done: true }),
    );
    expect(marked.done).toBe(true);
    const detail = await ok<CoachedLeaderDetail>(coach.get(base));
    expect(detail.assignments.map((a) => a.done)).toEqual([true, true]);
    // Nobody else marks the leader's assignments, the coach included.
    expect(
      (await coach.patch(`/api/v1/me/coaching/assignments/${manual.id}`, { done: false })).statusCode,
    ).toBe(404);
    expect((await member.client.get("/api/v1/me/coaching")).statusCode).toBe(200);
    expect((await ok<MyCoaching>(member.client.get("/api/v1/me/coaching"))).assignments).toEqual([]);

    // Without the practice grant, a measured assignment is refused and its progress is not shown.
    await ok(leader.client.patch(`/api/v1/me/coaches/${coachingId}`, { grants: [] }));
    const refused = await coach.post(`${base}/assignments`, {
      title: "x",
      dueOn: "2026-03-09",
      measure: "conversations_held",
      target: 1,
    });
    expect(refused.statusCode).toBe(403);
    const hidden = await ok<CoachedLeaderDetail>(coach.get(base));
    expect(hidden.assignments.find((a) => a.id === loops.id)).toMatchObject({ progress: null, done: false });

    // The leader's and the coach's exports hold the coaching, its note and its assignments; the
    // member's holds none of it.
    for (const [who, as] of [
      [leader.client, "leader"],
      [coach, "coach"],
    ] as const) {
      const exported = await ok<{
        coaching: {
          coachings: { id: string; as: string }[];
          notes: { body: string }[];
          assignments: { id: string }[];
        };
      }>(who.get("/api/v1/me/export.json"));
      expect(exported.coaching.coachings.map((c) => [c.id, c.as])).toEqual([[coachingId, as]]);
      expect(exported.coaching.notes.map((n) => n.body)).toEqual(["Try going first next time."]);
      expect(exported.coaching.assignments.map((a) => a.id)).toContain(loops.id);
    }
    const theirs = await member.client.get("/api/v1/me/export.json");
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain("Try going first next time.");
    expect(theirs.json().coaching).toEqual({ coachings: [], notes: [], assignments: [] });
  });

  it("lets a coach coach several leaders of the workspace, each apart", async () => {
    const { leader, otherLeader } = await ledTeam(t);
    const coach = new Client(t.app);
    for (const [who, grants] of [
      [leader, ["practice"]],
      [otherLeader, ["manual"]],
    ] as const) {
      const invited = await ok<CreatedCoach>(
        who.client.post("/api/v1/me/coaches", { email: "multi@example.test", grants }),
        201,
      );
      const body =
        (await coach.get("/api/v1/me")).statusCode === 200 ? {} : { name: "Mo Coach", password: PASSWORD };
      await ok(coach.post(`/api/v1/coach-invitations/${tokenOf(invited.url)}/accept`, body));
    }
    const list = await ok<CoachedLeaderList>(coach.get("/api/v1/coaching/leaders"));
    expect(list.leaders.map((l) => [l.name, l.grants])).toEqual([
      ["Lea", ["practice"]],
      ["Olu", ["manual"]],
    ]);
    const lea = await ok<CoachedLeaderDetail>(coach.get(`/api/v1/coaching/leaders/${leader.userId}`));
    expect([lea.practice !== null, lea.manual]).toEqual([true, null]);
  });
});
