import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, inviteToken, joinTeam, otherWorkspace, setupWorkspace } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

describe("teams and invitations", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("invites a member who accepts, shows on the team, and sees it as theirs", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const invite = await admin.post(`/api/v1/teams/${teamId}/invitations`, {
      email: "Mo@Example.test",
      role: "member",
    });
    expect(invite.statusCode).toBe(201);
    const { url, emailed, expiresAt } = invite.json();
    expect(url).toMatch(/^http:\/\/localhost:3000\/invitations\/[\w-]{20,}$/);
    expect(emailed).toBe(true);
    expect(t.mail[0]?.to).toBe("mo@example.test");
    expect(t.mail[0]?.text).toContain(url);
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const token = url.split("/invitations/")[1];
    const visitor = new Client(t.app);
    const preview = (await visitor.get(`/api/v1/invitations/${token}`)).json();
    expect(preview).toMatchObject({ teamName: "Platform", workspaceName: "Acme", email: "mo@example.test" });
    // Whether the address has an account is not said to whoever holds the link.
    expect(preview).not.toHaveProperty("hasAccount");
    const accepted = await visitor.post(`/api/v1/invitations/${token}/accept`, {
      name: "Mo",
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
    const me = (await visitor.get("/api/v1/me")).json();
    expect(me.teams).toEqual([{ id: teamId, name: "Platform", role: "member" }]);
    const team = (await admin.get(`/api/v1/teams/${teamId}`)).json();
    expect(team.members.map((m: { name: string }) => m.name)).toEqual(["Mo"]);
    expect(team.leaders.map((m: { name: string }) => m.name)).toEqual(["Ada Admin"]);
    expect((await admin.get(`/api/v1/teams/${teamId}/invitations`)).json()).toEqual({ invitations: [] });
  });

  it("refuses an unknown, a used and an expired invitation with a message a person understands", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const visitor = new Client(t.app);
    const unknown = await visitor.post("/api/v1/invitations/not-a-real-token-at-all/accept", {
      name: "X",
      password: PASSWORD,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/invitation/i);

    const used = await inviteToken(admin, teamId, "used@example.test", "member");
    expect(
      (await visitor.post(`/api/v1/invitations/${used}/accept`, { name: "U", password: PASSWORD }))
        .statusCode,
    ).toBe(200);
    const again = await new Client(t.app).post(`/api/v1/invitations/${used}/accept`, {
      name: "U2",
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe("invitation_used");

    const expiring = await inviteToken(admin, teamId, "late@example.test", "member");
    t.clock.advance(7 * 24 * 60 * 60 * 1000 + 1);
    const expired = await new Client(t.app).post(`/api/v1/invitations/${expiring}/accept`, {
      name: "L",
      password: PASSWORD,
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe("invitation_expired");
    expect(expired.json().error.message).toMatch(/expired/);
    expect(
      await t.ctx.db.selectFrom("users").select("email").where("email", "=", "late@example.test").execute(),
    ).toEqual([]);
  });

  it("leaves no partial record when an acceptance is refused, and the link still works after", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const token = await inviteToken(admin, teamId, "new@example.test", "member");
    const visitor = new Client(t.app);
    const short = await visitor.post(`/api/v1/invitations/${token}/accept`, {
      name: "New",
      password: "short",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].path).toBe("password");
    const noName = await visitor.post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD });
    expect(noName.json().error.details.fields[0].path).toBe("name");
    expect(
      await t.ctx.db.selectFrom("users").select("id").where("email", "=", "new@example.test").execute(),
    ).toEqual([]);
    expect(
      (await visitor.post(`/api/v1/invitations/${token}/accept`, { name: "New", password: PASSWORD }))
        .statusCode,
    ).toBe(200);
  });

  it("adds an existing person to a second team once they are signed in as the invited address", async () => {
    const { admin } = await setupWorkspace(t);
    const first = await createTeam(admin, "First");
    const second = await createTeam(admin, "Second");
    const lee = await joinTeam(t, admin, first, "member", "Lee");
    const token = await inviteToken(admin, second, lee.email, "leader");
    // Signed out, the link never takes the existing account's password, right or wrong.
    for (const password of ["someone else's pass", PASSWORD]) {
      const visitor = new Client(t.app);
      const refused = await visitor.post(`/api/v1/invitations/${token}/accept`, { password });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.code).toBe("sign_in_required");
      expect(visitor.sessionCookie).toBeNull();
    }
    // Signed in as someone else, it is refused and the link stays usable.
    const other = await joinTeam(t, admin, first, "member", "Other");
    const wrongAccount = await other.client.post(`/api/v1/invitations/${token}/accept`);
    expect(wrongAccount.statusCode).toBe(403);
    expect(wrongAccount.json().error.code).toBe("wrong_account");
    const sessionBefore = lee.client.sessionCookie;
    const ok = await lee.client.post(`/api/v1/invitations/${token}/accept`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ userId: lee.userId, teamId: second });
    expect(lee.client.sessionCookie).toBe(sessionBefore);
    const roles = (await lee.client.get("/api/v1/me"))
      .json()
      .teams.map((x: { name: string; role: string }) => `${x.name}:${x.role}`);
    expect(roles.sort()).toEqual(["First:member", "Second:leader"]);
    expect((await lee.client.post(`/api/v1/invitations/${token}/accept`)).statusCode).toBe(410);
  });

  it("lets a leader who was invited as leader create a team and invite; members cannot", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const leader = await joinTeam(t, admin, teamId, "leader");
    const member = await joinTeam(t, admin, teamId, "member");
    expect((await member.client.post("/api/v1/teams", { name: "Mine" })).statusCode).toBe(403);
    expect(
      (
        await member.client.post(`/api/v1/teams/${teamId}/invitations`, {
          email: "x@example.test",
          role: "member",
        })
      ).statusCode,
    ).toBe(403);
    const own = await createTeam(leader.client, "Leader's own");
    expect(
      (await leader.client.get("/api/v1/teams"))
        .json()
        .teams.map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual([teamId, own].sort());
    expect(
      (
        await leader.client.post(`/api/v1/teams/${own}/invitations`, {
          email: "y@example.test",
          role: "member",
        })
      ).statusCode,
    ).toBe(201);
  });

  it("refuses to invite someone already on the team, and invites every other address alike", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    const dup = await admin.post(`/api/v1/teams/${teamId}/invitations`, {
      email: member.email,
      role: "member",
    });
    expect(dup.statusCode).toBe(409);
    // An address with an account in another workspace and one with no account answer the same.
    const stranger = await otherWorkspace(t);
    const elsewhere = await admin.post(`/api/v1/teams/${teamId}/invitations`, {
      email: stranger.email,
      role: "member",
    });
    const fresh = await admin.post(`/api/v1/teams/${teamId}/invitations`, {
      email: "fresh@example.test",
      role: "member",
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(fresh.statusCode).toBe(201);
    expect(Object.keys(elsewhere.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
    expect(elsewhere.json().emailed).toBe(fresh.json().emailed);
    // The stranger may sign in to their own workspace, but not join this one with that account.
    const token = elsewhere.json().url.split("/invitations/")[1];
    const refused = await stranger.client.post(`/api/v1/invitations/${token}/accept`);
    expect(refused.statusCode).toBe(403);
    expect(
      await t.ctx.db.selectFrom("team_memberships").select("user_id").where("team_id", "=", teamId).execute(),
    ).not.toContainEqual({ user_id: stranger.userId });
    const bad = await admin.post(`/api/v1/teams/${teamId}/invitations`, { email: "nope", role: "boss" });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["email", "role"]);
    // Only the invitations that were answered 201 exist; the refused ones wrote nothing.
    expect(
      (await t.ctx.db.selectFrom("invitations").select("email").execute()).map((r) => r.email).sort(),
    ).toEqual([member.email, stranger.email, "fresh@example.test"].sort());
  });
});
