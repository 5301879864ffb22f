import { afterEach, describe, expect, it } from "vitest";
import { createTeam, setupWorkspace, signIn } from "../../test/factories";
import { createTestDatabaseUrl, type TestApp } from "../../test/harness";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { ManualClock } from "../lib/clock";
import { disabledMailer } from "../lib/mailer";
import { openDatabase } from "./database";

describe("persistence", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("keeps workspaces, people and teams across a restart (a new process on the same database)", async () => {
    const database = await createTestDatabaseUrl();
    cleanups.push(database.drop);
    const config = loadConfig({
      DATABASE_URL: database.url,
      SESSION_SECRET: "persistence-secret-persistence-secret",
      LOG_LEVEL: "silent",
    });
    const clock = new ManualClock();
    const boot = async (): Promise<TestApp> => {
      const handle = openDatabase(config.database);
      const { app, ctx, routes } = await buildApp({
        config,
        database: handle,
        clock,
        mailer: disabledMailer,
        logger: false,
        webDistDir: "/nonexistent",
      });
      return {
        app,
        ctx,
        clock,
        mail: [],
        databaseKind: handle.dialect,
        routes,
        close: async () => {
          await app.close();
          await handle.destroy();
        },
      };
    };

    const first = await boot();
    const { admin, adminEmail } = await setupWorkspace(first);
    await createTeam(admin, "Durable");
    await first.close();

    const second = await boot();
    cleanups.push(second.close);
    const client = await signIn(second, adminEmail);
    expect((await client.get("/api/v1/teams")).json().teams.map((x: { name: string }) => x.name)).toEqual([
      "Durable",
    ]);
    expect((await client.get("/api/v1/setup")).json()).toEqual({ needed: false });
  });
});
