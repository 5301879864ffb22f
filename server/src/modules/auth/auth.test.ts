import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace, signIn } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

describe("sign-in and sessions", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("signs in with the right password and refuses a wrong one", async () => {
    const { adminEmail } = await setupWorkspace(t);
    const client = new Client(t.app);
    const wrong = await client.post("/api/v1/auth/login", {
      email: adminEmail,
      password: "not the password",
    });
    expect(wrong.statusCode).toBe(401);
    expect((await client.get("/api/v1/me")).statusCode).toBe(401);
    const right = await client.post("/api/v1/auth/login", {
      email: adminEmail.toUpperCase(),
      password: PASSWORD,
    });
    expect(right.statusCode).toBe(200);
    expect((await client.get("/api/v1/me")).statusCode).toBe(200);
  });

  it("rotates the session token at every sign-in", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const before = admin.sessionCookie;
    await admin.post("/api/v1/auth/login", { email: adminEmail, password: PASSWORD });
    expect(admin.sessionCookie).not.toBe(before);
  });

  it("answers 429 with Retry-After after five wrong passwords for one account in a minute", async () => {
    const { adminEmail } = await setupWorkspace(t);
    const client = new Client(t.app);
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.post("/api/v1/auth/login", { email: adminEmail, password: `wrong ${i}` })).statusCode,
      ).toBe(401);
      t.clock.advance(1000);
    }
    const locked = await client.post("/api/v1/auth/login", { email: adminEmail, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(locked.headers["retry-after"])).toBeLessThanOrEqual(60);
    t.clock.advance(60_000);
    expect(
      (await client.post("/api/v1/auth/login", { email: adminEmail, password: PASSWORD })).statusCode,
    ).toBe(200);
  });

  it("limits failures from one address across accounts, and says when to retry", async () => {
    const { adminEmail } = await setupWorkspace(t);
    const client = new Client(t.app);
    for (let i = 0; i < 30; i++) {
      const response = await client.post("/api/v1/auth/login", {
        email: `guess-${i}@example.test`,
        password: "not it at all",
      });
      expect(response.statusCode).toBe(401);
    }
    const locked = await client.post("/api/v1/auth/login", { email: adminEmail, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("too_many_attempts");
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("sign-out ends the session on the server, not just the cookie", async () => {
    const { admin } = await setupWorkspace(t);
    const stolen = admin.sessionCookie ?? "";
    expect((await admin.post("/api/v1/auth/logout")).statusCode).toBe(200);
    const replay = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: stolen } });
    expect(replay.statusCode).toBe(401);
  });

  it("answers many people's requests at once each as their own person, and a sign-out among them at once", async () => {
    const { admin } = await setupWorkspace(t);
    const team = await createTeam(admin, "Crowd");
    const people: Awaited<ReturnType<typeof joinTeam>>[] = [];
    for (let i = 0; i < 4; i++) people.push(await joinTeam(t, admin, team, "member", `Person ${i}`));
    const me = (cookie: string | null | undefined) =>
      t.app.inject({ method: "GET", url: "/api/v1/me", headers: cookie ? { cookie } : {} });
    // Twenty requests in flight together (on PostgreSQL they share session reads).
    const asked = Array.from({ length: 20 }, (_, i) => people[i % people.length]);
    t.queries.length = 0;
    const answers = await Promise.all(asked.map((p) => me(p?.client.sessionCookie)));
    const sessionReads = t.queries.filter((q) => /from "sessions"/.test(q)).length;
    // SQLite reads each in-process; PostgreSQL gathers the reads asked for while one is in flight.
    if (t.ctx.dialect === "postgres") expect(sessionReads).toBeLessThan(asked.length);
    else expect(sessionReads).toBe(asked.length);
    expect(answers.map((r) => (r.json() as { user: { id: string } }).user.id)).toEqual(
      asked.map((p) => p?.userId),
    );
    const [gone, ...stay] = people;
    const goneCookie = gone?.client.sessionCookie;
    expect((await gone?.client.post("/api/v1/auth/logout"))?.statusCode).toBe(200);
    const after = await Promise.all([
      me(goneCookie),
      ...stay.map((p) => me(p.client.sessionCookie)),
      me(goneCookie),
    ]);
    expect(after.map((r) => r.statusCode)).toEqual([401, 200, 200, 200, 401]);
  });

  it("ends idle sessions and sessions past their absolute lifetime", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    t.clock.advance(11 * 60 * 60 * 1000);
    expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
    t.clock.advance(12 * 60 * 60 * 1000 + 1000);
    expect((await admin.get("/api/v1/me")).statusCode).toBe(401);

    const active = await signIn(t, adminEmail);
    // 17 × 20 hours = 340 hours, just past the 14-day (336-hour) lifetime, never idle for 12 hours.
    for (let step = 0; step < 17; step++) {
      t.clock.advance(10 * 60 * 60 * 1000);
      expect((await active.get("/api/v1/me")).statusCode).toBe(200);
      t.clock.advance(10 * 60 * 60 * 1000);
      await active.get("/api/v1/me");
    }
    expect((await active.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("clears sessions nobody came back to when anyone signs in, and keeps live ones", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom("sessions")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirst()
        )?.n,
      );
    expect(await count()).toBe(2);
    t.clock.advance(13 * 60 * 60 * 1000); // both idle past 12 hours, neither came back
    const fresh = await signIn(t, adminEmail);
    expect(await count()).toBe(1);
    t.clock.advance(60 * 60 * 1000);
    expect((await fresh.get("/api/v1/me")).statusCode).toBe(200);
    await signIn(t, member.email);
    expect(await count()).toBe(2);
  });

  it("refuses a deactivated person's session on the next request", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    expect((await member.client.get("/api/v1/me")).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(200);
    expect((await member.client.get("/api/v1/me")).statusCode).toBe(401);
    const again = await new Client(t.app).post("/api/v1/auth/login", {
      email: member.email,
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(401);
    const team = (await admin.get(`/api/v1/teams/${teamId}`)).json();
    expect(team.members).toEqual([]);
    expect((await admin.post(`/api/v1/users/${member.userId}/reactivate`)).statusCode).toBe(200);
    expect((await signIn(t, member.email)).sessionCookie).not.toBeNull();
  });

  it("changes the password after checking the current one and ends the other sessions", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const other = await signIn(t, adminEmail);
    const wrong = await admin.post("/api/v1/me/password", {
      currentPassword: "nope nope nope",
      newPassword: "a brand new passphrase",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields[0].path).toBe("currentPassword");
    const short = await admin.post("/api/v1/me/password", { currentPassword: PASSWORD, newPassword: "tiny" });
    expect(short.json().error.details.fields[0].path).toBe("newPassword");
    const ok = await admin.post("/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
    });
    expect(ok.statusCode).toBe(200);
    expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
    expect((await other.get("/api/v1/me")).statusCode).toBe(401);
    expect((await signIn(t, adminEmail, "a brand new passphrase")).sessionCookie).not.toBeNull();
  });

  it("refuses state-changing requests from another site", async () => {
    const { admin } = await setupWorkspace(t);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/teams",
      headers: { cookie: admin.sessionCookie ?? "", origin: "https://evil.example" },
      payload: { name: "Evil" },
    });
    expect(response.statusCode).toBe(403);
    expect((await admin.get("/api/v1/teams")).json().teams).toEqual([]);
  });
});
