import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Audit } from "#contracts/audit";
import { ledTeam } from "../../test/factories";
import { createTestDatabaseUrl, startTestApp } from "../../test/harness";
import { pdfText } from "../../test/pdf-text";
import { parseDatabaseUrl } from "../config";
import { openDatabase } from "../db/database";
import { percent, score } from "../modules/reports";
import { runCli } from "./rapport";

describe("the rapport command", () => {
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;
  const saved = { ...process.env };
  beforeEach(async () => {
    database = await createTestDatabaseUrl();
    process.env.DATABASE_URL = database.url;
    process.env.SESSION_SECRET = "cli-test-secret-cli-test-secret-cli-test";
    // Vitest sets BASE_URL to "/" for Vite; the CLI reads the real environment.
    delete process.env.BASE_URL;
  });
  afterEach(async () => {
    process.env = { ...saved };
    await database.drop();
  });

  it("prints help", async () => {
    const lines: string[] = [];
    expect(await runCli(["help"], (l) => lines.push(l))).toBe(0);
    expect(lines.join("\n")).toContain("create-admin");
  });

  it("migrates, then reports the database up to date", async () => {
    const lines: string[] = [];
    expect(await runCli(["migrate"], (l) => lines.push(l))).toBe(0);
    expect(await runCli(["migrate"], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toContain("20261125_0001_foundation");
    expect(lines[1]).toBe("The database is up to date.");
  });

  it("creates an admin (and the workspace when none exists), refusing a weak password", async () => {
    const out: string[] = [];
    await expect(
      runCli(["create-admin", "--email", "root@example.test", "--name", "Root", "--password", "short"], (l) =>
        out.push(l),
      ),
    ).rejects.toThrow(/--password/);
    const code = await runCli(
      [
        "create-admin",
        "--email",
        "Root@Example.test",
        "--name",
        "Root",
        "--password",
        "a long admin passphrase",
        "--workspace",
        "Acme",
      ],
      (l) => out.push(l),
    );
    expect(code).toBe(0);
    const handle = openDatabase(parseDatabaseUrl(database.url, process.cwd()));
    const users = await handle.db.selectFrom("users").select(["email", "is_admin"]).execute();
    await handle.destroy();
    expect(users).toEqual([{ email: "root@example.test", is_admin: 1 }]);
    expect(out.at(-1)).toContain('workspace "Acme"');
  });

  it("answers an unknown command with help and a usage exit code", async () => {
    const lines: string[] = [];
    expect(await runCli(["frobnicate"], (l) => lines.push(l))).toBe(64);
    expect(lines[0]).toContain('Unknown command "frobnicate"');
  });

  it("writes a team's audit and a leader's practice figures as PDF files, as the leader would download them", async () => {
    const t = await startTestApp({ databaseUrl: database.url });
    const dir = await mkdtemp(join(tmpdir(), "rapport-report-"));
    try {
      const { teamId, leader, member, otherLeader } = await ledTeam(t);
      await leader.client.put(`/api/v1/people/${member.userId}/beliefs/drains`, {
        value: "Long meetings",
        source: "assumed",
        confidence: 4,
      });
      const audit = (await leader.client.get(`/api/v1/teams/${teamId}/audit`)).json() as Audit;
      const lines: string[] = [];
      const file = join(dir, "audit.pdf");
      const args = ["report", "audit", "--team", teamId, "--leader", leader.email, "--out", file];
      expect(await runCli(args, (l) => lines.push(l))).toBe(0);
      expect(lines.at(-1)).toMatch(/^Wrote .*audit\.pdf \(\d+ bytes\)\.$/);
      const text = await pdfText(await readFile(file));
      expect(text).toContain("Platform: assumption audit");
      expect(text).toContain(`Coverage ${percent(audit.figures.coverage)}`);
      expect(text).toContain(`Calibration ${score(audit.figures.calibration)}`);
      expect(text).toContain("Max");

      // Another team's leader has no audit of this team, on the command line as on the web.
      await expect(
        runCli(["report", "audit", "--team", teamId, "--leader", otherLeader.email, "--out", file], () => {}),
      ).rejects.toThrow(/leads no team/);
      await expect(
        runCli(["report", "audit", "--team", "nope", "--leader", leader.email], () => {}),
      ).rejects.toThrow(/--team/);

      const practice = join(dir, "practice.pdf");
      expect(
        await runCli(
          ["report", "practice", "--leader", leader.email, "--months", "12", "--out", practice],
          () => {},
        ),
      ).toBe(0);
      expect(await pdfText(await readFile(practice))).toContain("Practice figures: Lea");
      expect(await runCli(["report", "nothing"], (l) => lines.push(l))).toBe(64);
    } finally {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
