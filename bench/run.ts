import { buildApp } from "../server/src/app";
import { loadConfig } from "../server/src/config";
import { openDatabase } from "../server/src/db/database";
import { findPostgresBin, startPostgresCluster } from "../server/test/postgres-cluster";
import { auditSizeMain } from "./audit-size";
import { cpuBenchmarks } from "./cpu";
import {
  freshReads,
  type LoadResult,
  load,
  loadWrites,
  type RunningServer,
  type ServerMemory,
  type Session,
  startBareFastify,
  startServer,
} from "./http";
import { mb, printRows } from "./print";
import { seedTeam, TEAM_SIZE } from "./seed";
import { soak } from "./soak";
import { quantile } from "./stats";

/**
 * `npm run bench`: measures, in one run, a bare Fastify "hello" (bench/bare-fastify.mjs, the floor)
 * and the health route (the cheapest request Rapport answers) beside the routes that matter, on a
 * team seeded as people fill one (bench/seed.ts), and prints them side by side, on SQLite and then
 * on a throwaway PostgreSQL cluster (skipped, with a note, without Debian's server binaries).
 * BENCH_SECONDS sets the length of each load (default 10). No thresholds: figures to compare.
 * `--soak` runs the soak instead (bench/soak.ts); `--scale` the 100,000-person workspace
 * (bench/scale.ts); `--workspace-figures` the admins' workspace figures on a synthetic 100,000
 * people, with the plan of their statement (bench/workspace-figures.ts); `--cold-start` the time
 * from start to the first answer (bench/cold-start.ts).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** Raised for the bench, as for the soak: the write row measures the route, not the limiter. */
const WRITE_LIMIT = "100000";
const FRESH_RUNS = 50;

async function main(): Promise<void> {
  if (process.argv.includes("--audit-size")) return auditSizeMain();
  if (process.argv.includes("--soak")) return soak(process.argv.includes("--postgres"));
  if (process.argv.includes("--scale")) return (await import("./scale")).scale();
  if (process.argv.includes("--web")) return (await import("./lighthouse")).benchWeb();
  if (process.argv.includes("--workspace-figures"))
    return (await import("./workspace-figures")).workspaceFiguresBench();
  if (process.argv.includes("--cold-start")) return (await import("./cold-start")).coldStart();
  printCpu();
  await benchHttp("SQLite", await startServer(undefined, benchServer));
  const bin = findPostgresBin();
  if (!bin) {
    console.log("\nPostgreSQL: no server binaries under /usr/lib/postgresql; its rows were not measured.");
    return;
  }
  const cluster = await startPostgresCluster(bin);
  try {
    await benchHttp("PostgreSQL", await startServer(cluster.url(), benchServer));
  } finally {
    cluster.stop();
  }
}

const benchServer = { env: { WRITE_LIMIT_PER_MINUTE: WRITE_LIMIT }, probeMemory: true };

async function benchHttp(database: string, server: RunningServer): Promise<void> {
  try {
    const { leader, leaderId, teamId, roster, conversations } = await seedTeam(server);
    const personId = roster[0]?.id ?? "";
    const before = await server.memory();
    const bare = await startBareFastify();
    const results: LoadResult[] = [];
    try {
      results.push(
        await load("bare Fastify 5, GET /api/v1/health", `${bare.baseUrl}/api/v1/health`, {}, seconds),
      );
    } finally {
      await bare.stop();
    }
    const get = (name: string, path: string) =>
      load(name, `${server.baseUrl}${path}`, { cookie: leader.cookie }, seconds);
    results.push(await load("GET /api/v1/health", `${server.baseUrl}/api/v1/health`, {}, seconds));
    results.push(await get(`GET /teams/:teamId (${TEAM_SIZE} members)`, `/api/v1/teams/${teamId}`));
    results.push(await get(`GET /teams/:teamId/audit, kept`, `/api/v1/teams/${teamId}/audit`));
    results.push(await freshAudit(leader, server, teamId, personId));
    results.push(await get("GET /people/:userId (person page)", `/api/v1/people/${personId}`));
    results.push(
      await loadWrites(
        "PATCH /conversations/:id (shared notes)",
        server.baseUrl,
        "PATCH",
        leader.cookie,
        (n) => ({
          path: `/api/v1/conversations/${conversations[n % conversations.length]}`,
          body: { sharedNotes: `Talked through the week, take ${n}.` },
        }),
        seconds,
      ),
    );
    const after = await server.memory();
    printTable(database, results, before, after);
    const queries = await countAuditQueries(server, leader.cookie, teamId, personId);
    console.log(
      `The team audit computed afresh runs ${queries.audit} queries (besides the session read, which carries the data version; ${queries.total} in all). Leader ${leaderId}.`,
    );
  } finally {
    await server.stop();
  }
}

