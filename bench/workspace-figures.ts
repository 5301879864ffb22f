import pg from "pg";
import { staleThreshold } from "#core/audit/states";
import { loadConfig } from "../server/src/config";
import { migrateToLatest, openDatabase } from "../server/src/db/database";
import { systemClock } from "../server/src/lib/clock";
import { disabledMailer } from "../server/src/lib/mailer";
import { seedMissingFacets } from "../server/src/modules/facets";
import { leaderSumsQuery } from "../server/src/modules/workspace-figures/workspace-figures.repository";
import { workspaceFiguresService } from "../server/src/modules/workspace-figures/workspace-figures.service";
import { findPostgresBin, startPostgresCluster } from "../server/test/postgres-cluster";
import { median } from "./stats";

/**
 * `npm run bench -- --workspace-figures`: the admins' workspace figures on a throwaway PostgreSQL
 * cluster holding a synthetic workspace of 100,000 people (2,000 teams of one leader and 49
 * members), written with generate_series: each member answers about 40% of the audited facets
 * (80% for leaders, 10% for the team, 10% private), each leader holds a belief on about 30% of
 * their cells, looks at 70% of the answers beside a belief and 30% of the others, and marks 70% of
 * what they looked at beside a belief. Prints the plan of the one statement (EXPLAIN ANALYZE) and
 * the whole use case's time: a counting waited for (a service that has none yet), a read after a
 * change (served from the last counting while a new one runs) and a read with nothing changed,
 * beside `select 1` as a baseline.
 */
const TEAMS = Number(process.env.BENCH_TEAMS ?? 2000);
const TEAM_SIZE = 50;

export async function workspaceFiguresBench(): Promise<void> {
  const bin = findPostgresBin();
  if (!bin) {
    console.log("PostgreSQL: no server binaries under /usr/lib/postgresql; not measured.");
    return;
  }
  const cluster = await startPostgresCluster(bin);
  const handle = openDatabase({ kind: "postgres", url: cluster.url() });
  try {
    await migrateToLatest(handle.db);
    const client = new pg.Client({ connectionString: cluster.url() });
    await client.connect();
    const started = Date.now();
    const workspaceId = await seedForBench(client, handle.db);
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    for (const table of [
      "users",
      "teams",
      "team_memberships",
      "answers",
      "beliefs",
      "answer_reveals",
      "comparisons",
    ]) {
      const { rows } = await client.query(`select count(*)::int as n from ${table}`);
      console.log(`  ${table.padEnd(18)} ${rows[0].n.toLocaleString("en")}`);
    }
    const staleBefore = new Date(staleThreshold({ now: new Date(), freshnessDays: 180 })).toISOString();
    const compiled = leaderSumsQuery(workspaceId, staleBefore).compile(handle.db);
    const explained = await client.query(`explain (analyze, buffers) ${compiled.sql}`, [
      ...compiled.parameters,
    ]);
    console.log("\nEXPLAIN ANALYZE of the per-leader statement:");
    for (const row of explained.rows) console.log(`  ${row["QUERY PLAN"]}`);

    const ctx = {
      config: loadConfig({ DATABASE_URL: cluster.url() }),
      db: handle.db,
      dialect: "postgres" as const,
      clock: systemClock,
      mailer: disabledMailer,
    };
    const figures = workspaceFiguresService(ctx);
    const auth = {
      sessionId: "bench",
      userId: "bench",
      workspaceId,
      isAdmin: true,
      dataVersion: 0,
      catalogueVersion: 0,
      questionsVersion: 0,
      scopes: null,
    };
    const time = async (run: () => Promise<unknown>) => {
      const at = performance.now();
      await run();
      return performance.now() - at;
    };
    await figures.figures(auth);
    const baseline: number[] = [];
    const counting: number[] = [];
    const afterChange: number[] = [];
    const kept: number[] = [];
    for (let i = 0; i < 3; i++) {
      baseline.push(await time(() => client.query("select 1")));
      // A service with no counting yet waits for one: the statement and what follows it.
      counting.push(await time(() => workspaceFiguresService(ctx).figures(auth)));
    }
    // A change (a new data version): served from the last counting while a new one runs.
    for (let i = 1; i <= 3; i++) {
      afterChange.push(await time(() => figures.figures({ ...auth, dataVersion: i })));
      kept.push(await time(() => figures.figures({ ...auth, dataVersion: i })));
    }
    const each = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
    console.log(`\nworkspaceFiguresService.figures, ${(TEAMS * TEAM_SIZE).toLocaleString("en")} people:`);
    console.log(
      `  a counting, waited for, median of 3  ${median(counting).toFixed(0)} ms (${each(counting)})`,
    );
    console.log(
      `  after a change, served, median of 3  ${median(afterChange).toFixed(0)} ms (${each(afterChange)})`,
    );
    console.log(`  again, nothing changed, median of 3  ${median(kept).toFixed(0)} ms (${each(kept)})`);
    console.log(`  select 1, median                     ${median(baseline).toFixed(1)} ms`);
    const sample = await figures.figures(auth);
    console.log(
      `  coverage ${sample.coverage.value?.toFixed(3)}, belief share ${sample.beliefShare.value?.toFixed(3)}, confirmed ${sample.confirmedShare.value?.toFixed(3)}`,
    );
    console.log(
      `  marked accuracy mean ${sample.distributions.markedAccuracy.mean?.toFixed(3)} over ${sample.distributions.markedAccuracy.leaders} leaders`,
    );
    await client.end();
  } finally {
    await handle.destroy();
    cluster.stop();
  }
}

