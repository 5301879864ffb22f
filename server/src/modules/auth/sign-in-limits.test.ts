import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, inviteToken, joinTeam, setupWorkspace, signIn } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

/** The holes a probe found around passwords (issue 7): every check goes through the same limits. */
describe("sign-in limits", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const login = (client: Client, email: string, password: string) =>
    client.post("/api/v1/auth/login", { email, password });

  it("gives no session through an invitation for an existing account, and counts every try as a failed sign-in", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const leader = await joinTeam(t, admin, teamId, "leader");
    const ownTeam = await createTeam(leader.client, "Leader's own");
    const token = await inviteToken(leader.client, ownTeam, adminEmail, "member");
    const guesses = ["not it 1", "not it 2", "not it 3", PASSWORD, "not it 5"];
    const statuses: number[] = [];
    for (const [i, password] of [...guesses, ...guesses].entries()) {
      const guesser = new Client(t.app);
      const response = await guesser.post(`/api/v1/invitations/${token}/accept`, {
        name: `Guess ${i}`,
        password,
      });
      statuses.push(response.statusCode);
      expect(guesser.sessionCookie).toBeNull();
      expect((await guesser.get("/api/v1/me")).statusCode).toBe(401);
    }
    // Five tries lock the account, exactly as five wrong sign-ins do; the rest are refused outright.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    const admins = await t.ctx.db.selectFrom("users").select("id").where("email", "=", adminEmail).execute();
    expect(admins).toHaveLength(1);

    // The same account locked by ten wrong sign-ins instead, for comparison.
    const other = await joinTeam(t, admin, teamId, "member");
    for (let i = 0; i < 10; i++) await login(new Client(t.app), other.email, `wrong ${i}`);
    const viaInvitation = await login(new Client(t.app), adminEmail, PASSWORD);
    const viaSignIn = await login(new Client(t.app), other.email, PASSWORD);
    expect(viaInvitation.statusCode).toBe(429);
    expect(viaSignIn.statusCode).toBe(429);
    expect(viaInvitation.headers["retry-after"]).toBe(viaSignIn.headers["retry-after"]);
    expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
  });

  it("lets a browser that signed in before past a locked address, and keeps new browsers out", async () => {
    const { adminEmail } = await setupWorkspace(t);
    const usual = new Client(t.app);
    expect((await login(usual, adminEmail, PASSWORD)).statusCode).toBe(200);
    expect((await usual.post("/api/v1/auth/logout")).statusCode).toBe(200);

    const attacker = new Client(t.app);
    for (let i = 0; i < 31; i++) await login(attacker, `guess-${i}@example.test`, "not it at all");
    // Also lock the account itself from untrusted browsers.
    for (let i = 0; i < 5; i++) await login(attacker, adminEmail, `wrong ${i}`);

    const fresh = await login(new Client(t.app), adminEmail, PASSWORD);
    expect(fresh.statusCode).toBe(429);
    expect(Number(fresh.headers["retry-after"])).toBeGreaterThan(0);
    expect(fresh.json().error.code).toBe("too_many_attempts");

    expect((await login(usual, adminEmail, PASSWORD)).statusCode).toBe(200);
    expect((await usual.get("/api/v1/me")).statusCode).toBe(200);
  });

  it("trusts a device cookie only for the account it was given for, and limits it on its own", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    const browser = await signIn(t, adminEmail);
    const attacker = new Client(t.app);
    for (let i = 0; i < 30; i++) await login(attacker, `guess-${i}@example.test`, "not it at all");
    // The admin's device cookie says nothing about the member's account.
    expect((await login(browser, member.email, PASSWORD)).statusCode).toBe(429);
    // Five wrong passwords from the trusted browser lock that browser for the account.
    for (let i = 0; i < 5; i++) expect((await login(browser, adminEmail, `wrong ${i}`)).statusCode).toBe(401);
    expect((await login(browser, adminEmail, PASSWORD)).statusCode).toBe(429);
    t.clock.advance(60_000);
    expect((await login(browser, adminEmail, PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a forged or expired device cookie", async () => {
    const { adminEmail } = await setupWorkspace(t);
    const real = await signIn(t, adminEmail);
    const attacker = new Client(t.app);
    for (let i = 0; i < 30; i++) await login(attacker, `guess-${i}@example.test`, "not it at all");
    await real.post("/api/v1/auth/logout");
    const device = real.cookieValue("rapport_device");
    expect(device).toMatch(/^[\w-]+\.\d+\.[\w-]+$/);
    const [nonce, expires, mac] = (device ?? "").split(".");
    const forged = new Client(t.app);
    forged.setCookie("rapport_device", `${nonce}.${Number(expires) + 1}.${mac}`);
    expect((await login(forged, adminEmail, PASSWORD)).statusCode).toBe(429);
    t.clock.advance(366 * 24 * 60 * 60 * 1000);
    for (let i = 0; i < 30; i++) await login(attacker, `late-${i}@example.test`, "not it at all");
    expect((await login(real, adminEmail, PASSWORD)).statusCode).toBe(429);
  });

  it("limits wrong current passwords on a password change like sign-ins", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const change = (currentPassword: string) =>
      admin.post("/api/v1/me/password", { currentPassword, newPassword: "a brand new passphrase" });
    for (let i = 0; i < 5; i++) expect((await change(`wrong ${i}`)).statusCode).toBe(400);
    const locked = await change(PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    // The password did not change, and sign-in from a new browser is locked as well.
    expect((await login(new Client(t.app), adminEmail, PASSWORD)).statusCode).toBe(429);
    t.clock.advance(60_000);
    expect((await change(PASSWORD)).statusCode).toBe(200);
  });
});
