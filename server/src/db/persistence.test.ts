import { afterEach, describe, expect, it } from "vitest";
import { createTeam, setupWorkspace, signIn } from "../../test/factories";
import { createTestDatabaseUrl, startTestApp } from "../../test/harness";

describe("persistence", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("keeps workspaces, people and teams across a restart (a new process on the same database)", async () => {
    const database = await createTestDatabaseUrl();
    cleanups.push(database.drop);
    const boot = () => startTestApp({ databaseUrl: database.url });

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
