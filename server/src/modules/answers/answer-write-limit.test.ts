import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../../test/harness";

const LIMIT = 12;

describe("the per-person limit on writes to content routes", () => {
  let t: TestApp;
  let admin: Client;
  let member: Client;
  let teammate: Client;
  beforeEach(async () => {
    t = await startTestApp({ env: { WRITE_LIMIT_PER_MINUTE: String(LIMIT) } });
    admin = (await setupWorkspace(t)).admin;
    const teamId = await createTeam(admin, "Platform");
    member = (await joinTeam(t, admin, teamId, "member", "Max")).client;
    teammate = (await joinTeam(t, admin, teamId, "member", "Tam")).client;
    // Setting up was the admin's writes in this minute; everyone starts the test in a fresh one.
    t.clock.advance(60_000);
  });
  afterEach(() => t.close());

  const answer = (client: Client, n: number) =>
    client.put("/api/v1/me/answers/drains", { value: `Version ${n}`, visibility: "leader" });

  it("answers a burst beyond the limit with 429 and Retry-After, and takes writes again after the window", async () => {
    t.clock.advance(15_000);
    for (let n = 0; n < LIMIT; n++) {
      const response =
        n % 4 === 2 ? await member.delete("/api/v1/me/answers/drains") : await answer(member, n);
      expect(response.statusCode, `write ${n + 1}`).toBe(200);
    }
    const refused = await answer(member, 99);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("45");
    expect(refused.json()).toEqual({
      error: {
        code: "too_many_writes",
        message: "Too many changes in a short time. Try again in 45 seconds.",
        details: { retryAfterSeconds: 45 },
      },
    });
    expect((await member.delete("/api/v1/me/answers/drains")).statusCode).toBe(429);

    // Nothing refused was written; reading is not limited.
    const mine = await member.get("/api/v1/me/answers");
    expect(mine.statusCode).toBe(200);
    expect(mine.json().answers).toEqual([
      expect.objectContaining({ facetKey: "drains", value: "Version 11" }),
    ]);

    // Someone else writes as usual meanwhile.
    expect((await answer(teammate, 1)).statusCode).toBe(200);

    t.clock.advance(44_000);
    expect((await answer(member, 100)).statusCode).toBe(429);
    t.clock.advance(1_000);
    expect((await answer(member, 101)).statusCode).toBe(200);
  });

  it("counts writes across content routes (teams, me, answers, lists) as one, not sign-in, setup or the password", async () => {
    // An admin's writes across features share one count.
    const writes = [
      () => admin.post("/api/v1/teams", { name: "Another" }),
      () => admin.patch("/api/v1/me", { name: "Ada A." }),
      () => admin.put("/api/v1/me/answers/drains", { value: "Long meetings", visibility: "private" }),
      () => admin.post("/api/v1/question-lists", { name: "First conversations" }),
    ];
    for (let n = 0; n < LIMIT; n++) {
      const response = await (writes[n % writes.length] as () => ReturnType<Client["get"]>)();
      expect(response.statusCode, `write ${n + 1}`).toBeLessThan(300);
    }
    const refused = await admin.post("/api/v1/teams", { name: "One too many" });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe("too_many_writes");

    const password = await admin.post("/api/v1/me/password", {
      currentPassword: `${PASSWORD} (wrong)`,
      newPassword: "an entirely new passphrase 2026",
    });
    // Past the limit, these still get their own answers: a wrong password, an invalid setup.
    expect(password.statusCode).toBe(400);
    expect(password.json().error.details.fields[0].path).toBe("currentPassword");
    const setup = await admin.post("/api/v1/setup", {});
    expect(setup.statusCode).toBe(400);
    expect(setup.json().error.code).toBe("validation_error");
    expect((await admin.post("/api/v1/auth/logout")).statusCode).toBe(200);
    expect((await admin.get("/api/v1/teams")).statusCode).toBe(401);
  });

  it("is shared by every process on the database, and keeps only recent windows", async () => {
    const other = await startTestApp({
      databaseUrl: t.databaseUrl,
      env: { WRITE_LIMIT_PER_MINUTE: String(LIMIT) },
    });
    try {
      other.clock.set(t.clock.now());
      // The member's own browser session, sent to the other process.
      const elsewhere = new Client(other.app);
      elsewhere.setCookie("rapport_session", member.cookieValue("rapport_session") ?? "");
      const viaOther = () =>
        elsewhere.put("/api/v1/me/answers/drains", { value: "From the other process", visibility: "leader" });
      for (let n = 0; n < LIMIT / 2; n++) expect((await answer(member, n)).statusCode).toBe(200);
      for (let n = 0; n < LIMIT / 2; n++) expect((await viaOther()).statusCode).toBe(200);
      expect((await answer(member, 99)).statusCode).toBe(429);
      expect((await viaOther()).statusCode).toBe(429);
    } finally {
      await other.close();
    }

    const windows = () => t.ctx.db.selectFrom("write_limits").select(["user_id", "window_start"]).execute();
    expect((await windows()).length).toBeGreaterThan(0);
    t.clock.advance(2 * 60_000);
    expect((await answer(teammate, 1)).statusCode).toBe(200);
    const left = await windows();
    expect(left).toHaveLength(1);
    expect(left[0]?.window_start).toBe(
      t.clock
        .now()
        .toISOString()
        .replace(/:\d\d\.\d{3}Z$/, ":00.000Z"),
    );
  });

  it("lists the 429 in the API description on exactly the limited routes", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const has429 = (path: string, method: string) =>
      "429" in (document.paths[path]?.[method]?.responses ?? {});
    expect(has429("/api/v1/me/answers/{facetId}", "put")).toBe(true);
    expect(has429("/api/v1/me/answers/{facetId}", "delete")).toBe(true);
    expect(has429("/api/v1/teams", "post")).toBe(true);
    expect(has429("/api/v1/people/{userId}/beliefs/{facetId}", "put")).toBe(true);
    expect(has429("/api/v1/me/answers", "get")).toBe(false);
    expect(has429("/api/v1/setup", "post")).toBe(false);
  });
});
