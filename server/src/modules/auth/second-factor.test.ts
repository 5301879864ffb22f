import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace, signIn } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";
import { currentCode, PERIOD_SECONDS } from "./second-factor.crypto";

/** Two-step sign-in (issue 14): a TOTP app's codes after the password, recovery codes, the admins' rule. */
describe("two-step sign-in", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const fieldOf = (response: { json(): unknown }) =>
    (response.json() as { error: { details: { fields?: { path: string }[] } } }).error.details.fields?.map(
      (f) => f.path,
    );
  const nextStep = () => t.clock.advance(PERIOD_SECONDS * 1000);

  /** Sets it up for the signed-in client; returns the key (spaces taken out) and the recovery codes. */
  async function turnOn(client: Client) {
    const setup = await client.post("/api/v1/me/second-factor/setup");
    expect(setup.statusCode).toBe(200);
    const { secret, uri } = setup.json() as { secret: string; uri: string };
    const key = secret.replace(/ /g, "");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Rapport:.+\?.*secret=/);
    expect(uri).toContain(`secret=${key}`);
    const confirmed = await client.post("/api/v1/me/second-factor/confirm", {
      password: PASSWORD,
      code: currentCode(key, t.clock.now()),
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    nextStep(); // the confirming code is taken: the next sign-in uses the next one
    return { key, recoveryCodes };
  }

  /** The first step: the right password, answered with a request for the code and no session. */
  async function passwordStep(email: string) {
    const client = new Client(t.app);
    const response = await client.post("/api/v1/auth/login", { email, password: PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ secondFactor: "required" });
    expect(client.sessionCookie).toBeNull();
    expect((await client.get("/api/v1/me")).statusCode).toBe(401);
    return client;
  }

  const secondStep = (client: Client, code: string) =>
    client.post("/api/v1/auth/login/second-factor", { code });

  it("sets up with a key and a current code, then signs in with a code from the app after the password", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    expect((await admin.get("/api/v1/me/second-factor")).json()).toEqual({
      enabled: false,
      confirmedAt: null,
      recoveryCodesLeft: 0,
      adminsRequired: false,
      setupRequired: false,
    });
    // Begun but not confirmed, it is off: the password alone still signs in.
    expect((await admin.post("/api/v1/me/second-factor/setup")).statusCode).toBe(200);
    expect((await admin.get("/api/v1/me/second-factor")).json()).toMatchObject({ enabled: false });
    await signIn(t, adminEmail);

    const wrong = await admin.post("/api/v1/me/second-factor/confirm", {
      password: PASSWORD,
      code: "000000",
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldOf(wrong)).toEqual(["code"]);
    const empty = await admin.post("/api/v1/me/second-factor/confirm", { password: PASSWORD });
    expect(empty.statusCode).toBe(400);
    expect(fieldOf(empty)).toEqual(["code"]);
    const noPassword = await admin.post("/api/v1/me/second-factor/confirm", {
      password: "not my password",
      code: "000000",
    });
    expect(noPassword.statusCode).toBe(400);
    expect(fieldOf(noPassword)).toEqual(["password"]);

    // Another session of the admin's, which turning it on ends.
    const elsewhere = await signIn(t, adminEmail);

    const { key, recoveryCodes } = await turnOn(admin);
    expect((await elsewhere.get("/api/v1/me")).statusCode).toBe(401);
    expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){5}$/);
    expect((await admin.get("/api/v1/me/second-factor")).json()).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });
    // A second setup while on is refused; the key stays.
    expect((await admin.post("/api/v1/me/second-factor/setup")).statusCode).toBe(409);

    // Neither the key nor a recovery code is stored as it is.
    const stored = JSON.stringify([
      await t.ctx.db.selectFrom("second_factors").selectAll().execute(),
      await t.ctx.db.selectFrom("recovery_codes").selectAll().execute(),
    ]);
    expect(stored).not.toContain(key);
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ""));
    }

    const browser = await passwordStep(adminEmail);
    const signedIn = await secondStep(browser, currentCode(key, t.clock.now()));
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual({ ok: true });
    expect(browser.sessionCookie).not.toBeNull();
    expect(browser.cookieValue("rapport_second_factor")).toBeUndefined();
    expect((await browser.get("/api/v1/me")).statusCode).toBe(200);

    // A wrong password still says nothing of a second step.
    const wrongPassword = await new Client(t.app).post("/api/v1/auth/login", {
      email: adminEmail,
      password: "not the password",
    });
    expect(wrongPassword.statusCode).toBe(401);
  });

  it("refuses a wrong code, a code used before, a step without the password, and an expired first step", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const { key } = await turnOn(admin);

    const browser = await passwordStep(adminEmail);
    const wrong = await secondStep(browser, "123456");
    expect(wrong.statusCode).toBe(400);
    expect(fieldOf(wrong)).toEqual(["code"]);
    expect(browser.sessionCookie).toBeNull();

    const code = currentCode(key, t.clock.now());
    expect((await secondStep(browser, code)).statusCode).toBe(200);
    // The same code again, in another browser within its window: refused.
    const again = await passwordStep(adminEmail);
    const reused = await secondStep(again, code);
    expect(reused.statusCode).toBe(400);
    expect(again.sessionCookie).toBeNull();
    // The next step's code works.
    nextStep();
    expect((await secondStep(again, currentCode(key, t.clock.now()))).statusCode).toBe(200);

    // No first step: refused, whatever the code.
    nextStep();
    const stranger = new Client(t.app);
    const noPassword = await secondStep(stranger, currentCode(key, t.clock.now()));
    expect(noPassword.statusCode).toBe(401);
    expect(noPassword.json().error.code).toBe("second_factor_expired");
    // A forged pending cookie: refused.
    stranger.setCookie("rapport_second_factor", "a.b.9999999999999.forged");
    expect((await secondStep(stranger, currentCode(key, t.clock.now()))).statusCode).toBe(401);

    // The first step lasts five minutes.
    const slow = await passwordStep(adminEmail);
    t.clock.advance(5 * 60_000 + 1000);
    const late = await secondStep(slow, currentCode(key, t.clock.now()));
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe("second_factor_expired");
  });

  it("throttles wrong codes as failed sign-ins of the account", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const { key } = await turnOn(admin);
    const browser = await passwordStep(adminEmail);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await secondStep(browser, String(100000 + i))).statusCode);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    // Even the right code waits, and so does the password.
    expect((await secondStep(browser, currentCode(key, t.clock.now()))).statusCode).toBe(429);
    const password = await new Client(t.app).post("/api/v1/auth/login", {
      email: adminEmail,
      password: PASSWORD,
    });
    expect(password.statusCode).toBe(429);
    t.clock.advance(61_000);
    expect((await secondStep(browser, currentCode(key, t.clock.now()))).statusCode).toBe(200);
  });

  it("signs in once with each recovery code", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const { recoveryCodes } = await turnOn(admin);
    const [first, second] = recoveryCodes as [string, string];

    const browser = await passwordStep(adminEmail);
    // Typed in capitals, without the dashes: the same code.
    expect((await secondStep(browser, first.toUpperCase().replace(/-/g, " "))).statusCode).toBe(200);
    expect((await admin.get("/api/v1/me/second-factor")).json()).toMatchObject({ recoveryCodesLeft: 9 });

    const again = await passwordStep(adminEmail);
    expect((await secondStep(again, first)).statusCode).toBe(400);
    expect((await secondStep(again, second)).statusCode).toBe(200);
    expect((await admin.get("/api/v1/me/second-factor")).json()).toMatchObject({ recoveryCodesLeft: 8 });
  });

  it("turns off with the password and a code, and then the password alone signs in", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const { key, recoveryCodes } = await turnOn(admin);

    const badPassword = await admin.post("/api/v1/me/second-factor/disable", {
      password: "not my password",
      code: currentCode(key, t.clock.now()),
    });
    expect(badPassword.statusCode).toBe(400);
    expect(fieldOf(badPassword)).toEqual(["password"]);
    const badCode = await admin.post("/api/v1/me/second-factor/disable", {
      password: PASSWORD,
      code: "000000",
    });
    expect(badCode.statusCode).toBe(400);
    expect(fieldOf(badCode)).toEqual(["code"]);
    const missing = await admin.post("/api/v1/me/second-factor/disable", { password: PASSWORD });
    expect(fieldOf(missing)).toEqual(["code"]);
    expect((await admin.get("/api/v1/me/second-factor")).json()).toMatchObject({ enabled: true });

    const browser = await passwordStep(adminEmail); // another session, which turning it off ends
    expect((await secondStep(browser, recoveryCodes[1] ?? "")).statusCode).toBe(200);
    const off = await admin.post("/api/v1/me/second-factor/disable", {
      password: PASSWORD,
      code: currentCode(key, t.clock.now()),
    });
    expect(off.statusCode).toBe(200);
    expect((await browser.get("/api/v1/me")).statusCode).toBe(401);
    expect((await admin.get("/api/v1/me/second-factor")).json()).toMatchObject({
      enabled: false,
      recoveryCodesLeft: 0,
    });
    expect(await t.ctx.db.selectFrom("recovery_codes").selectAll().execute()).toEqual([]);
    await signIn(t, adminEmail);
    // Its recovery codes are gone with it.
    const fresh = new Client(t.app);
    expect(
      (await fresh.post("/api/v1/auth/login", { email: adminEmail, password: PASSWORD })).json(),
    ).toEqual({
      ok: true,
    });
    expect((await secondStep(new Client(t.app), recoveryCodes[0] ?? "")).statusCode).toBe(401);
  });

  it("asks admins to set it up before anything else when the workspace requires it", async () => {
    const { admin, adminEmail } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");

    // Only admins see or change the rule, and only one who uses it may turn it on.
    expect((await member.client.get("/api/v1/settings/second-factor")).statusCode).toBe(403);
    expect(
      (await member.client.patch("/api/v1/settings/second-factor", { adminsRequired: true })).statusCode,
    ).toBe(403);
    const notYet = await admin.patch("/api/v1/settings/second-factor", { adminsRequired: true });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe("second_factor_off");
    const invalid = await admin.patch("/api/v1/settings/second-factor", { adminsRequired: "yes" });
    expect(invalid.statusCode).toBe(400);
    expect(fieldOf(invalid)).toEqual(["adminsRequired"]);

    const { key } = await turnOn(admin);
    expect((await admin.patch("/api/v1/settings/second-factor", { adminsRequired: true })).json()).toEqual({
      adminsRequired: true,
    });
    expect((await admin.get("/api/v1/settings/second-factor")).json()).toEqual({ adminsRequired: true });

    // A second admin without it: signed in by password, asked to set it up before anything else.
    await t.ctx.db.updateTable("users").set({ is_admin: 1 }).where("id", "=", member.userId).execute();
    const second = await signIn(t, member.email);
    expect((await second.get("/api/v1/me/second-factor")).json()).toMatchObject({
      setupRequired: true,
      adminsRequired: true,
    });
    expect((await second.get("/api/v1/me")).statusCode).toBe(200);
    const blocked = await second.get("/api/v1/teams");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("second_factor_setup_required");
    expect((await second.get("/api/v1/users")).statusCode).toBe(403);
    const { key: secondKey } = await turnOn(second);
    expect((await second.get("/api/v1/teams")).statusCode).toBe(200);
    expect((await second.get("/api/v1/me/second-factor")).json()).toMatchObject({ setupRequired: false });

    // While the rule holds an admin cannot turn theirs off.
    const keep = await second.post("/api/v1/me/second-factor/disable", {
      password: PASSWORD,
      code: currentCode(secondKey, t.clock.now()),
    });
    expect(keep.statusCode).toBe(409);
    expect(keep.json().error.code).toBe("second_factor_required");

    // A member is never asked: the rule is for admins.
    const other = await joinTeam(t, admin, teamId, "member");
    expect((await other.client.get("/api/v1/teams")).statusCode).toBe(200);
    expect((await other.client.get("/api/v1/me/second-factor")).json()).toMatchObject({
      setupRequired: false,
    });

    // The rule off again, by the first admin (who signs in with both steps).
    const browser = await passwordStep(adminEmail);
    expect((await secondStep(browser, currentCode(key, t.clock.now()))).statusCode).toBe(200);
    expect(
      (await browser.patch("/api/v1/settings/second-factor", { adminsRequired: false })).statusCode,
    ).toBe(200);
  });

  it("asks for a code after a password reset link too: the link proves the mailbox, not the app", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    const { key } = await turnOn(member.client);
    const made = await admin.post(`/api/v1/users/${member.userId}/password-reset`);
    const token = (made.json() as { url: string }).url.split("#")[1] ?? "";
    const browser = new Client(t.app);
    const used = await browser.post("/api/v1/auth/password-resets/use", {
      token,
      newPassword: "a brand new long passphrase",
    });
    expect(used.statusCode).toBe(200);
    expect(used.json()).toEqual({ secondFactor: "required" });
    expect(browser.sessionCookie).toBeNull();
    expect((await member.client.get("/api/v1/me")).statusCode).toBe(401); // the old session ended
    expect((await secondStep(browser, currentCode(key, t.clock.now()))).statusCode).toBe(200);
    expect((await browser.get("/api/v1/me")).statusCode).toBe(200);
  });

  it("answers 401 signed out, with a valid body", async () => {
    const anonymous = new Client(t.app);
    const body = { password: PASSWORD, code: "123456" };
    for (const url of ["/api/v1/me/second-factor/confirm", "/api/v1/me/second-factor/disable"]) {
      expect((await anonymous.post(url, body)).statusCode).toBe(401);
    }
    expect((await anonymous.post("/api/v1/me/second-factor/setup")).statusCode).toBe(401);
  });

  it("leaves API tokens as they are: a token signs in no one and needs no code, and cannot change it", async () => {
    const { admin } = await setupWorkspace(t);
    const made = await admin.post("/api/v1/me/tokens", {
      name: "Script",
      expiresInDays: 30,
      scopes: ["read"],
    });
    const token = (made.json() as { token: string }).token;
    await turnOn(admin);
    const withToken = (method: "GET" | "POST", url: string) =>
      t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
    expect((await withToken("GET", "/api/v1/teams")).statusCode).toBe(200);
    for (const url of ["/api/v1/me/second-factor/setup", "/api/v1/me/second-factor/disable"]) {
      expect((await withToken("POST", url)).json().error.code).toBe("session_required");
    }
    expect((await withToken("GET", "/api/v1/me/second-factor")).json().error.code).toBe("session_required");
  });
});
