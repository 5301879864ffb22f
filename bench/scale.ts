import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { findPostgresBin, startPostgresCluster } from "../server/test/postgres-cluster";
import { freshReads, type RunningServer, type Session, startServer } from "./http";
import { mb, printRows } from "./print";
import { openSeeding, person, setUp, signIn, TEAM_SIZE } from "./seed";
import type { Person } from "./seed-rows";
import { quantile } from "./stats";

/**
 * `npm run bench -- --scale`, on a throwaway PostgreSQL cluster only: a 100,000-person workspace,
 * 2,000 teams of TEAM_SIZE, seeded by direct SQL as bench/seed.ts seeds one team (about 80% of the
 * facets answered and believed, looks, marks, conversations). Leaders lead several teams: LEADERS
 * says how many lead how many. Then the real server starts on that database and the bench prints,
 * beside its target, a team's audit and a leader of ten teams' audit, each computed afresh after
 * a belief change, and the workspace figures an admin reads.
 */
const LEADERS = [
  { count: 100, teams: 10 },
  { count: 150, teams: 4 },
  { count: 400, teams: 1 },
] as const;
const TEAMS_PER_BATCH = 20;
const RUNS = 20;
/** The workspace figures read the whole workspace: fewer runs. */
const FIGURES_RUNS = 5;
const DAY = 86_400_000;

