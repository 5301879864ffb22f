import { afterEach, describe, expect, it } from "vitest";
import { createTeam, inviteToken, joinTeam, setupWorkspace } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

/** ASVS 6.1.2 and 6.2.11: every way of choosing a password refuses one holding the account's own words. */
describe("a new password holding the account's own words", () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const t of apps.splice(0)) await t.close();
  });
  const start = async () => {
    const t = await startTestApp();
    apps.push(t);
    return t;
  };
  const fieldOf = (response: { json(): unknown }) =>
    (response.json() as { error: { details: { fields: { path: string; message: string }[] } } }).error.details
      .fields;

  it("is refused at setup, naming the field, and nothing is set up", async () => {
    const t = await start();
    const response = await new Client(t.app).post("/api/v1/setup", {
      workspaceName: "Lighthouse Labs",
      name: "Ada Admin",
      email: "ada@example.test",
      password: "welcome to lighthouse labs 2026",
    });
    expect(response.statusCode).toBe(400);
    expect(fieldOf(response)).toEqual([expect.objectContaining({ path: "password" })]);
    expect(fieldOf(response)[0]?.message).toContain("your workspace's name");
    expect((await new Client(t.app).get("/api/v1/setup")).json().needed).toBe(true);
  });

  it("is refused when accepting an invitation, and the link still works with another password", async () => {
    const t = await start();
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const token = await inviteToken(admin, teamId, "marisol.vega@example.test", "member");
    const visitor = new Client(t.app);
    const refused = await visitor.post(`/api/v1/invitations/${token}/accept`, {
      name: "Marisol Vega",
      password: "marisol likes long walks",
    });
    expect(refused.statusCode).toBe(400);
    expect(fieldOf(refused)[0]).toMatchObject({ path: "password" });
    expect(fieldOf(refused)[0]?.message).toContain("your name");
    const accepted = await visitor.post(`/api/v1/invitations/${token}/accept`, {
      name: "Marisol Vega",
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
  });

  it("is refused as a changed password and through a reset link, and the old password still signs in", async () => {
    const t = await start();
    const { admin } = await setupWorkspace(t, "Harbour Works");
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member", "Tobias Lindqvist");
    const changed = await member.client.post("/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "tobias lindqvist 2026!",
    });
    expect(changed.statusCode).toBe(400);
    expect(fieldOf(changed)[0]).toMatchObject({ path: "newPassword" });
    const made = await admin.post(`/api/v1/users/${member.userId}/password-reset`);
    const resetToken = (made.json() as { url: string }).url.split("#")[1] ?? "";
    const reset = await new Client(t.app).post("/api/v1/auth/password-resets/use", {
      token: resetToken,
      newPassword: "all hands at harbour works",
    });
    expect(reset.statusCode).toBe(400);
    expect(fieldOf(reset)[0]?.message).toContain("your workspace's name");
    const signIn = await new Client(t.app).post("/api/v1/auth/login", {
      email: member.email,
      password: PASSWORD,
    });
    expect(signIn.statusCode).toBe(200);
    // The link was not used up by the refusal.
    const again = await new Client(t.app).post("/api/v1/auth/password-resets/use", {
      token: resetToken,
      newPassword: "a brand new long passphrase",
    });
    expect(again.statusCode).toBe(200);
  });
});
