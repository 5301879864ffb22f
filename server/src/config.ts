import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import addressparser from "nodemailer/lib/addressparser";
import { z } from "zod";

/**
 * One typed, validated configuration, read once at boot. Every variable is documented in
 * `.env.example`; an invalid value stops the boot with a message naming the variable.
 */
export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  database: DatabaseConfig;
  /** Most connections the PostgreSQL pool opens (pg's Pool `max`); SQLite has one connection. */
  databasePoolMax: number;
  /**
   * Threads that compute audits off the main thread (AUDIT_WORKERS), so a large team's audit does
   * not hold up other requests; 0 computes them inline. Always 0 on an in-memory SQLite database,
   * which a second thread cannot open.
   */
  auditWorkers: number;
  dataDir: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionMaxDays: number;
  trustProxy: boolean;
  /** Writes to content routes one person may make in a minute (plugins/write-limit.ts). */
  writeLimitPerMinute: number;
  smtp: SmtpConfig | null;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Serve the interactive API docs at /api/docs (the OpenAPI JSON is served either way). */
  apiDocs: boolean;
  /** Nightly backups (jobs/backup.job.ts) into `dir`, the newest `keep` kept; null: off. */
  backup: BackupConfig | null;
}

export interface BackupConfig {
  dir: string;
  keep: number;
}

export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface SmtpConfig {
  url: string;
  from: string;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    reason: string,
  ) {
    super(`Invalid setting ${setting}: ${reason}`);
    this.name = "ConfigError";
  }
}

/**
 * One sender, read the way the mailer will read it (nodemailer's own address parser), so a From
 * that every mail would fail on stops the boot instead: mail goes out after the answer, where a
 * failure reaches only the log.
 */
function isOneMailbox(value: string): boolean {
  const parsed = addressparser(value, { flatten: true });
  return parsed.length === 1 && z.email().safeParse(parsed[0]?.address).success;
}

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  PORT: integer(1, 65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z.string().min(1).default("sqlite:./data/rapport.db"),
  DATABASE_POOL_MAX: integer(1, 100).default(10),
  AUDIT_WORKERS: integer(0, 16).default(1),
  DATA_DIR: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_IDLE_MINUTES: integer(5, 60 * 24 * 30).default(720),
  SESSION_MAX_DAYS: integer(1, 365).default(14),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  WRITE_LIMIT_PER_MINUTE: integer(1, 100_000).default(300),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  SMTP_FROM: z
    .string()
    .refine(isOneMailbox, 'must be one address, e.g. rapport@example.com or "Rapport <rapport@example.com>"')
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  API_DOCS: z.enum(["true", "false"]).default("true"),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: integer(1, 10_000).optional(),
});

export function parseDatabaseUrl(value: string, cwd: string): DatabaseConfig {
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length).replace(/^\/\//, "");
    if (path.length === 0)
      throw new ConfigError("DATABASE_URL", "sqlite: needs a file path, e.g. sqlite:./data/rapport.db");
    return { kind: "sqlite", file: path === ":memory:" ? path : resolve(cwd, path) };
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError("DATABASE_URL", "is not a valid postgres:// URL");
    }
    return { kind: "postgres", url: value };
  }
  throw new ConfigError("DATABASE_URL", "must start with sqlite: or postgres://");
}

/** Reads the session secret from the data folder, creating it on first run. */
function sessionSecretFrom(dataDir: string): string {
  const file = join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue?.path[0] ?? "environment");
    throw new ConfigError(setting, issue?.message ?? "invalid");
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL, cwd);
  const dataDir = resolve(
    cwd,
    e.DATA_DIR ??
      (database.kind === "sqlite" && database.file !== ":memory:" ? dirname(database.file) : "data"),
  );
  if ((e.SMTP_URL === undefined) !== (e.SMTP_FROM === undefined)) {
    throw new ConfigError(e.SMTP_URL ? "SMTP_FROM" : "SMTP_URL", "SMTP_URL and SMTP_FROM go together");
  }
  if (e.BACKUP_KEEP !== undefined && e.BACKUP_DIR === undefined) {
    throw new ConfigError("BACKUP_KEEP", "needs BACKUP_DIR, the folder backups go to");
  }
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  return {
    port: e.PORT,
    host: e.HOST,
    baseUrl,
    database,
    databasePoolMax: e.DATABASE_POOL_MAX,
    auditWorkers: database.kind === "sqlite" && database.file === ":memory:" ? 0 : e.AUDIT_WORKERS,
    dataDir,
    sessionSecret: e.SESSION_SECRET ?? sessionSecretFrom(dataDir),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxDays: e.SESSION_MAX_DAYS,
    trustProxy: e.TRUST_PROXY === "true",
    writeLimitPerMinute: e.WRITE_LIMIT_PER_MINUTE,
    smtp: e.SMTP_URL && e.SMTP_FROM ? { url: e.SMTP_URL, from: e.SMTP_FROM } : null,
    logLevel: e.LOG_LEVEL,
    apiDocs: e.API_DOCS === "true",
    backup: e.BACKUP_DIR ? { dir: resolve(cwd, e.BACKUP_DIR), keep: e.BACKUP_KEEP ?? 7 } : null,
  };
}
