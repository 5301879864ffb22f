import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../test/factories";
import { createTestDatabaseUrl, startTestApp, type TestApp } from "../../test/harness";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { sameOrigin } from "./security";

describe("the same-origin rule", () => {
  const base = "http://localhost:3000";
  it("takes BASE_URL's origin only, scheme, host and port alike", () => {
    expect(sameOrigin("http://localhost:3000", undefined, base)).toBe(true);
    expect(sameOrigin("https://localhost:3000", undefined, base)).toBe(false);
    expect(sameOrigin("http://localhost:3001", undefined, base)).toBe(false);
    expect(sameOrigin("http://localhost", undefined, base)).toBe(false);
    expect(sameOrigin("http://evil.example:3000", undefined, base)).toBe(false);
    expect(sameOrigin("null", undefined, base)).toBe(false);
    expect(sameOrigin("not a url", undefined, base)).toBe(false);
    expect(sameOrigin("https://rapport.example", undefined, "https://rapport.example")).toBe(true);
    expect(sameOrigin("https://rapport.example:443", undefined, "https://rapport.example")).toBe(true);
  });

  it("lets scripts without Origin through, and refuses what the browser calls cross-site", () => {
    expect(sameOrigin(undefined, undefined, base)).toBe(true);
    expect(sameOrigin(undefined, "same-origin", base)).toBe(true);
    expect(sameOrigin(undefined, "cross-site", base)).toBe(false);
    expect(sameOrigin("http://localhost:3000", "cross-site", base)).toBe(false);
  });
});

describe("unsafe requests from elsewhere", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("refuses Origin null, a wrong scheme and Sec-Fetch-Site cross-site with the error envelope", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const member = await joinTeam(t, admin, teamId, "member");
    const deactivate = (headers: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/users/${member.userId}/deactivate`,
        headers: { cookie: admin.sessionCookie ?? "", ...headers },
      });
    const refusals: Record<string, string>[] = [
      { origin: "null" },
      { origin: "https://localhost:3000" },
      { origin: "http://localhost:4000" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of refusals) {
      const refused = await deactivate(headers);
      expect(refused.statusCode, JSON.stringify(headers)).toBe(403);
      expect(refused.json().error.code).toBe("cross_origin");
      expect((await member.client.get("/api/v1/me")).statusCode).toBe(200);
    }
    expect(
      (await deactivate({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).statusCode,
    ).toBe(200);
    expect((await member.client.get("/api/v1/me")).statusCode).toBe(401);
  });
});

describe("the proxy warning", () => {
  it("warns once when requests carry X-Forwarded-For while TRUST_PROXY is false", async () => {
    const database = await createTestDatabaseUrl();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = loadConfig({
      DATABASE_URL: database.url,
      SESSION_SECRET: "test-secret-test-secret-test-secret-42",
      LOG_LEVEL: "warn",
    });
    const { app } = await buildApp({ config, logger: { stream }, webDistDir: "/nonexistent" });
    try {
      await app.inject({ url: "/api/v1/health" });
      expect(lines.filter((l) => l.includes("X-Forwarded-For"))).toEqual([]);
      for (let i = 0; i < 3; i++) {
        await app.inject({ url: "/api/v1/health", headers: { "x-forwarded-for": `203.0.113.${i}` } });
      }
      expect(lines.filter((l) => l.includes("TRUST_PROXY is false"))).toHaveLength(1);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
