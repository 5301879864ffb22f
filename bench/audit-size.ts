import { randomUUID } from "node:crypto";
import type { Insertable, InsertObject, Kysely } from "kysely";
import { loadConfig } from "../server/src/config";
import { openDatabase } from "../server/src/db/database";
import type {
  AnswerRevealTable,
  AnswerTable,
  BeliefTable,
  ComparisonTable,
  Database,
} from "../server/src/db/schema";
import { findPostgresBin, startPostgresCluster } from "../server/test/postgres-cluster";
import { type LoadResult, load, type RunningServer, Session, startServer } from "./http";
import { quantile } from "./stats";

/**
 * `npm run bench -- --audit-size`: what an audit costs as the team grows. Teams of 10, 200, 1,000
 * and 2,000 members are written straight into the server's database (one password hash, ~80% of the
 * audited facets answered with mixed visibility, a belief on each, some compared and some in
 * disagreement), then, per size: the fresh (uncached) team audit, median of N reads each after a
 * belief change; its bytes per member; the leader audit of someone leading two teams of 500; and
 * the health route quiet beside the health route while another client reads the 1,000-member audit
 * afresh in a loop (the data version bumped in SQL before each read, so none is kept).
 */
export const AUDIT_SIZES: readonly number[] = (process.env.BENCH_AUDIT_SIZES ?? "10,200,1000,2000")
  .split(",")
  .map(Number);
const PASSWORD = "bench passphrase long enough";
const READS = Number(process.env.BENCH_AUDIT_READS ?? 15);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Seeded {
  leader: Session;
  teamId: string;
  firstMemberId: string;
}

export interface AuditSizeRow {
  label: string;
  members: number;
  freshMs: number;
  maxMs: number;
  bytesPerMember: number;
}

/** How audits are computed in each server measured: inline (AUDIT_WORKERS=0), then on one thread. */
const WORKER_SETTINGS: readonly string[] = (process.env.BENCH_AUDIT_WORKERS ?? "0,1").split(",");

const workersLabel = (workers: string) =>
  workers === "0" ? "audits inline" : `audits on ${workers} thread${workers === "1" ? "" : "s"}`;

/**
 * On SQLite, then on a throwaway PostgreSQL cluster, each with audits computed inline and then on
 * the audit thread (BENCH_AUDIT_WORKERS, default "0,1"), side by side in one run.
 * AUDIT_SIZE_BASELINE=<another checkout> also runs that checkout's server (say, main before a
 * change) first, on the same machine in the same run.
 */
export async function auditSizeMain(): Promise<void> {
  const baseline = process.env.AUDIT_SIZE_BASELINE;
  const runs: { name: string; cwd?: string; sizes: readonly number[]; env: Record<string, string> }[] =
    WORKER_SETTINGS.map((workers) => ({
      name: `this checkout, ${workersLabel(workers)}`,
      sizes: AUDIT_SIZES,
      env: { AUDIT_WORKERS: workers },
    }));
  // A baseline may be far slower: BENCH_AUDIT_BASELINE_SIZES gives it fewer sizes to read.
  const baselineSizes = (process.env.BENCH_AUDIT_BASELINE_SIZES ?? AUDIT_SIZES.join(","))
    .split(",")
    .map(Number);
  if (baseline) runs.unshift({ name: `baseline ${baseline}`, cwd: baseline, sizes: baselineSizes, env: {} });
  const options = (run: (typeof runs)[number]) => ({ env: run.env, ...(run.cwd ? { cwd: run.cwd } : {}) });
  for (const run of runs) {
    await auditSizeBench(`SQLite, ${run.name}`, await startServer(undefined, options(run)), run.sizes);
  }
  const bin = findPostgresBin();
  if (!bin) {
    console.log("\nPostgreSQL: no server binaries under /usr/lib/postgresql; its rows were not measured.");
    return;
  }
  for (const run of runs) {
    const cluster = await startPostgresCluster(bin);
    try {
      await auditSizeBench(
        `PostgreSQL, ${run.name}`,
        await startServer(cluster.url(), options(run)),
        run.sizes,
      );
    } finally {
      cluster.stop();
    }
  }
}