/**
 * An audit is kept until the data changes, so the load above mostly measures serving a kept one.
 * This measures what the first read after a change costs: one connection, a belief changed before
 * each read, only the read timed.
 */
async function freshAudit(leader: Session, server: RunningServer, teamId: string, personId: string) {
  const change = (i: number) =>
    leader.call("PUT", `/api/v1/people/${personId}/beliefs/drains`, {
      value: `Long meetings, take ${i}`,
      source: "heard",
      confidence: 3,
    });
  const times = await freshReads(server.baseUrl, leader, `/api/v1/teams/${teamId}/audit`, change, FRESH_RUNS);
  if (!times) throw new Error("team audit → 404");
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return {
    name: `GET /teams/:teamId/audit, fresh (1 connection, ${FRESH_RUNS} reads each after a change)`,
    requestsPerSecond: 1000 / mean,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    errors: 0,
  };
}

/**
 * The queries of one uncached team audit, counted by the same app in this process on the server's
 * database (Kysely reports each query): a belief changes, then the audit is read.
 */
async function countAuditQueries(server: RunningServer, cookie: string, teamId: string, personId: string) {
  // Audits inline, so their queries run, and are counted, on this app's connection, not a thread's.
  const config = loadConfig({ ...server.env, AUDIT_WORKERS: "0" });
  const seen: string[] = [];
  const database = openDatabase(config.database, { onQuery: (sql) => void seen.push(sql) });
  const { app } = await buildApp({ config, database, logger: false, webDistDir: "/nonexistent" });
  try {
    const headers = { cookie, origin: server.env.BASE_URL ?? "" };
    // A first read keeps what the stamps keep (the catalogue, the leader's questions), as in a
    // server that has answered before: the count is of an audit after a change to knowledge.
    await app.inject({ method: "GET", url: `/api/v1/teams/${teamId}/audit`, headers });
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

function printTable(
  database: string,
  results: LoadResult[],
  before: ServerMemory,
  after: ServerMemory,
): void {
  const bare = results[0]?.requestsPerSecond ?? 1;
  const health = results[1]?.requestsPerSecond ?? 1;
  const share = (r: LoadResult, of: number) => `${((r.requestsPerSecond / of) * 100).toFixed(0)}%`;
  const rows = results.map((r) => [
    r.name,
    r.requestsPerSecond.toFixed(0),
    `${r.p50.toFixed(1)} ms`,
    `${r.p99.toFixed(1)} ms`,
    share(r, bare),
    share(r, health),
    String(r.errors),
  ]);
  console.log(
    `\nHTTP, ${seconds} s each, 10 connections (unless said), ${database}, Node ${process.version}; signed in as the team's leader; write limit raised to ${WRITE_LIMIT} a minute`,
  );
  printRows(["route", "req/s", "p50", "p99", "% of bare", "% of health", "errors"], rows);
  console.log(
    `Server RSS after a full GC: ${mb(before.rss)} before the loads, ${mb(after.rss)} after (peak ${mb(after.peakRss)}); heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