export async function scale(): Promise<void> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("--scale needs Debian's PostgreSQL server binaries under /usr/lib/postgresql.");
  const cluster = await startPostgresCluster(bin);
  try {
    const first = await startServer(cluster.url());
    await setUp(first);
    await first.stop();
    const seeded = await seedWorkspace(first);
    const server = await startServer(cluster.url(), { probeMemory: true });
    try {
      await measure(server, seeded);
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}

interface Seeded {
  /** A leader of one team, that team, and one of its members. */
  single: { email: string; teamId: string; personId: string };
  /** A leader of ten teams and one person they lead. */
  many: { email: string; personId: string; people: number };
}

async function seedWorkspace(server: RunningServer): Promise<Seeded> {
  const seeding = await openSeeding(server);
  const now = Date.now();
  const maker = seeding.maker(now, 100_000);
  // Each team in order of its start; each leader's first team is where they joined.
  const teams: { id: string; leader: Person; start: number; first: boolean }[] = [];
  const leaders: { leader: Person; teams: number }[] = [];
  let n = 0;
  for (const { count, teams: each } of LEADERS) {
    for (let i = 0; i < count; i++) {
      const leader = person(`leader${n}@bench.test`, `Leader ${n}`);
      n++;
      leaders.push({ leader, teams: each });
      const firstStart = now - (200 + Math.floor(((n * 7919) % 200) + 1)) * DAY;
      for (let t = 0; t < each; t++)
        teams.push({ id: randomUUID(), leader, start: firstStart + t * 9 * DAY, first: t === 0 });
    }
  }
  const total = teams.length * TEAM_SIZE;
  console.log(
    `\nSeeding a ${total.toLocaleString("en")}-person workspace by direct SQL: ${teams.length} teams of ${TEAM_SIZE}, ${leaders.length} leaders (${LEADERS.map((l) => `${l.count} leading ${l.teams}`).join(", ")})`,
  );
  for (const { leader } of leaders) {
    const own = teams.find((t) => t.leader === leader);
    maker.user(leader, (own?.start ?? now) - DAY);
  }
  const started = performance.now();
  let member = 0;
  let single: Seeded["single"] | null = null;
  let many: Seeded["many"] | null = null;
  for (let i = 0; i < teams.length; i++) {
    const team = teams[i];
    if (!team) continue;
    const members = Array.from({ length: TEAM_SIZE }, (_, m) =>
      person(`member${member + m}@bench.test`, `Member ${member + m}`),
    );
    member += TEAM_SIZE;
    maker.filledTeam({
      id: team.id,
      name: `Team ${i}`,
      leader: team.leader,
      leaderJoins: team.first,
      adminId: seeding.adminId,
      start: team.start,
      members,
      spacing: 2 * DAY,
    });
    const first = members[0]?.id ?? "";
    if (!many && leaders[0]?.leader === team.leader)
      many = { email: team.leader.email, personId: first, people: 10 * TEAM_SIZE };
    if (!single && leaders.at(-1)?.leader === team.leader)
      single = { email: team.leader.email, teamId: team.id, personId: first };
    if ((i + 1) % TEAMS_PER_BATCH === 0 || i === teams.length - 1) {
      await seeding.writer.write(maker.take());
      const rows = [...seeding.writer.written.values()].reduce((a, b) => a + b, 0);
      const elapsed = (performance.now() - started) / 1000;
      // On a terminal one line rewritten; into a file a line every tenth of the way.
      const line = `  ${i + 1}/${teams.length} teams, ${rows.toLocaleString("en")} rows, ${elapsed.toFixed(0)} s`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}   `);
      else if ((i + 1) % (teams.length / 10) < TEAMS_PER_BATCH) console.log(line);
    }
  }
  if (process.stdout.isTTY) process.stdout.write("\n");
  const analyzing = performance.now();
  // What autovacuum would do after loads this size: statistics for the planner.
  await sql`analyze`.execute(seeding.db);
  const { rows } = await sql<{ size: string }>`
    select pg_size_pretty(pg_database_size(current_database())) as size`.execute(seeding.db);
  console.log(
    `Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s (analyze ${((performance.now() - analyzing) / 1000).toFixed(0)} s), database ${rows[0]?.size}: ${[
      ...seeding.writer.written,
    ]
      .map(([table, count]) => `${count.toLocaleString("en")} ${table}`)
      .join(", ")}`,
  );
  await seeding.close();
  if (!single || !many) throw new Error("The plan has no leader of one team or of ten.");
  return { single, many };
}

async function measure(server: RunningServer, seeded: Seeded): Promise<void> {
  // Signed in again: a session idle through the seeding may have timed out.
  const admin = await signIn(server, "admin@bench.test");
  const single = await signIn(server, seeded.single.email);
  const many = await signIn(server, seeded.many.email);
  const before = await server.memory();
  const change = (leader: Session, personId: string, i: number) =>
    leader.call("PUT", `/api/v1/people/${personId}/beliefs/drains`, {
      value: `Long meetings, take ${i}`,
      source: "heard",
      confidence: 1 + (i % 5),
    });
  const rows: string[][] = [];
  const teamAudit = await freshReads(
    server.baseUrl,
    single,
    `/api/v1/teams/${seeded.single.teamId}/audit`,
    (i) => change(single, seeded.single.personId, i),
    RUNS,
  );
  rows.push(row(`a ${TEAM_SIZE}-member team's audit, fresh (GET /teams/:teamId/audit)`, teamAudit, 20));
  const leaderAudit = await freshReads(
    server.baseUrl,
    many,
    "/api/v1/me/audit",
    (i) => change(many, seeded.many.personId, i),
    RUNS,
  );
  rows.push(
    row(`a leader of 10 teams' audit, ${seeded.many.people} people, fresh (GET /me/audit)`, leaderAudit, 60),
  );
  const figures = await freshReads(
    server.baseUrl,
    admin,
    "/api/v1/workspace/figures",
    (i) => change(single, seeded.single.personId, 1000 + i),
    FIGURES_RUNS,
  );
  rows.push(
    figures
      ? row(
          `the workspace figures, as an admin, after a change, ${FIGURES_RUNS} runs (GET /workspace/figures)`,
          figures,
          300,
        )
      : [
          "the workspace figures, as an admin (GET /workspace/figures)",
          "not available",
          "",
          "",
          "≤ 300 ms",
          "",
        ],
  );
  const after = await server.memory();
  console.log(
    `\nAt scale, PostgreSQL, Node ${process.version}; each read after a belief change, one connection, ${RUNS} runs unless said`,
  );
  printRows(["read", "median", "p90", "slowest", "target", "met"], rows);
  console.log(
    `Server RSS after a full GC: ${mb(before.rss)} before, ${mb(after.rss)} after (peak ${mb(after.peakRss)})`,
  );
}

function row(name: string, times: number[] | null, target: number): string[] {
  if (!times) return [name, "not available", "", "", `≤ ${target} ms`, ""];
  const median = quantile(times, 0.5);
  return [
    name,
    `${median.toFixed(1)} ms`,
    `${quantile(times, 0.9).toFixed(1)} ms`,
    `${(times.at(-1) ?? 0).toFixed(1)} ms`,
    `≤ ${target} ms`,
    median <= target ? "yes" : "no",
  ];
}
