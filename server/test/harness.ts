import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import type { AppContext } from "../src/context";
import { openDatabase } from "../src/db/database";
import type { Job, Scheduler } from "../src/jobs";
import { ManualClock } from "../src/lib/clock";
import type { Mail, Mailer } from "../src/lib/mailer";

export const PASSWORD = "correct horse battery staple";

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: ManualClock;
  mail: Mail[];
  databaseKind: "sqlite" | "postgres";
  /** The SQL of every query the app has run, in order; tests may empty it to count from a point. */
  queries: string[];
  /** The database's URL, for a second app on the same data (startTestApp({ databaseUrl })). */
  databaseUrl: string;
  /** "METHOD /url" of every route the app registered. */
  routes: string[];
  /** Never started on a timer here: a test calls `tick()` after moving the clock. */
  scheduler: Scheduler;
  close(): Promise<void>;
}

/** Which database the integration tier runs on (RAPPORT_TEST_DB=postgres for PostgreSQL). */
export const testDatabaseKind = (): "sqlite" | "postgres" =>
  process.env.RAPPORT_TEST_DB === "postgres" ? "postgres" : "sqlite";

/** A fresh database (a new SQLite file, or a new PostgreSQL database) and the app on it. */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (testDatabaseKind() === "postgres") {
    const adminUrl = inject("postgresUrl");
    if (!adminUrl) throw new Error("The PostgreSQL tier needs the cluster from global-setup.");
    const name = `rapport_test_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    return {
      url: adminUrl.replace(/\/postgres$/, `/${name}`),
      async drop() {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const folder = mkdtempSync(join(tmpdir(), "rapport-test-"));
  return {
    url: `sqlite:${join(folder, "rapport.db")}`,
    async drop() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The app on a fresh database, or on `databaseUrl` when given (a restart on the same data: then
 * closing leaves the database to whoever made it). `env` adds settings (e.g. a lower limit);
 * `jobs` replaces the shipped scheduled jobs. Mail is kept in `mail` unless `mail: "smtp"`: then
 * the app sends it as configured (SMTP_URL and SMTP_FROM in `env`), or not at all without them.
 */
export async function startTestApp(
  options: {
    databaseUrl?: string;
    env?: Record<string, string>;
    jobs?: readonly Job[];
    mail?: "recorded" | "smtp";
    /** Where the app's log goes (at LOG_LEVEL, given in `env`); by default it logs nothing. */
    log?: NodeJS.WritableStream;
    /** A built web app to serve (none by default: non-API paths then answer 503). */
    webDistDir?: string;
  } = {},
): Promise<TestApp> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => {} }
    : await createTestDatabaseUrl();
  const config = loadConfig({
    DATABASE_URL: database.url,
    SESSION_SECRET: "test-secret-test-secret-test-secret-42",
    BASE_URL: "http://localhost:3000",
    LOG_LEVEL: "silent",
    // Audits inline, where the queries they run are counted; audit.worker.test.ts runs them on a thread.
    AUDIT_WORKERS: "0",
    ...options.env,
  });
  const queries: string[] = [];
  const handle = openDatabase(config.database, {
    poolMax: config.databasePoolMax,
    onQuery: (sql) => void queries.push(sql),
  });
  const clock = new ManualClock(new Date("2026-11-02T09:00:00.000Z"));
  const mail: Mail[] = [];
  const mailer: Mailer = { enabled: true, send: async (m) => void mail.push(m) };
  const { app, ctx, routes, scheduler } = await buildApp({
    config,
    database: handle,
    clock,
    ...(options.mail === "smtp" ? {} : { mailer }),
    logger: options.log ? { stream: options.log } : false,
    webDistDir: options.webDistDir ?? "/nonexistent",
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
  return {
    app,
    ctx,
    clock,
    mail,
    databaseKind: handle.dialect,
    databaseUrl: database.url,
    queries,
    routes,
    scheduler,
    async close() {
      await app.close();
      await handle.destroy();
      await database.drop();
    },
  };
}

/** A browser-like client: keeps its cookies (the session, the device cookie) between requests. */
export class Client {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  get sessionCookie(): string | null {
    const value = this.cookies.get("rapport_session");
    return value ? `rapport_session=${value}` : null;
  }

  /** One cookie's value as the client holds it, or undefined. */
  cookieValue(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response: LightMyRequestResponse = await this.app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: cookie ? { cookie } : {},
    });
    for (const set of response.cookies) {
      if (set.value) this.cookies.set(set.name, set.value);
      else this.cookies.delete(set.name);
    }
    return response;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body: unknown = {}) => this.request("POST", url, body);
  put = (url: string, body: unknown) => this.request("PUT", url, body);
  patch = (url: string, body: unknown) => this.request("PATCH", url, body);
  delete = (url: string) => this.request("DELETE", url);
}
