import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeam, inviteToken, setupWorkspace } from "../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../test/harness";
import { REDACTED } from "../lib/log-redaction";

describe("the request log", () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const log = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    t = await startTestApp({ env: { LOG_LEVEL: "info" }, log });
  });
  afterAll(() => t.close());

  it("names each request's path without the link tokens and feed secrets in it", async () => {
    const { admin } = await setupWorkspace(t);
    const teamId = await createTeam(admin);
    const token = await inviteToken(admin, teamId, "new.person@example.test", "member");
    expect((await new Client(t.app).get(`/api/v1/invitations/${token}`)).statusCode).toBe(200);
    const joined = new Client(t.app);
    const accepted = await joined.post(`/api/v1/invitations/${token}/accept`, {
      name: "New Person",
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
    const feed = (await joined.post("/api/v1/me/calendar-feed")).json() as { url: string };
    const feedPath = new URL(feed.url).pathname;
    const secret =
      feedPath
        .split("/")
        .pop()
        ?.replace(/\.ics$/, "") ?? "";
    expect(secret.length).toBeGreaterThan(10);
    expect((await new Client(t.app).get(feedPath)).statusCode).toBe(200);

    const written = lines.join("");
    expect(written).toContain(`/api/v1/invitations/${REDACTED}/accept`);
    expect(written).toContain(`/api/v1/calendar/${REDACTED}`);
    expect(written).not.toContain(token);
    expect(written).not.toContain(secret);
    expect(written).not.toContain(PASSWORD);
  });

  it("writes one line per request once answered: the request, its status and the time taken", async () => {
    lines.length = 0;
    await new Client(t.app).get("/api/v1/me");
    await new Client(t.app).get("/api/v1/health");
    const entries = lines
      .join("")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(entries).toHaveLength(2);
    expect(
      entries.map((entry) => [entry.msg, entry.req.method, entry.req.url, entry.res.statusCode]),
    ).toEqual([
      ["request completed", "GET", "/api/v1/me", 401],
      ["request completed", "GET", "/api/v1/health", 200],
    ]);
    for (const entry of entries) {
      expect(entry.reqId).toEqual(expect.any(String));
      expect(entry.responseTime).toEqual(expect.any(Number));
      expect(entry.req.remoteAddress).toBe("127.0.0.1");
    }
  });
});
