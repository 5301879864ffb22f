import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace, signIn } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";
import { startSmtpServer, type TestSmtpServer } from "../../../test/smtp-server";
import { readDataVersion } from "../../db/data-version";
import { tokenDigest } from "../../lib/tokens";

const NEW_PASSWORD = "a fresh passphrase after forgetting";

/** The reset link in a mail's text, and the token after its `#`. */
function resetLinkIn(text: string | undefined): { url: string; token: string } {
  const match = /(http\S+\/reset-password#(\S+))/.exec(text ?? "");
  if (!match?.[1] || !match[2]) throw new Error(`No reset link in: ${text}`);
  return { url: match[1], token: match[2] };
}

/** Password recovery by mail, through the app's real SMTP transport to a real server on loopback. */
describe("a forgotten password, by mail", () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeEach(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      mail: "smtp",
      env: { SMTP_URL: smtp.url, SMTP_FROM: "Rapport <rapport@example.test>" },
    });
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
  });

  const ask = (email: string) => new Client(t.app).post("/api/v1/auth/password-resets", { email });

  it("mails a link that works once, within the hour, and ends every other session", async () => {
    const { admin, workspaceId } = await setupWorkspace(t);
    const member = await joinTeam(t, admin, await createTeam(admin), "member", "Mia Member");
    expect((await smtp.nextMail()).mail.subject).toBe("You're invited to Platform on Rapport");
    const laptop = await signIn(t, member.email);
    const phone = await signIn(t, member.email);
    const script = await member.client.post("/api/v1/me/tokens", {
      name: "Script",
      expiresInDays: 30,
      scopes: ["read"],
    });
    expect(script.statusCode).toBe(201);

    expect((await new Client(t.app).get("/api/v1/auth/password-resets")).json()).toEqual({
      byMail: true,
      validMinutes: 60,
    });
    // An address with an account and one without get the same answer; only the first gets mail.
    const unknown = await ask("nobody-here@example.test");
    const known = await ask(member.email.toUpperCase());
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);
    expect(known.json()).toEqual({ byMail: true });

    const { to, mail } = await smtp.nextMail();
    expect(to).toEqual([member.email]);
    expect(mail.from?.text).toBe('"Rapport" <rapport@example.test>');
    expect(mail.subject).toBe("Set a new password for Rapport");
    expect(mail.text).toContain("within 60 minutes");
    const link = resetLinkIn(mail.text);
    expect(link.url).toBe(`http://localhost:3000/reset-password#${link.token}`);
    // Only an HMAC of the token is stored, never the token.
    const stored = await t.ctx.db.selectFrom("password_resets").selectAll().execute();
    expect(stored).toEqual([
      expect.objectContaining({
        user_id: member.userId,
        token_hash: tokenDigest(t.ctx.config.sessionSecret, link.token),
        created_by: null,
        created_at: t.clock.now().toISOString(),
        expires_at: new Date(t.clock.now().getTime() + 60 * 60_000).toISOString(),
        used_at: null,
      }),
    ]);
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const browser = new Client(t.app);
    const checked = await browser.post("/api/v1/auth/password-resets/check", { token: link.token });
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toEqual({
      email: member.email,
      name: "Mia Member",
      expiresAt: stored[0]?.expires_at,
    });

    // The password rules of everywhere else; a refused password leaves the link usable.
    const weak = await browser.post("/api/v1/auth/password-resets/use", {
      token: link.token,
      newPassword: "short",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.fields).toEqual([
      { path: "newPassword", message: "Use at least 12 characters." },
    ]);

    const versionBefore = await readDataVersion(t.ctx.db, workspaceId);
    const used = await browser.post("/api/v1/auth/password-resets/use", {
      token: link.token,
      newPassword: NEW_PASSWORD,
    });
    expect(used.statusCode).toBe(200);
    // The account changed: the workspace's data version moved with it.
    expect(await readDataVersion(t.ctx.db, workspaceId)).toBe((versionBefore ?? 0) + 1);

    // Signed in afresh here; signed out everywhere else.
    const me = await browser.get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(member.email);
    for (const elsewhere of [member.client, laptop, phone]) {
      expect((await elsewhere.get("/api/v1/me")).statusCode).toBe(401);
    }
    // As after a password change, API tokens stay: they are revoked on their own.
    const scripted = await t.app.inject({
      url: "/api/v1/me",
      headers: { authorization: `Bearer ${script.json().token}` },
    });
    expect(scripted.statusCode).toBe(200);

    const oldPassword = await new Client(t.app).post("/api/v1/auth/login", {
      email: member.email,
      password: PASSWORD,
    });
    expect(oldPassword.statusCode).toBe(401);
    await signIn(t, member.email, NEW_PASSWORD);

    // Once only.
    for (const url of ["/api/v1/auth/password-resets/use", "/api/v1/auth/password-resets/check"]) {
      const again = await new Client(t.app).post(url, {
        token: link.token,
        newPassword: "yet another passphrase",
      });
      expect(again.statusCode).toBe(410);
      expect(again.json().error).toMatchObject({
        code: "reset_link_used",
        message: "This link has already been used. Sign in with your new password, or ask for a new link.",
      });
    }
    await signIn(t, member.email, NEW_PASSWORD);
    expect(smtp.waiting()).toBe(0);
  });

  it("stops working an hour after it was sent", async () => {
    const { adminEmail } = await setupWorkspace(t);
    expect((await ask(adminEmail)).statusCode).toBe(202);
    const { token } = resetLinkIn((await smtp.nextMail()).mail.text);

    t.clock.advance(60 * 60_000 - 1_000);
    const check = (client: Client) => client.post("/api/v1/auth/password-resets/check", { token });
    expect((await check(new Client(t.app))).statusCode).toBe(200);
    t.clock.advance(1_000);
    const expired = await check(new Client(t.app));
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toMatchObject({
      code: "reset_link_expired",
      message: "This link has expired: reset links work for 60 minutes. Ask for a new one.",
    });
    const use = await new Client(t.app).post("/api/v1/auth/password-resets/use", {
      token,
      newPassword: NEW_PASSWORD,
    });
    expect(use.statusCode).toBe(410);
    await signIn(t, adminEmail, PASSWORD);
  });

  it("sends nothing for a deactivated account, and answers it like any other address", async () => {
    const { admin } = await setupWorkspace(t);
    const member = await joinTeam(t, admin, await createTeam(admin), "member");
    expect((await smtp.nextMail()).mail.subject).toBe("You're invited to Platform on Rapport");
    expect((await admin.post(`/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(200);
    const deactivated = await ask(member.email);
    const unknown = await ask("nobody-at-all@example.test");
    expect([deactivated.statusCode, deactivated.body]).toEqual([unknown.statusCode, unknown.body]);
    // The next mail to arrive is the one asked for after them: none was sent for either.
    expect((await admin.post(`/api/v1/users/${member.userId}/reactivate`)).statusCode).toBe(200);
    expect((await ask(member.email)).statusCode).toBe(202);
    const received = await smtp.nextMail();
    expect([received.to, received.mail.subject]).toEqual([[member.email], "Set a new password for Rapport"]);
    expect(await t.ctx.db.selectFrom("password_resets").select("id").execute()).toHaveLength(1);
  });
});
