import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace, signIn } from "../../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../../test/harness";

describe("personal API tokens", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const makeToken = async (client: Client, scopes: string[], expiresInDays = 30) => {
    const response = await client.post("/api/v1/me/tokens", { name: "Script", expiresInDays, scopes });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; token: string; prefix: string; scopes: string[] };
  };
  const withToken = (token: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  it("shows the secret once, stores only its hash, and lists tokens without secrets", async () => {
    const { admin } = await setupWorkspace(t);
    const created = await makeToken(admin, ["read", "write:teams"]);
    expect(created.token).toMatch(/^rapport_pat_[A-Za-z0-9_-]{43}$/);
    expect(created.token.slice(12, 18)).toBe(created.prefix);
    expect(created.scopes).toEqual(["read", "write:teams"]);
    const stored = await t.ctx.db.selectFrom("api_tokens").selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const listed = await admin.get("/api/v1/me/tokens");
    expect(listed.body).not.toContain(created.token);
    expect(listed.body).not.toContain(stored[0]?.token_hash ?? "no hash");
    expect(listed.json().tokens.map((x: { id: string }) => x.id)).toEqual([created.id]);
  });

  it("reads with a read token, refuses a write naming the scope, and writes with the write scope", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin, "Platform");
    const reader = await makeToken(admin, ["read"]);
    const audit = await withToken(reader.token, "GET", `/api/v1/teams/${teamId}/audit`);
    expect(audit.statusCode).toBe(200);
    const refused = await withToken(reader.token, "POST", "/api/v1/teams", { name: "Not allowed" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: "insufficient_scope",
      details: { scope: "write:teams" },
    });
    expect(refused.json().error.message).toContain("write:teams");
    const writer = await makeToken(admin, ["write:teams"]);
    expect(
      (await withToken(writer.token, "POST", "/api/v1/teams", { name: "Made by a script" })).statusCode,
    ).toBe(201);
    // A write scope does not read.
    expect((await withToken(writer.token, "GET", "/api/v1/teams")).statusCode).toBe(403);
    expect(
      (await admin.get("/api/v1/teams"))
        .json()
        .teams.map((x: { name: string }) => x.name)
        .sort(),
    ).toEqual(["Made by a script", "Platform"]);
    // Linting changes nothing, so a read token may do it.
    expect(
      (await withToken(reader.token, "POST", "/api/v1/questions/lint", { text: "Why?" })).statusCode,
    ).toBe(200);
  });

  it("never does more than its person may", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    const token = await makeToken(member.client, ["read", "write:teams", "write:admin"]);
    expect((await withToken(token.token, "POST", "/api/v1/teams", { name: "Mine" })).statusCode).toBe(403);
    expect((await withToken(token.token, "GET", "/api/v1/users")).statusCode).toBe(403);
    expect((await withToken(token.token, "GET", "/api/v1/me")).json().user.id).toBe(member.userId);
  });

  it("stops working when revoked, expired, or its person deactivated; records when it was last used", async () => {
    const { admin: firstAdmin, adminEmail } = await setupWorkspace(t);
    const teamId = await createTeam(firstAdmin);
    const member = await joinTeam(t, firstAdmin, teamId, "member");
    const revoked = await makeToken(member.client, ["read"]);
    const expiring = await makeToken(member.client, ["read"], 1);
    const kept = await makeToken(member.client, ["read"], 365);
    expect((await withToken(revoked.token, "GET", "/api/v1/me")).statusCode).toBe(200);
    const used = (await member.client.get("/api/v1/me/tokens"))
      .json()
      .tokens.find((x: { id: string }) => x.id === revoked.id);
    expect(used.lastUsedAt).toBe(t.clock.now().toISOString());
    expect((await member.client.delete(`/api/v1/tokens/${revoked.id}`)).statusCode).toBe(200);
    const afterRevoke = await withToken(revoked.token, "GET", "/api/v1/me");
    expect(afterRevoke.statusCode).toBe(401);
    expect(afterRevoke.json().error.code).toBe("invalid_token");

    t.clock.advance(24 * 60 * 60 * 1000 + 1);
    expect((await withToken(expiring.token, "GET", "/api/v1/me")).statusCode).toBe(401);
    expect((await withToken(kept.token, "GET", "/api/v1/me")).statusCode).toBe(200);

    const admin = await signIn(t, adminEmail);
    expect((await admin.post(`/api/v1/users/${member.userId}/deactivate`)).statusCode).toBe(200);
    expect((await withToken(kept.token, "GET", "/api/v1/me")).statusCode).toBe(401);
    expect((await withToken(`${kept.token.slice(0, -1)}x`, "GET", "/api/v1/me")).statusCode).toBe(401);
  });

  it("lets admins list every token and revoke any; others see and end only their own", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const leader = await joinTeam(t, admin, teamId, "leader");
    const member = await joinTeam(t, admin, teamId, "member");
    const leaders = await makeToken(leader.client, ["read"]);
    const members = await makeToken(member.client, ["read"]);
    const all = await admin.get("/api/v1/tokens");
    expect(all.statusCode).toBe(200);
    expect(
      all
        .json()
        .tokens.map((x: { owner: { name: string } }) => x.owner.name)
        .sort(),
    ).toEqual(["Lee Leader", "Mo Member"]);
    expect(all.body).not.toContain(leaders.token);
    expect((await leader.client.get("/api/v1/tokens")).statusCode).toBe(403);
    expect((await leader.client.delete(`/api/v1/tokens/${members.id}`)).statusCode).toBe(404);
    expect((await withToken(members.token, "GET", "/api/v1/me")).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/tokens/${members.id}`)).statusCode).toBe(200);
    expect((await withToken(members.token, "GET", "/api/v1/me")).statusCode).toBe(401);
  });

  it("manages tokens, sessions and passwords only signed in, and never mixes a cookie with a token", async () => {
    const { admin } = await setupWorkspace(t);
    const token = await makeToken(admin, ["read", "write:account"]);
    const mint = await withToken(token.token, "POST", "/api/v1/me/tokens", {
      name: "More",
      expiresInDays: 5,
      scopes: ["read"],
    });
    expect(mint.statusCode).toBe(403);
    expect(mint.json().error.code).toBe("session_required");
    expect((await withToken(token.token, "GET", "/api/v1/me/tokens")).statusCode).toBe(403);
    expect((await withToken(token.token, "POST", "/api/v1/auth/logout")).statusCode).toBe(403);
    const mixed = await t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: `Bearer ${token.token}`, cookie: admin.sessionCookie ?? "" },
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.code).toBe("mixed_credentials");
    const malformed = await t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: "Basic abc" },
    });
    expect(malformed.statusCode).toBe(401);
    // A script sends no Origin worth checking: the same-origin rule is for cookies.
    const fromScript = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: { authorization: `Bearer ${token.token}`, origin: "https://elsewhere.example" },
      payload: { name: "Renamed by script" },
    });
    expect(fromScript.statusCode).toBe(200);
    expect(await t.ctx.db.selectFrom("api_tokens").select("id").execute()).toHaveLength(1);
  });

  it("refuses a token that would outlive a year or has no scope, naming the field", async () => {
    const { admin } = await setupWorkspace(t);
    const long = await admin.post("/api/v1/me/tokens", {
      name: "Long",
      expiresInDays: 366,
      scopes: ["read"],
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details.fields[0].path).toBe("expiresInDays");
    const none = await admin.post("/api/v1/me/tokens", { name: "None", expiresInDays: 30, scopes: [] });
    expect(none.json().error.details.fields[0].path).toBe("scopes");
    const unknown = await admin.post("/api/v1/me/tokens", { name: "X", expiresInDays: 30, scopes: ["root"] });
    expect(unknown.json().error.details.fields[0].path).toBe("scopes.0");
    expect(await t.ctx.db.selectFrom("api_tokens").select("id").execute()).toEqual([]);
  });
});
