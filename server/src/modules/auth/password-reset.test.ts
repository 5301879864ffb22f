import { afterEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, otherWorkspace, setupWorkspace, signIn } from "../../../test/factories";
import { Client, startTestApp, type TestApp } from "../../../test/harness";

const NEW_PASSWORD = "a fresh passphrase after forgetting";

const tokenOf = (url: string) => url.split("#")[1] ?? "";

describe("password reset links", () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  const start = async (options: Parameters<typeof startTestApp>[0] = {}) => {
    const t = await startTestApp(options);
    apps.push(t);
    return t;
  };
  const use = (client: Client, token: string, newPassword = NEW_PASSWORD) =>
    client.post("/api/v1/auth/password-resets/use", { token, newPassword });
  const check = (t: TestApp, token: string) =>
    new Client(t.app).post("/api/v1/auth/password-resets/check", { token });

  it("without mail, sends nothing, and an admin makes a link for a person of their workspace only", async () => {
    const t = await start({ mail: "smtp" }); // no SMTP_URL: the app sends no mail
    const { admin, adminId } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const leader = await joinTeam(t, admin, teamId, "leader");
    const member = await joinTeam(t, admin, teamId, "member", "Mia Member");
    const elsewhere = await otherWorkspace(t);

    expect((await new Client(t.app).get("/api/v1/auth/password-resets")).json()).toEqual({
      byMail: false,
      validMinutes: 60,
    });
    const asked = await new Client(t.app).post("/api/v1/auth/password-resets", { email: member.email });
    expect([asked.statusCode, asked.json()]).toEqual([202, { byMail: false }]);
    expect(await t.ctx.db.selectFrom("password_resets").select("id").execute()).toEqual([]);

    // A leader manages a team, not accounts; another workspace's admin cannot find the person.
    const byLeader = await leader.client.post(`/api/v1/users/${member.userId}/password-reset`);
    expect([byLeader.statusCode, byLeader.json().error.code]).toEqual([403, "forbidden"]);
    const byStranger = await elsewhere.client.post(`/api/v1/users/${member.userId}/password-reset`);
    expect(byStranger.statusCode).toBe(404);
    const forStranger = await admin.post(`/api/v1/users/${elsewhere.userId}/password-reset`);
    expect(forStranger.statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom("password_resets").select("id").execute()).toEqual([]);

    const made = await admin.post(`/api/v1/users/${member.userId}/password-reset`);
    expect(made.statusCode).toBe(201);
    const expiresAt = new Date(t.clock.now().getTime() + 60 * 60_000).toISOString();
    expect(made.json()).toEqual({
      url: expect.stringMatching(/^http:\/\/localhost:3000\/reset-password#.{40,}$/),
      expiresAt,
    });
    const stored = await t.ctx.db.selectFrom("password_resets").selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ user_id: member.userId, created_by: adminId, used_at: null });

    // The admin hands the link over; the person sets their password with it.
    const token = tokenOf(made.json().url);
    const person = new Client(t.app);
    expect((await use(person, token)).statusCode).toBe(200);
    expect((await person.get("/api/v1/me")).json().user.id).toBe(member.userId);
    expect((await member.client.get("/api/v1/me")).statusCode).toBe(401);
    // The admin's own session is not the person's: it carries on.
    expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
  });

  it("refuses a link while signed in as someone else, and keeps it usable for its person", async () => {
    const t = await start();
    const { admin } = await setupWorkspace(t);
    const member = await joinTeam(t, admin, await createTeam(admin), "member");
    const token = tokenOf((await admin.post(`/api/v1/users/${member.userId}/password-reset`)).json().url);

    const wrong = await use(admin, token);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({
      code: "wrong_account",
      message: "This link is for another account. Sign out, then open it again.",
    });
    expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
    // Signed in as the person themselves, it works, and ends that session too for a fresh one.
    const before = member.client.sessionCookie;
    expect((await use(member.client, token)).statusCode).toBe(200);
    expect(member.client.sessionCookie).not.toBe(before);
    expect((await member.client.get("/api/v1/me")).statusCode).toBe(200);
    await signIn(t, member.email, NEW_PASSWORD);
  });

  it("closes every open link of the person when one is used", async () => {
    const t = await start();
    const { admin } = await setupWorkspace(t);
    const member = await joinTeam(t, admin, await createTeam(admin), "member");
    const ask = () => new Client(t.app).post("/api/v1/auth/password-resets", { email: member.email });
    expect((await ask()).statusCode).toBe(202);
    expect((await ask()).statusCode).toBe(202);
    const mailed = t.mail.filter((m) => m.subject === "Set a new password for Rapport");
    expect(mailed.map((m) => m.to)).toEqual([member.email, member.email]);
    const [first, second] = mailed.map((m) => /#(\S+)/.exec(m.text)?.[1] ?? "");
    const byAdmin = tokenOf((await admin.post(`/api/v1/users/${member.userId}/password-reset`)).json().url);

    expect((await use(new Client(t.app), second ?? "")).statusCode).toBe(200);
    for (const token of [first ?? "", byAdmin]) {
      const closed = await use(new Client(t.app), token, "someone else's passphrase");
      expect([closed.statusCode, closed.json().error.code]).toEqual([410, "reset_link_used"]);
    }
    await signIn(t, member.email, NEW_PASSWORD);
  });

  it("does not make or honour links for a deactivated person", async () => {
    const t = await start();
    const { admin } = await setupWorkspace(t);
    const member = await joinTeam(t, admin, await createTeam(admin), "member", "Mia Member");
    const token = tokenOf((await admin.post(`/api/v1/users/${member.userId}/password-reset`)).json().url);
    expect((await admin.post(`/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(200);

    const refused = await admin.post(`/api/v1/users/${member.userId}/password-reset`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe("Mia Member is deactivated: reactivate them first.");
    const old = await use(new Client(t.app), token);
    expect([old.statusCode, old.json().error.code]).toEqual([410, "account_deactivated"]);
    expect((await check(t, token)).statusCode).toBe(410);
  });

  it("answers an unknown link 404, and forgets links a week after they expired", async () => {
    const t = await start();
    const { admin, adminEmail } = await setupWorkspace(t);
    const member = await joinTeam(t, admin, await createTeam(admin), "member");
    const unknown = await check(t, "no-such-reset-token");
    expect([unknown.statusCode, unknown.json().error.message]).toEqual([404, "This link was not found."]);
    expect((await use(new Client(t.app), "no-such-reset-token")).statusCode).toBe(404);

    const old = tokenOf((await admin.post(`/api/v1/users/${member.userId}/password-reset`)).json().url);
    t.clock.advance(6 * 24 * 60 * 60_000);
    const again = await signIn(t, adminEmail);
    const recent = tokenOf((await again.post(`/api/v1/users/${member.userId}/password-reset`)).json().url);
    t.clock.advance(24 * 60 * 60_000 + 60 * 60_000 + 1_000);
    await t.scheduler.tick();
    // Expired more than seven days ago: gone. Expired less than a day ago: still "expired".
    expect((await check(t, old)).statusCode).toBe(404);
    expect((await check(t, recent)).statusCode).toBe(410);
    expect(await t.ctx.db.selectFrom("password_resets").select("id").execute()).toHaveLength(1);
  });

  it("limits requests like sign-in, on counts of their own", async () => {
    const t = await start();
    const { adminEmail } = await setupWorkspace(t);
    const ask = (email: string) => new Client(t.app).post("/api/v1/auth/password-resets", { email });

    // Five a minute for one address (found or not), as for failed sign-ins.
    for (let i = 0; i < 5; i++) expect((await ask(adminEmail)).statusCode).toBe(202);
    const refused = await ask(adminEmail);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("60");
    expect(refused.json().error).toMatchObject({
      code: "too_many_attempts",
      message: "Too many requests for a reset link. Try again in 60 seconds.",
    });
    expect(t.mail.filter((m) => m.to === adminEmail && m.subject.startsWith("Set a new"))).toHaveLength(5);
    // Asking for links locks nobody out of signing in.
    await signIn(t, adminEmail);

    // Thirty a minute from one network address, whatever the addresses asked for.
    t.clock.advance(61_000);
    for (let i = 0; i < 30; i++) expect((await ask(`someone-${i}@example.test`)).statusCode).toBe(202);
    expect((await ask("one-more@example.test")).statusCode).toBe(429);
    t.clock.advance(61_000);
    expect((await ask(adminEmail)).statusCode).toBe(202);
  });
});
