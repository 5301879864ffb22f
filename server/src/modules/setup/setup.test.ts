import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

describe("first-run setup", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("is needed until a workspace exists, then answers 409", async () => {
    const visitor = new Client(t.app);
    expect((await visitor.get("/api/v1/setup")).json()).toEqual({ needed: true });
    const { admin } = await setupWorkspace(t);
    expect((await visitor.get("/api/v1/setup")).json()).toEqual({ needed: false });
    const again = await visitor.post("/api/v1/setup", {
      workspaceName: "Second",
      name: "Eve",
      email: "eve@example.test",
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("already_set_up");
    const me = (await admin.get("/api/v1/me")).json();
    expect(me.workspace.name).toBe("Acme");
    expect(me.user.isAdmin).toBe(true);
    expect(await t.ctx.db.selectFrom("users").select("email").execute()).toHaveLength(1);
  });

  it("refuses a short password, naming the field, and stores nothing", async () => {
    const response = await new Client(t.app).post("/api/v1/setup", {
      workspaceName: "Acme",
      name: "Ada",
      email: "ada@example.test",
      password: "short",
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe("validation_error");
    expect(body.error.details.fields[0].path).toBe("password");
    expect(body.error.message).toContain("password");
    expect(await t.ctx.db.selectFrom("workspaces").selectAll().execute()).toHaveLength(0);
    expect(await t.ctx.db.selectFrom("users").selectAll().execute()).toHaveLength(0);
  });

  it("refuses one of the most common passwords and a malformed email", async () => {
    const client = new Client(t.app);
    const common = await client.post("/api/v1/setup", {
      workspaceName: "Acme",
      name: "Ada",
      email: "ada@example.test",
      password: "qwerty123456",
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.details.fields[0].path).toBe("password");
    const email = await client.post("/api/v1/setup", {
      workspaceName: "Acme",
      name: "Ada",
      email: "ada",
      password: PASSWORD,
    });
    expect(email.statusCode).toBe(400);
    expect(email.json().error.details.fields[0].path).toBe("email");
  });

  it("answers malformed JSON with 400 and stores nothing", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/setup",
      headers: { "content-type": "application/json" },
      payload: '{"workspaceName": "Acme",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_json");
    expect(await t.ctx.db.selectFrom("workspaces").selectAll().execute()).toHaveLength(0);
  });

  it("stores an argon2id hash, sets an HttpOnly SameSite=Lax cookie, and sends CSP and no-store", async () => {
    const response = await new Client(t.app).post("/api/v1/setup", {
      workspaceName: "Acme",
      name: "Ada",
      email: "Ada@Example.test",
      password: PASSWORD,
    });
    const cookie = response.cookies.find((c) => c.name === "rapport_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(String(response.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    const user = await t.ctx.db.selectFrom("users").selectAll().executeTakeFirstOrThrow();
    expect(user.password_hash.startsWith("$argon2id$")).toBe(true);
    expect(user.email).toBe("ada@example.test");
  });
});
