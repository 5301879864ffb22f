import autocannon from "autocannon";
import { findPostgresBin, startPostgresCluster } from "../server/test/postgres-cluster";
import { type RunningServer, type ServerMemory, startServer } from "./http";
import { seedTeam } from "./seed";

/**
 * `npm run bench -- --soak` (`--soak --postgres` on a throwaway PostgreSQL cluster): 100
 * connections for 60 s (BENCH_SOAK_SECONDS) on the main read and write routes at once, 20 on each,
 * printing per route the requests, p50 and p99, connection errors and non-2xx answers, and the
 * server's memory after a full GC before and after. The per-person write limit is raised for the
 * run, so the load measures the routes rather than the limiter refusing them.
 */
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CONNECTIONS_PER_ROUTE = 20;
const WRITE_LIMIT = "100000";

interface Route {
  name: string;
  method: "GET" | "PUT" | "PATCH";
  /** The path, the cookie and the body of the n-th request (writes vary what they write). */
  next(n: number): { path: string; cookie: string; body?: unknown };
}

export async function soak(postgres: boolean): Promise<void> {
  if (!postgres) return soakOn("SQLite", await startServer(undefined, soakServer));
  const bin = findPostgresBin();
  if (!bin)
    throw new Error("--postgres needs Debian's PostgreSQL server binaries under /usr/lib/postgresql.");
  const cluster = await startPostgresCluster(bin);
  try {
    await soakOn("PostgreSQL", await startServer(cluster.url(), soakServer));
  } finally {
    cluster.stop();
  }
}

const soakServer = { env: { WRITE_LIMIT_PER_MINUTE: WRITE_LIMIT }, probeMemory: true };

async function soakOn(database: string, server: RunningServer): Promise<void> {
  try {
    const { admin, teamId, roster } = await seedTeam(server);
    // One conversation with each member, whose log the leader keeps rewriting.
    const conversations: string[] = [];
    for (const member of roster) {
      const { id } = await admin.call<{ id: string }>("POST", `/api/v1/people/${member.id}/conversations`, {
        scheduledAt: new Date(Date.now() - 3_600_000).toISOString(),
      });
      conversations.push(id);
    }
    const pick = <T>(list: T[], n: number): T => list[n % list.length] as T;
    const routes: Route[] = [
      {
        name: "GET /teams/:teamId",
        method: "GET",
        next: () => ({ path: `/api/v1/teams/${teamId}`, cookie: admin.cookie }),
      },
      {
        name: "GET /teams/:teamId/audit",
        method: "GET",
        next: () => ({ path: `/api/v1/teams/${teamId}/audit`, cookie: admin.cookie }),
      },
      {
        name: "PUT /me/answers/:facetId",
        method: "PUT",
        next: (n) => ({
          path: "/api/v1/me/answers/drains",
          cookie: pick(roster, n).session.cookie,
          body: { value: `Long meetings, take ${n}`, visibility: "leader" },
        }),
      },
      {
        name: "PUT /people/:userId/beliefs/:facetId",
        method: "PUT",
        next: (n) => ({
          path: `/api/v1/people/${pick(roster, n).id}/beliefs/drains`,
          cookie: admin.cookie,
          body: { value: `Status meetings, take ${n}`, source: "heard", confidence: 1 + (n % 5) },
        }),
      },
      {
        name: "PATCH /conversations/:id (log)",
        method: "PATCH",
        next: (n) => ({
          path: `/api/v1/conversations/${pick(conversations, n)}`,
          cookie: admin.cookie,
          body: { status: "held", sharedNotes: `We talked it through, take ${n}` },
        }),
      },
    ];

    const before = await server.memory();
    console.log(
      `\nSoak: ${SECONDS} s, ${routes.length * CONNECTIONS_PER_ROUTE} connections (${CONNECTIONS_PER_ROUTE} on each route), ${database}, Node ${process.version}; write limit raised to ${WRITE_LIMIT} a minute`,
    );
    const results = await Promise.all(routes.map((route) => hammer(server.baseUrl, route)));
    const after = await server.memory();
    printResults(routes, results);
    printMemory(before, after);
  } finally {
    await server.stop();
  }
}

function hammer(baseUrl: string, route: Route): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url: baseUrl,
    connections: CONNECTIONS_PER_ROUTE,
    duration: SECONDS,
    pipelining: 1,
    requests: [
      {
        method: route.method,
        setupRequest: (request) => {
          const { path, cookie, body } = route.next(n++);
          return {
            ...request,
            path,
            headers: {
              "accept-encoding": "gzip, deflate, br",
              cookie,
              ...(body === undefined ? {} : { "content-type": "application/json" }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          };
        },
      },
    ],
  });
}

function printResults(routes: Route[], results: autocannon.Result[]): void {
  const rows = results.map((r, i) => [
    routes[i]?.name ?? "",
    String(r.requests.total),
    r.requests.average.toFixed(0),
    `${r.latency.p50.toFixed(1)} ms`,
    `${r.latency.p99.toFixed(1)} ms`,
    `${r.errors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ""}`,
    `${r.non2xx}${r.non2xx ? ` (${statuses(r)})` : ""}`,
  ]);
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  rows.push([
    "all routes",
    String(sum((r) => r.requests.total)),
    sum((r) => r.requests.average).toFixed(0),
    "",
    `${Math.max(...results.map((r) => r.latency.p99)).toFixed(1)} ms (highest)`,
    String(sum((r) => r.errors)),
    String(sum((r) => r.non2xx)),
  ]);
  const header = ["route", "requests", "req/s", "p50", "p99", "errors", "non-2xx"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

/** The non-2xx statuses and how many of each, e.g. "429×3". */
function statuses(result: autocannon.Result): string {
  return Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count }]) => `${code}×${count ?? 0}`)
    .join(", ");
}

function printMemory(before: ServerMemory, after: ServerMemory): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `Server memory after a full GC: before RSS ${mb(before.rss)}, heap ${mb(before.heapUsed)} of ${mb(before.heapTotal)}; after RSS ${mb(after.rss)}, heap ${mb(after.heapUsed)} of ${mb(after.heapTotal)}; peak RSS ${mb(after.peakRss)}`,
  );
}
