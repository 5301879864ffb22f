import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn } from "../../test/factories";
import { createTestDatabaseUrl, startTestApp } from "../../test/harness";
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from "../../test/postgres-cluster";
import { DEMO_LEADER, DEMO_PASSWORD, loadDemo } from "../cli/demo";
import { runCli } from "../cli/rapport";
import { loadConfig, parseDatabaseUrl } from "../config";
import { backupTo, readTables } from "./backup";
import { openDatabase } from "./database";

const SECRET = "backup-test-secret-backup-test-secret-1";

/** Every row of every table, as plain values keyed by column, each table's rows in a fixed order. */
async function everyRow(url: string): Promise<Record<string, string[]>> {
  const handle = openDatabase(parseDatabaseUrl(url, process.cwd()));
  try {
    const tables: Record<string, string[]> = {};
    for await (const { table, columns, rows } of readTables(handle.db)) {
      tables[table] = rows
        .map((row) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, normal(row[i])]).sort())))
        .sort();
    }
    return tables;
  } finally {
    await handle.destroy();
  }
}

/** The two dialects' values made comparable: numbers as numbers, text as text, null as null. */
function normal(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}

const rowCount = (tables: Record<string, string[]>) =>
  Object.values(tables).reduce((n, r) => n + r.length, 0);

