import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

const folder = () => mkdtempSync(join(tmpdir(), "rapport-config-"));

describe("configuration", () => {
  it("serves one machine by default: port 3000 on loopback, SQLite in ./data", () => {
    const cwd = folder();
    const config = loadConfig({}, cwd);
    expect(config.port).toBe(3000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.database).toEqual({ kind: "sqlite", file: join(cwd, "data", "rapport.db") });
    expect(config.baseUrl).toBe("http://localhost:3000");
    expect(config.smtp).toBeNull();
    expect(config.writeLimitPerMinute).toBe(300);
    expect(config.databasePoolMax).toBe(10);
    expect(config.backup).toBeNull();
  });

  it("turns nightly backups on with BACKUP_DIR, keeping the newest seven unless BACKUP_KEEP says", () => {
    const cwd = folder();
    expect(loadConfig({ BACKUP_DIR: "backups" }, cwd).backup).toEqual({ dir: join(cwd, "backups"), keep: 7 });
    expect(loadConfig({ BACKUP_DIR: "/var/backups/rapport", BACKUP_KEEP: "30" }, cwd).backup).toEqual({
      dir: "/var/backups/rapport",
      keep: 30,
    });
    expect(() => loadConfig({ BACKUP_KEEP: "3" }, cwd)).toThrow(
      "Invalid setting BACKUP_KEEP: needs BACKUP_DIR",
    );
    expect(() => loadConfig({ BACKUP_DIR: "b", BACKUP_KEEP: "0" }, cwd)).toThrow(/BACKUP_KEEP/);
  });

  it("generates a session secret on first run and keeps it in the data folder", () => {
    const cwd = folder();
    const first = loadConfig({}, cwd);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(cwd, "data", "session-secret"), "utf8").trim()).toBe(first.sessionSecret);
    expect(loadConfig({}, cwd).sessionSecret).toBe(first.sessionSecret);
  });

  it("selects PostgreSQL from a postgres:// URL and takes PORT and BASE_URL", () => {
    const config = loadConfig(
      {
        DATABASE_URL: "postgres://u:p@127.0.0.1:5432/rapport",
        PORT: "8080",
        BASE_URL: "https://rapport.example/",
        SESSION_SECRET: "x".repeat(40),
      },
      folder(),
    );
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u:p@127.0.0.1:5432/rapport" });
    expect(config.port).toBe(8080);
    expect(
      loadConfig({ DATABASE_POOL_MAX: "25", SESSION_SECRET: "x".repeat(40) }, folder()).databasePoolMax,
    ).toBe(25);
    expect(config.baseUrl).toBe("https://rapport.example");
    expect(existsSync(join(folder(), "data"))).toBe(false);
  });

  it("computes audits on one thread beside the main one by default, inline on an in-memory database", () => {
    const secret = { SESSION_SECRET: "x".repeat(40) };
    expect(loadConfig(secret, folder()).auditWorkers).toBe(1);
    expect(loadConfig({ ...secret, AUDIT_WORKERS: "3" }, folder()).auditWorkers).toBe(3);
    expect(loadConfig({ ...secret, AUDIT_WORKERS: "0" }, folder()).auditWorkers).toBe(0);
    expect(
      loadConfig({ ...secret, AUDIT_WORKERS: "3", DATABASE_URL: "sqlite::memory:" }, folder()).auditWorkers,
    ).toBe(0);
  });

  it("takes a mail server with one sender, named or bare", () => {
    for (const from of ["Rapport <rapport@example.com>", "rapport@example.com"]) {
      const config = loadConfig(
        { SMTP_URL: "smtps://user:pass@mail.example:465", SMTP_FROM: from, SESSION_SECRET: "x".repeat(40) },
        folder(),
      );
      expect(config.smtp).toEqual({ url: "smtps://user:pass@mail.example:465", from });
    }
  });

  it.each([
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "web" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DATABASE_URL: "sqlite:" }, "DATABASE_URL"],
    [{ BASE_URL: "not a url" }, "BASE_URL"],
    [{ SESSION_SECRET: "short" }, "SESSION_SECRET"],
    [{ SMTP_URL: "smtp://mail.example:587" }, "SMTP_FROM"],
    [{ SMTP_URL: "http://mail.example" }, "SMTP_URL"],
    [{ SMTP_URL: "smtp://mail.example:587", SMTP_FROM: "Rapport" }, "SMTP_FROM"],
    [{ SMTP_URL: "smtp://mail.example:587", SMTP_FROM: "a@example.com, b@example.com" }, "SMTP_FROM"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ TRUST_PROXY: "yes" }, "TRUST_PROXY"],
    [{ WRITE_LIMIT_PER_MINUTE: "0" }, "WRITE_LIMIT_PER_MINUTE"],
    [{ WRITE_LIMIT_PER_MINUTE: "lots" }, "WRITE_LIMIT_PER_MINUTE"],
    [{ DATABASE_POOL_MAX: "0" }, "DATABASE_POOL_MAX"],
    [{ DATABASE_POOL_MAX: "101" }, "DATABASE_POOL_MAX"],
    [{ DATABASE_POOL_MAX: "2.5" }, "DATABASE_POOL_MAX"],
    [{ AUDIT_WORKERS: "-1" }, "AUDIT_WORKERS"],
    [{ AUDIT_WORKERS: "17" }, "AUDIT_WORKERS"],
  ])("stops on an invalid setting and names it: %o", (env, setting) => {
    let error: unknown;
    try {
      loadConfig(env, folder());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe(setting);
    expect((error as ConfigError).message).toContain(setting);
  });
});
