import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../test/factories";
import { createTestDatabaseUrl, startTestApp, type TestApp } from "../../test/harness";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { helmetOptions, sameOrigin, securityHeaders } from "./security";

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

describe("the security headers", () => {
  it("are helmet's, worked out once: HSTS and upgrade-insecure-requests over https only", () => {
    const plain = new Map(securityHeaders(helmetOptions(false)));
    expect(plain.get("x-content-type-options")).toBe("nosniff");
    expect(plain.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(plain.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(plain.has("strict-transport-security")).toBe(false);
    const https = new Map(securityHeaders(helmetOptions(true)));
    expect(https.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    expect(https.get("content-security-policy")).toContain("upgrade-insecure-requests");
    // The policy in full, as @fastify/helmet sent it before the headers were worked out once.
    expect(plain.get("content-security-policy")).toBe(
      "default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
    );
    expect(https.get("content-security-policy")).toBe(
      "default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';upgrade-insecure-requests;connect-src 'self'",
    );
    expect(https.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    // Over https exactly one header more, and every other the same.
    expect([...https.keys()].filter((name) => !plain.has(name))).toEqual(["strict-transport-security"]);
    for (const [name, value] of plain)
      if (name !== "content-security-policy") expect(https.get(name)).toBe(value);
  });

  it("come on every response: an answer, an error, a refusal, an unknown path, a page", async () => {
    const t = await startTestApp();
    try {
      const expected = securityHeaders(helmetOptions(false));
      const responses = {
        health: await t.app.inject({ url: "/api/v1/health" }),
        signedOut: await t.app.inject({ url: "/api/v1/me" }),
        invalidJson: await t.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          headers: { "content-type": "application/json" },
          payload: "{",
        }),
        crossOrigin: await t.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          headers: { origin: "https://evil.example" },
          payload: {},
        }),
        unknownApiPath: await t.app.inject({ url: "/api/v1/nothing-here" }),
        page: await t.app.inject({ url: "/teams" }),
      };
      expect(Object.fromEntries(Object.entries(responses).map(([name, r]) => [name, r.statusCode]))).toEqual({
        health: 200,
        signedOut: 401,
        invalidJson: 400,
        crossOrigin: 403,
        unknownApiPath: 404,
        page: 503,
      });
      for (const [name, response] of Object.entries(responses)) {
        for (const [header, value] of expected)
          expect(response.headers[header], `${name}: ${header}`).toBe(value);
      }
      expect(responses.health.headers["cache-control"]).toBe("no-store");
      expect(responses.crossOrigin.headers["cache-control"]).toBe("no-store");
    } finally {
      await t.close();
    }
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