describe("backup, restore and moving to PostgreSQL", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let postgresAdmin: string;
  let source: string;
  let folder: string;
  let original: Record<string, string[]>;
  const saved = { ...process.env };

  /** Runs the command line on a database; returns its exit code and what it printed. */
  async function cli(databaseUrl: string, ...args: string[]): Promise<{ code: number; out: string }> {
    process.env.DATABASE_URL = databaseUrl;
    process.env.SESSION_SECRET = SECRET;
    delete process.env.BASE_URL;
    const lines: string[] = [];
    try {
      const code = await runCli(args, (l) => lines.push(l));
      return { code, out: lines.join("\n") };
    } finally {
      process.env = { ...saved };
    }
  }

  let made = 0;
  const freshSqlite = () => `sqlite:${join(folder, `fresh-${++made}.db`)}`;
  async function freshPostgres(): Promise<string> {
    const name = `rapport_restore_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: postgresAdmin });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    return postgresAdmin.replace(/\/postgres$/, `/${name}`);
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "rapport-backup-test-"));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    // Both databases at once: the PostgreSQL tier's cluster, or one of our own beside SQLite.
    const provided = inject("postgresUrl");
    if (provided) postgresAdmin = provided;
    else {
      const bin = findPostgresBin();
      if (!bin) throw new Error("These tests need PostgreSQL's server binaries under /usr/lib/postgresql.");
      const cluster: PostgresCluster = await startPostgresCluster(bin);
      cleanups.push(() => cluster.stop());
      postgresAdmin = cluster.url();
    }
    const database = await createTestDatabaseUrl();
    cleanups.push(database.drop);
    source = database.url;
    await loadDemo(
      loadConfig({ DATABASE_URL: source, SESSION_SECRET: SECRET, LOG_LEVEL: "silent" }),
      () => {},
      {
        now: new Date("2026-11-20T12:00:00Z"),
      },
    );
    original = await everyRow(source);
  }, 180_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("backs up the demo and restores it into a fresh SQLite and a fresh PostgreSQL, every table identical", async () => {
    expect(rowCount(original)).toBeGreaterThan(500);
    expect(original.answer_versions?.length).toBeGreaterThan(0);
    const file = join(folder, "demo.jsonl.gz");
    const backedUp = await cli(source, "backup", "--out", file);
    expect(backedUp.code).toBe(0);
    expect(backedUp.out).toContain(`${Object.keys(original).length} tables, ${rowCount(original)} rows`);

    for (const target of [freshSqlite(), await freshPostgres()]) {
      const restored = await cli(target, "restore", file);
      expect(restored).toEqual({ code: 0, out: expect.stringContaining(`${rowCount(original)} rows`) });
      expect(await everyRow(target)).toEqual(original);
    }
  });

  it("moves the demo from SQLite into PostgreSQL, every row of every table compared", async () => {
    // The demo on SQLite, whichever database this tier loaded it into.
    let sqlite = source;
    if (!source.startsWith("sqlite:")) {
      sqlite = freshSqlite();
      await backupTo(parseDatabaseUrl(source, process.cwd()), join(folder, "for-sqlite.jsonl.gz"));
      expect((await cli(sqlite, "restore", join(folder, "for-sqlite.jsonl.gz"))).code).toBe(0);
    }
    const target = await freshPostgres();
    const moved = await cli(sqlite, "migrate-to", target);
    expect(moved.code).toBe(0);
    expect(moved.out).toContain("every table's row count matches");
    expect(await everyRow(target)).toEqual(original);
    // Into PostgreSQL only, and only into an empty one.
    expect((await cli(sqlite, "migrate-to", freshSqlite())).code).toBe(64);
    const again = await cli(sqlite, "migrate-to", target);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/not empty/);
  });

  it("takes a consistent snapshot while the app keeps writing answers", { timeout: 60_000 }, async () => {
    const live = await startTestApp({ databaseUrl: source, env: { WRITE_LIMIT_PER_MINUTE: "100000" } });
    try {
      const leader = await signIn(live, DEMO_LEADER, DEMO_PASSWORD);
      let acknowledged = 0;
      let running = true;
      const writer = (async () => {
        for (let i = 0; running; i++) {
          // Each answer a new version (more than ten minutes apart), the answer itself updated with it.
          live.clock.advance(11 * 60_000);
          const response = await leader.put("/api/v1/me/answers/success-this-year", {
            value: `Load write ${i}`,
            visibility: "leader",
          });
          if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
          acknowledged++;
          // Requests arrive from outside: let timers and the backup's own steps run between them.
          await new Promise((r) => setImmediate(r));
        }
      })();
      const failed = writer.then(
        () => false,
        () => true,
      );
      const waitFor = async (count: number) => {
        while (
          acknowledged < count &&
          !(await Promise.race([failed, new Promise((r) => setTimeout(r, 5, false))]))
        );
      };
      await waitFor(5);
      const file = join(folder, "under-load.jsonl.gz");
      const before = acknowledged;
      await backupTo(parseDatabaseUrl(source, process.cwd()), file);
      const after = acknowledged;
      await waitFor(after + 5);
      running = false;
      await writer;
      expect(before).toBeGreaterThanOrEqual(5);
      expect(after).toBeGreaterThan(before); // the app answered writes while the backup ran

      for (const target of [freshSqlite(), await freshPostgres()]) {
        expect((await cli(target, "restore", file)).code).toBe(0);
        const handle = openDatabase(parseDatabaseUrl(target, process.cwd()));
        try {
          const answers = await handle.db.selectFrom("answers").selectAll().execute();
          const versions = await handle.db
            .selectFrom("answer_versions")
            .selectAll()
            .orderBy("recorded_at")
            .execute();
          // Every version's answer is there, and each answer says what its latest version says.
          for (const version of versions) {
            expect(
              answers.some((a) => a.user_id === version.user_id && a.facet_id === version.facet_id),
            ).toBe(true);
          }
          for (const answer of answers) {
            const latest = versions
              .filter((v) => v.user_id === answer.user_id && v.facet_id === answer.facet_id)
              .at(-1);
            if (latest && !latest.withdrawn) expect(latest.value).toBe(answer.value);
          }
          const loadVersions = versions.filter((v) => v.value?.includes("Load write")).length;
          expect(loadVersions).toBeGreaterThanOrEqual(before);
          expect(loadVersions).toBeLessThan(acknowledged);
        } finally {
          await handle.destroy();
        }
      }
    } finally {
      await live.close();
    }
  });

  it("refuses a non-empty database and a backup from a newer schema, leaving the target as it was", async () => {
    const file = join(folder, "refusals.jsonl.gz");
    await backupTo(parseDatabaseUrl(source, process.cwd()), file);
    const onSource = await cli(source, "restore", file);
    expect(onSource.code).toBe(1);
    expect(onSource.out).toMatch(
      /^The target database is not empty \(\w+ holds \d+ rows?\); restore into a new, empty database\.$/,
    );

    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const header = JSON.parse(lines[0] ?? "{}");
    header.migrations.push("20991231_9999_from_the_future");
    lines[0] = JSON.stringify(header);
    const future = join(folder, "future.jsonl.gz");
    writeFileSync(future, gzipSync(lines.join("\n")));
    const target = freshSqlite();
    const refused = await cli(target, "restore", future);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe(
      "This backup comes from a newer version of Rapport: its schema has migrations this version does not know (20991231_9999_from_the_future). Upgrade Rapport, then restore.",
    );
    expect(await everyRow(target)).toEqual({});
  });
});
