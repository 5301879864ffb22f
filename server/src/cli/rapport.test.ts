import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabaseUrl } from "../../test/harness";
import { parseDatabaseUrl } from "../config";
import { openDatabase } from "../db/database";
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
});
