import { buildApp } from "../server/src/app";
import { loadConfig } from "../server/src/config";
import { openDatabase } from "../server/src/db/database";
import { findPostgresBin, startPostgresCluster } from "../server/test/postgres-cluster";
import { cpuBenchmarks } from "./cpu";
import { type LoadResult, load, type RunningServer, type Session, startServer } from "./http";
import { seedTeam, TEAM_SIZE } from "./seed";
import { soak } from "./soak";

/**
 * `npm run bench`: measures, in one run, the health route (the baseline: the cheapest request
 * the server can answer) beside the routes that matter, and prints them side by side, on SQLite
 * and then on a throwaway PostgreSQL cluster (skipped, with a note, without Debian's server
 * binaries). BENCH_SECONDS sets the length of each load (default 10). No thresholds: figures to compare.
 * `--soak` runs the soak instead (bench/soak.ts).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

async function main(): Promise<void> {
  if (process.argv.includes("--soak")) return soak(process.argv.includes("--postgres"));
  if (process.argv.includes("--web")) return (await import("./lighthouse")).benchWeb();
  printCpu();
  await benchHttp("SQLite", await startServer());
  const bin = findPostgresBin();
  if (!bin) {
    console.log("\nPostgreSQL: no server binaries under /usr/lib/postgresql; its rows were not measured.");
    return;
  }
  const cluster = await startPostgresCluster(bin);
  try {
    await benchHttp("PostgreSQL", await startServer(cluster.url()));
  } finally {
    cluster.stop();
  }
}

async function benchHttp(database: string, server: RunningServer): Promise<void> {
  try {
    const { admin, teamId, roster } = await seedTeam(server);
    const results: LoadResult[] = [];
    results.push(await load("GET /api/v1/health (baseline)", `${server.baseUrl}/api/v1/health`, {}, seconds));
    results.push(
      await load(
        `GET /api/v1/teams/:teamId (${TEAM_SIZE} members, signed in)`,
        `${server.baseUrl}/api/v1/teams/${teamId}`,
        { cookie: admin.cookie },
        seconds,
      ),
    );
    results.push(
      await load(
        `GET /api/v1/teams/:teamId/audit (${TEAM_SIZE} members × 26 facets)`,
        `${server.baseUrl}/api/v1/teams/${teamId}/audit`,
        { cookie: admin.cookie },
        seconds,
      ),
    );
    printTable(database, results);
    await printFreshAudit(admin, server, teamId, roster[0]?.id ?? "");
  } finally {
    await server.stop();
  }
}

/**
 * An audit is kept until the data changes, so the load above mostly measures serving a kept one.
 * This measures what the first read after a change costs: a belief is updated before each read.
 */
async function printFreshAudit(admin: Session, server: RunningServer, teamId: string, personId: string) {
  const { baseUrl } = server;
  const runs = 30;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await admin.call("PUT", `/api/v1/people/${personId}/beliefs/drains`, {
      value: `Long meetings, take ${i}`,
      source: "heard",
      confidence: 3,
    });
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/teams/${teamId}/audit`, {
      headers: { cookie: admin.cookie },
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`team audit → ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)] ?? 0;
  const queries = await countAuditQueries(server, admin.cookie, teamId, personId);
  console.log(
    `\nTeam audit computed afresh (the first read after a change), median of ${runs}: ${median.toFixed(1)} ms, ${queries.audit} queries (besides the session read, which carries the data version; ${queries.total} in all)`,
  );
}

/**
 * The queries of one uncached team audit, counted by the same app in this process on the server's
 * database (Kysely reports each query): a belief changes, then the audit is read.
 */
async function countAuditQueries(server: RunningServer, cookie: string, teamId: string, personId: string) {
  const config = loadConfig(server.env);
  const seen: string[] = [];
  const database = openDatabase(config.database, { onQuery: (sql) => void seen.push(sql) });
  const { app } = await buildApp({ config, database, logger: false, webDistDir: "/nonexistent" });
  try {
    const headers = { cookie, origin: server.env.BASE_URL ?? "" };
    const write = await app.inject({
      method: "PUT",
      url: `/api/v1/people/${personId}/beliefs/drains`,
      headers,
      payload: { value: "Counting queries", source: "heard", confidence: 3 },
    });
    if (write.statusCode !== 200) throw new Error(`belief → ${write.statusCode} ${write.body}`);
    seen.length = 0;
    const read = await app.inject({ method: "GET", url: `/api/v1/teams/${teamId}/audit`, headers });
    if (read.statusCode !== 200) throw new Error(`team audit → ${read.statusCode}`);
    const bookkeeping = seen.filter((q) => /from "sessions"/.test(q));
    return { total: seen.length, audit: seen.length - bookkeeping.length };
  } finally {
    await app.close();
    await database.destroy();
  }
}

function printCpu(): void {
  const results = cpuBenchmarks();
  console.log(`\nPure engines, median of ${results[0]?.runs ?? 0} runs, Node ${process.version}`);
  const rows = results.map((r) => [r.name, `${r.median.toFixed(1)} ms`, r.throughput ?? ""]);
  printRows(["work", "median", "throughput"], rows);
}

function printRows(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

function printTable(database: string, results: LoadResult[]): void {
  const baseline = results[0]?.requestsPerSecond ?? 1;
  const rows = results.map((r) => [
    r.name,
    r.requestsPerSecond.toFixed(0),
    `${r.p50.toFixed(1)} ms`,
    `${r.p99.toFixed(1)} ms`,
    `${((r.requestsPerSecond / baseline) * 100).toFixed(0)}%`,
    String(r.errors),
  ]);
  console.log(`\nHTTP, ${seconds} s each, 10 connections, ${database}, Node ${process.version}`);
  printRows(["route", "req/s", "p50", "p99", "vs baseline", "errors"], rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