export async function auditSizeBench(
  databaseLabel: string,
  server: RunningServer,
  sizes: readonly number[] = AUDIT_SIZES,
): Promise<void> {
  const handle = openDatabase(loadConfig(server.env).database);
  try {
    const admin = new Session(server.baseUrl);
    await admin.call("POST", "/api/v1/setup", {
      workspaceName: "Audit size",
      name: "Admin",
      email: "admin@size.test",
      password: PASSWORD,
    });
    const started = performance.now();
    const teams = new Map<number, Seeded>();
    for (const size of sizes) teams.set(size, await seedTeamOf(handle.db, server, `t${size}`, [size]));
    const cross = await seedTeamOf(handle.db, server, "cross", [500, 500]);
    console.log(`\nSeeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const rows: AuditSizeRow[] = [];
    for (const size of sizes) {
      const team = teams.get(size);
      if (team) rows.push(await freshAudit(server, `team audit, ${size} members`, size, team, "team"));
    }
    rows.push(await freshAudit(server, "leader audit, 2 teams × 500", 1000, cross, "leader"));
    printSizes(databaseLabel, rows);

    const big = teams.get(1000);
    if (big) await printHealthUnderAudit(databaseLabel, server, handle.db, big);
  } finally {
    await handle.destroy();
    await server.stop();
  }
}

/** A leader leading teams of these sizes, written in SQL, then signed in through the API. */
async function seedTeamOf(
  db: Kysely<Database>,
  server: RunningServer,
  name: string,
  sizes: number[],
): Promise<Seeded> {
  const admin = await db
    .selectFrom("users")
    .select(["workspace_id", "password_hash"])
    .where("email", "=", "admin@size.test")
    .executeTakeFirstOrThrow();
  const facets = (
    await db
      .selectFrom("facets")
      .select(["id", "kind", "options"])
      .where("workspace_id", "=", admin.workspace_id)
      .where("audience", "=", "everyone")
      .where("retired_at", "is", null)
      .orderBy("position")
      .execute()
  ).map((f) => ({ ...f, options: f.options ? (JSON.parse(f.options) as { id: string }[]) : [] }));
  const now = new Date().toISOString();
  const user = (email: string, userName: string) => ({
    id: randomUUID(),
    workspace_id: admin.workspace_id,
    email,
    name: userName,
    password_hash: admin.password_hash,
    is_admin: 0 as const,
    deactivated_at: null,
    erased_at: null,
    created_at: now,
    updated_at: now,
  });
  const leader = user(`leader-${name}@size.test`, `Leader ${name}`);
  await db.insertInto("users").values(leader).execute();
  let teamId = "";
  let firstMemberId = "";
  for (const [t, size] of sizes.entries()) {
    const team = {
      id: randomUUID(),
      workspace_id: admin.workspace_id,
      name: `Team ${name}-${t}`,
      created_at: now,
    };
    teamId ||= team.id;
    await db.insertInto("teams").values(team).execute();
    await db
      .insertInto("team_memberships")
      .values({ team_id: team.id, user_id: leader.id, role: "leader", created_at: now })
      .execute();
    const members = Array.from({ length: size }, (_, i) =>
      user(`m${i}-${t}-${name}@size.test`, `Member ${i}`),
    );
    firstMemberId ||= members[0]?.id ?? "";
    const answers: Insertable<AnswerTable>[] = [];
    const beliefs: Insertable<BeliefTable>[] = [];
    const reveals: Insertable<AnswerRevealTable>[] = [];
    const comparisons: Insertable<ComparisonTable>[] = [];
    for (const [i, member] of members.entries()) {
      for (const [f, facet] of facets.entries()) {
        const seed = i * 31 + f * 7;
        if (seed % 5 === 0) continue; // ~80% answered
        const value = cellValue(facet, seed);
        const answerId = randomUUID();
        answers.push({
          id: answerId,
          user_id: member.id,
          facet_id: facet.id,
          value,
          visibility: (["team", "leader", "private"] as const)[seed % 3] ?? "team",
          revision: 1,
          created_at: now,
          updated_at: now,
        });
        beliefs.push({
          id: randomUUID(),
          leader_id: leader.id,
          person_id: member.id,
          facet_id: facet.id,
          value: seed % 4 === 0 ? cellValue(facet, seed + 1) : value, // some disagreement
          source: (["assumed", "inferred", "heard", "observed", "asked"] as const)[seed % 5] ?? "assumed",
          confidence: 1 + (seed % 5),
          after_answer: 0,
          recorded_at: now,
        });
        if (seed % 2 === 0) {
          reveals.push({
            leader_id: leader.id,
            person_id: member.id,
            facet_id: facet.id,
            answer_id: answerId,
            revision: 1,
            revealed_at: now,
          });
        }
        if (seed % 6 === 0) {
          comparisons.push({
            id: randomUUID(),
            leader_id: leader.id,
            person_id: member.id,
            facet_id: facet.id,
            outcome: (["match", "partial", "miss"] as const)[seed % 3] ?? "match",
            reason: null,
            compared_at: now,
          });
        }
      }
    }
    await db.transaction().execute(async (trx) => {
      await insertChunked(trx, "users", members);
      await insertChunked(
        trx,
        "team_memberships",
        members.map((m) => ({ team_id: team.id, user_id: m.id, role: "member" as const, created_at: now })),
      );
      await insertChunked(trx, "answers", answers);
      await insertChunked(trx, "beliefs", beliefs);
      await insertChunked(trx, "answer_reveals", reveals);
      await insertChunked(trx, "comparisons", comparisons);
    });
  }
  const session = new Session(server.baseUrl);
  await session.call("POST", "/api/v1/auth/login", { email: leader.email, password: PASSWORD });
  return { leader: session, teamId, firstMemberId };
}

function cellValue(facet: { kind: string; options: { id: string }[] }, seed: number): string {
  const option = (n: number) => facet.options[n % Math.max(1, facet.options.length)]?.id ?? "a";
  switch (facet.kind) {
    case "single_choice":
      return JSON.stringify(option(seed));
    case "multiple_choice":
      return JSON.stringify([option(seed), option(seed + 1)]);
    case "scale":
      return JSON.stringify(1 + (seed % 5));
    default:
      return JSON.stringify(`Words ${seed % 17}`);
  }
}

async function insertChunked<Table extends keyof Database & string>(
  db: Kysely<Database>,
  table: Table,
  rows: readonly InsertObject<Database, Table>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 400))
      .execute();
  }
}

/** The median (and worst) of READS fresh audits, each read after the leader changes a belief. */
async function freshAudit(
  server: RunningServer,
  label: string,
  members: number,
  seeded: Seeded,
  kind: "team" | "leader",
): Promise<AuditSizeRow> {
  const path = kind === "team" ? `/api/v1/teams/${seeded.teamId}/audit` : "/api/v1/me/audit";
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < READS; i++) {
    await seeded.leader.call("PUT", `/api/v1/people/${seeded.firstMemberId}/beliefs/drains`, {
      value: `Long meetings, take ${i}`,
      source: "heard",
      confidence: 3,
    });
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}${path}`, { headers: { cookie: seeded.leader.cookie } });
    const body = await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`${path} → ${response.status}`);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  return {
    label,
    members,
    freshMs: quantile(times, 0.5),
    maxMs: times.at(-1) ?? 0,
    bytesPerMember: bytes / members,
  };
}

