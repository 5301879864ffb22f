import autocannon from "autocannon";
import { findPostgresBin, startPostgresCluster } from "../server/test/postgres-cluster";
import { type RunningServer, type ServerMemory, startServer } from "./http";
import { seedTeam } from "./seed";

/**
 * `npm run bench -- --soak` (`--soak --postgres` on a throwaway PostgreSQL cluster): 100
 * connections for 60 s (BENCH_SOAK_SECONDS), each asking the main read and write routes in turn,
 * printing per route the answers and non-2xx ones by status, the run's p50 and p99, connection
 * errors and non-2xx, and the server's memory after a full GC before and after. One autocannon run
 * for all routes: run side by side, one per route, the routes started last were hardly answered,
 * whichever they were, so the split measured the order of starting rather than the routes. The per-person write limit is raised for the
 * run, so the load measures the routes rather than the limiter refusing them.
 */
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CONNECTIONS = 100;
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
    const { leader, teamId, roster } = await seedTeam(server, { memberSessions: true });
    // One conversation with each member, whose log the leader keeps rewriting.
    const conversations: string[] = [];
    for (const member of roster) {
      const { id } = await leader.call<{ id: string }>("POST", `/api/v1/people/${member.id}/conversations`, {
        scheduledAt: new Date(Date.now() - 3_600_000).toISOString(),
      });
      conversations.push(id);
    }
    const pick = <T>(list: T[], n: number): T => list[n % list.length] as T;
    const routes: Route[] = [
      {
        name: "GET /teams/:teamId",
        method: "GET",
        next: () => ({ path: `/api/v1/teams/${teamId}`, cookie: leader.cookie }),
      },
      {
        name: "GET /teams/:teamId/audit",
        method: "GET",
        next: () => ({ path: `/api/v1/teams/${teamId}/audit`, cookie: leader.cookie }),
      },
      {
        name: "PUT /me/answers/:facetId",
        method: "PUT",
        next: (n) => ({
          path: "/api/v1/me/answers/drains",
          cookie: pick(roster, n).session?.cookie ?? "",
          body: { value: `Long meetings, take ${n}`, visibility: "leader" },
        }),
      },
      {
        name: "PUT /people/:userId/beliefs/:facetId",
        method: "PUT",
        next: (n) => ({
          path: `/api/v1/people/${pick(roster, n).id}/beliefs/drains`,
          cookie: leader.cookie,
          body: { value: `Status meetings, take ${n}`, source: "heard", confidence: 1 + (n % 5) },
        }),
      },
      {
        name: "PATCH /conversations/:id (log)",
        method: "PATCH",
        next: (n) => ({
          path: `/api/v1/conversations/${pick(conversations, n)}`,
          cookie: leader.cookie,
          body: { status: "held", sharedNotes: `We talked it through, take ${n}` },
        }),
      },
    ];

    const before = await server.memory();
    console.log(
      `\nSoak: ${SECONDS} s, ${CONNECTIONS} connections, each asking the ${routes.length} routes in turn, ${database}, Node ${process.version}; write limit raised to ${WRITE_LIMIT} a minute`,
    );
    const answered = routes.map(() => new Map<number, number>());
    const result = await autocannon({
      url: server.baseUrl,
      connections: CONNECTIONS,
      duration: SECONDS,
      pipelining: 1,
      requests: routes.map((route, i) => {
        let n = 0;
        return {
          method: route.method,
          setupRequest: (request: autocannon.Request) => {
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
          onResponse: (status: number) => {
            const counts = answered[i] as Map<number, number>;
            counts.set(status, (counts.get(status) ?? 0) + 1);
          },
        };
      }),
    });
    const after = await server.memory();
    printResults(routes, answered, result);
    printMemory(before, after);
  } finally {
    await server.stop();
  }
}

/**
 * Per route, the answers by status; then the whole run's figures. autocannon measures latency
 * over all requests together, so p50 and p99 are the whole run's.
 */
function printResults(routes: Route[], answered: Map<number, number>[], result: autocannon.Result): void {
  const rows = routes.map((route, i) => {
    const counts = [...(answered[i] ?? new Map<number, number>())];
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    const non2xx = counts.filter(([status]) => status < 200 || status >= 300);
    const refused = non2xx.reduce((sum, [, count]) => sum + count, 0);
    return [
      route.name,
      String(total),
      `${refused}${refused ? ` (${non2xx.map(([status, count]) => `${status}×${count}`).join(", ")})` : ""}`,
    ];
  });
  const header = ["route", "answered", "non-2xx"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log(
    `All routes: ${result.requests.total} answered, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms, max ${result.latency.max.toFixed(1)} ms; ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx`,
  );
}

function printMemory(before: ServerMemory, after: ServerMemory): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `Server memory after a full GC: before RSS ${mb(before.rss)}, heap ${mb(before.heapUsed)} of ${mb(before.heapTotal)}; after RSS ${mb(after.rss)}, heap ${mb(after.heapUsed)} of ${mb(after.heapTotal)}; peak RSS ${mb(after.peakRss)}`,
  );
}