/** The synthetic workspace, in a few set-based statements; returns its id. */
export async function seedForBench(
  client: pg.Client,
  db: Parameters<typeof seedMissingFacets>[0],
): Promise<string> {
  const now = new Date().toISOString();
  const { rows } = await client.query(
    `insert into workspaces (id, name, freshness_days, created_at) values (md5('w')::uuid::text, 'Bench', 180, $1) returning id`,
    [now],
  );
  const workspaceId: string = rows[0].id;
  await seedMissingFacets(db, now);
  const people = TEAMS * TEAM_SIZE;
  await client.query("select setseed(0.42)");
  // Person i (1-based) is on team ceil(i / 50); the first of each 50 leads it.
  await client.query(
    `insert into users (id, workspace_id, email, name, password_hash, is_admin, created_at, updated_at)
     select md5('u' || i)::uuid::text, $1, 'u' || i || '@bench.test', 'Person ' || i, 'x', 0, $2, $2
     from generate_series(1, $3::int) i`,
    [workspaceId, now, people],
  );
  await client.query(
    `insert into teams (id, workspace_id, name, created_at)
     select md5('t' || t)::uuid::text, $1, 'Team ' || t, $2 from generate_series(1, $3::int) t`,
    [workspaceId, now, TEAMS],
  );
  await client.query(
    `insert into team_memberships (team_id, user_id, role, created_at)
     select md5('t' || ((i - 1) / ${TEAM_SIZE} + 1))::uuid::text, md5('u' || i)::uuid::text,
       case when (i - 1) % ${TEAM_SIZE} = 0 then 'leader' else 'member' end, $1
     from generate_series(1, $2::int) i`,
    [now, people],
  );
  // Cells: (leader, member, facet) with a random draw each, kept in a scratch table.
  await client.query(
    `create temporary table cells as
     select lead.user_id as leader_id, m.user_id as person_id, f.id as facet_id,
       random() as answer_draw, random() as belief_draw, random() as look_draw, random() as mark_draw,
       random() as v, floor(random() * 5 + 1)::int as confidence,
       '2026-' || lpad((floor(random() * 11) + 1)::int::text, 2, '0') || '-15T10:00:00.000Z' as at
     from team_memberships m
     join team_memberships lead on lead.team_id = m.team_id and lead.role = 'leader'
     join facets f on f.workspace_id = $1 and f.audience = 'everyone' and f.retired_at is null
     where m.role = 'member'`,
    [workspaceId],
  );
  await client.query(
    `insert into answers (id, user_id, facet_id, value, visibility, revision, created_at, updated_at)
     select md5('a' || person_id || facet_id)::uuid::text, person_id, facet_id, '"words"',
       case when v < 0.8 then 'leader' when v < 0.9 then 'team' else 'private' end, 1, at, at
     from cells where answer_draw < 0.4`,
  );
  await client.query(
    `insert into beliefs (id, leader_id, person_id, facet_id, value, source, confidence, after_answer, recorded_at)
     select md5('b' || person_id || facet_id)::uuid::text, leader_id, person_id, facet_id, '"guess"',
       (array['assumed', 'inferred', 'heard', 'observed', 'asked'])[floor(v * 5 + 1)::int],
       confidence, case when random() < 0.1 then 1 else 0 end, at
     from cells where belief_draw < 0.3`,
  );
  await client.query(
    `insert into answer_reveals (leader_id, person_id, facet_id, answer_id, revision, revealed_at)
     select leader_id, person_id, facet_id, md5('a' || person_id || facet_id)::uuid::text, 1, at
     from cells
     where answer_draw < 0.4 and v < 0.9
       and ((belief_draw < 0.3 and look_draw < 0.7) or (belief_draw >= 0.3 and look_draw < 0.3))`,
  );
  await client.query(
    `insert into comparisons (id, leader_id, person_id, facet_id, outcome, reason, compared_at)
     select md5('c' || person_id || facet_id)::uuid::text, leader_id, person_id, facet_id,
       (array['match', 'partial', 'miss'])[floor(random() * 3 + 1)::int], null, at
     from cells
     where answer_draw < 0.4 and v < 0.9 and belief_draw < 0.3 and look_draw < 0.7 and mark_draw < 0.7`,
  );
  await client.query("drop table cells");
  await client.query("vacuum analyze");
  return workspaceId;
}