/**
 * Health quiet, then health while one client reads the 1,000-member audit afresh in a loop: the
 * workspace's data version is bumped in SQL before each read, as any write would, so nothing is kept.
 */
async function printHealthUnderAudit(
  databaseLabel: string,
  server: RunningServer,
  db: Kysely<Database>,
  team: Seeded,
): Promise<void> {
  const health = `${server.baseUrl}/api/v1/health`;
  const quiet = await load("GET /api/v1/health, quiet", health, {}, LOAD_SECONDS);
  let looping = true;
  let audits = 0;
  const loop = (async () => {
    while (looping) {
      await db
        .updateTable("workspaces")
        .set((eb) => ({ data_version: eb("data_version", "+", 1) }))
        .execute();
      const response = await fetch(`${server.baseUrl}/api/v1/teams/${team.teamId}/audit`, {
        headers: { cookie: team.leader.cookie },
      });
      await response.arrayBuffer();
      audits++;
    }
  })();
  let busy: LoadResult;
  try {
    busy = await load(
      "GET /api/v1/health, one client looping the 1,000-member audit",
      health,
      {},
      LOAD_SECONDS,
    );
  } finally {
    looping = false;
    await loop;
  }
  console.log(
    `\nHealth beside a looping fresh audit, ${LOAD_SECONDS} s each, 10 connections, ${databaseLabel}`,
  );
  for (const r of [quiet, busy]) {
    console.log(
      `  ${r.name}: ${r.requestsPerSecond.toFixed(0)} req/s (${((r.requestsPerSecond / quiet.requestsPerSecond) * 100).toFixed(1)}% of quiet), p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${(r.max ?? 0).toFixed(1)} ms, ${r.errors} errors`,
    );
  }
  console.log(
    `  fresh 1,000-member audits answered meanwhile: ${audits} (${(audits / LOAD_SECONDS).toFixed(1)}/s)`,
  );
}

function printSizes(databaseLabel: string, rows: AuditSizeRow[]): void {
  console.log(
    `\nFresh audits by size, median of ${READS} reads each after a belief change, ${databaseLabel}, Node ${process.version}`,
  );
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(30)} median ${r.freshMs.toFixed(1).padStart(7)} ms, worst ${r.maxMs.toFixed(1).padStart(7)} ms, ${(r.bytesPerMember / 1024).toFixed(2)} KB JSON per member`,
    );
  }
}
