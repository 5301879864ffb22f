import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PULSE_ITEMS } from "#core/instruments/pulse";
import { loadConfig } from "../../src/config";
import { openDatabase } from "../../src/db/database";
import { testDatabaseKind } from "../harness";
import { findPostgresBin, type PostgresCluster, startPostgresCluster } from "../postgres-cluster";
import { testPort } from "./ports";
import { ServerProcess } from "./server-process";
import { HttpClient, Ledger, seededRandom, TEXT_FACETS, write, writeKey } from "./write-load";

/**
 * Crash safety: the real server under a write load over the main write routes (answers, beliefs,
 * conversation logs, pulse responses) from several clients at once is killed with SIGKILL at a
 * random moment, started again, and every write it acknowledged must be there, and the database
 * must pass its integrity check (SQLite's `PRAGMA integrity_check`, PostgreSQL's amcheck). Ten rounds on SQLite; three on PostgreSQL, one of which kills the
 * database server instead of the app. CRASH_SEED=<n> repeats a run's kill moments.
 */
const kind = testDatabaseKind();
const ROUNDS = kind === "sqlite" ? 10 : 3;
const MEMBERS = 6;
const PASSWORD = "crash passphrase long enough";
const PULSE_ANSWERS = Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, 4]));

interface World {
  leader: HttpClient;
  members: { client: HttpClient; id: string }[];
  teamId: string;
  pulseId: string | null;
}

describe("crash safety", () => {
  it(`keeps every acknowledged write through ${ROUNDS} kills at random moments`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seededRandom(seed);
    console.log(`crash test on ${kind}: seed ${seed} (CRASH_SEED=${seed} repeats these kill moments)`);

    const folder = mkdtempSync(join(tmpdir(), "rapport-crash-"));
    let cluster: PostgresCluster | null = null;
    let server: ServerProcess | null = null;
    try {
      let databaseUrl = `sqlite:${join(folder, "rapport.db")}`;
      if (kind === "postgres") {
        const bin = findPostgresBin();
        if (!bin) throw new Error("The PostgreSQL tier needs Debian's server binaries.");
        // A cluster of its own, since one round kills it; its commits wait for their WAL.
        cluster = await startPostgresCluster(bin, { durableCommits: true, port: await testPort(1) });
        const admin = new pg.Client({ connectionString: cluster.url() });
        await admin.connect();
        await admin.query("create database rapport_crash");
        await admin.end();
        databaseUrl = cluster.url("rapport_crash");
      }
      const database = loadConfig({ DATABASE_URL: databaseUrl, SESSION_SECRET: "x".repeat(32) }).database;
      server = new ServerProcess(await testPort(0), {
        DATABASE_URL: databaseUrl,
        // The load writes faster than a person: the per-person limit would refuse it.
        WRITE_LIMIT_PER_MINUTE: "100000",
      });
      const running = server;
      await running.start();
      const world = await setUp(() => running.baseUrl);
      const ledger = new Ledger();
      const databaseRound = kind === "postgres" ? Math.floor(random() * ROUNDS) : -1;
      let lost: string[] = [];
      const started = performance.now();

      for (let round = 0; round < ROUNDS; round++) {
        await openPulse(world);
        const killDatabase = round === databaseRound;
        let stopping = false;
        let databaseKilled = false;
        const faulted = () => databaseKilled;
        const loops = [
          ...world.members.map((member, m) =>
            memberLoop(ledger, member.client, world, m, round, faulted, () => stopping),
          ),
          beliefLoop(ledger, world, round, faulted, () => stopping),
          conversationLoop(ledger, world, round, faulted, () => stopping),
        ];
        const delay = Math.round(300 + random() * 1200);
        const before = ledger.acknowledged;
        await new Promise((resolve) => setTimeout(resolve, delay));
        // A round killed before its first acknowledged write would prove nothing (a slow machine).
        while (ledger.acknowledged === before) await new Promise((resolve) => setTimeout(resolve, 10));
        stopping = true;
        if (killDatabase && cluster) {
          databaseKilled = true;
          await cluster.crash();
          await Promise.all(loops);
        } else {
          const exit = await running.stop("SIGKILL");
          expect(exit.signal).toBe("SIGKILL");
          await Promise.all(loops);
        }
        const restarting = performance.now();
        if (killDatabase && cluster) {
          cluster.start();
          await waitForDatabase(world.leader);
        } else await running.start();
        const restart = `${killDatabase ? "the database" : "the app"} back in ${((performance.now() - restarting) / 1000).toFixed(1)} s`;

        const integrity = await integrityCheck(database);
        expect(integrity, kind === "sqlite" ? "PRAGMA integrity_check" : "amcheck").toBe("ok");
        lost = [...lost, ...(await missingWrites(ledger, world, database))];
        console.log(
          `round ${round + 1}: killed the ${killDatabase ? "database server" : "app"} after ${delay} ms, ${restart}; ${ledger.acknowledged} writes acknowledged so far, integrity ${integrity}, ${lost.length} lost`,
        );
      }

      console.log(
        `crash test on ${kind}: ${ROUNDS} rounds, ${ledger.acknowledged} acknowledged writes, ${lost.length} writes lost, ${ledger.errors.length} errors, ${ledger.cut} writes cut off by the kills (unanswered, may or may not be stored), ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(lost).toEqual([]);
      expect(ledger.errors.slice(0, 5)).toEqual([]);
      // The load went through every route.
      const written = new Set(
        [...ledger.keys].filter(([, r]) => r.acked !== null).map(([key]) => key.split(":")[0]),
      );
      expect([...written].sort()).toEqual(["answer", "belief", "notes"]);
      expect(ledger.pulseComments.size).toBeGreaterThan(0);
      expect(ledger.conversations.size).toBeGreaterThan(0);
    } finally {
      if (server?.pid) await server.stop("SIGKILL");
      cluster?.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);
});

/** Through the HTTP API: the first-run setup (the admin, who leads the team), a team, its members. */
async function setUp(baseUrl: () => string): Promise<World> {
  const leader = new HttpClient(baseUrl);
  await leader.ok("POST", "/api/v1/setup", {
    workspaceName: "Northwind",
    name: "Lee Leader",
    email: "leader@crash.test",
    password: PASSWORD,
  });
  const team = await leader.ok<{ id: string }>("POST", "/api/v1/teams", { name: "Crash team" });
  const members: World["members"] = [];
  for (let m = 0; m < MEMBERS; m++) {
    const { url } = await leader.ok<{ url: string }>("POST", `/api/v1/teams/${team.id}/invitations`, {
      email: `member${m}@crash.test`,
      role: "member",
    });
    const client = new HttpClient(baseUrl);
    await client.ok("POST", `/api/v1/invitations/${url.split("/invitations/")[1]}/accept`, {
      name: `Member ${m}`,
      password: PASSWORD,
    });
    const me = await client.ok<{ user: { id: string } }>("GET", "/api/v1/me");
    members.push({ client, id: me.user.id });
  }
  return { leader, members, teamId: team.id, pulseId: null };
}

/** A fresh pulse round each round, so each member has one response to give. */
async function openPulse(world: World): Promise<void> {
  if (world.pulseId) await world.leader.ok("POST", `/api/v1/pulses/${world.pulseId}/close`);
  const closesOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const pulse = await world.leader.ok<{ id: string }>("POST", `/api/v1/teams/${world.teamId}/pulses`, {
    closesOn,
  });
  world.pulseId = pulse.id;
}

/** A member rewrites their answers, facet after facet, and answers the round's pulse once. */
async function memberLoop(
  ledger: Ledger,
  client: HttpClient,
  world: World,
  m: number,
  round: number,
  faulted: () => boolean,
  stopping: () => boolean,
): Promise<void> {
  let answered = false;
  for (let n = 1; !stopping(); n++) {
    if (!answered && n % 3 === 0) {
      answered = true;
      const comment = `pulse round ${round} member ${m}`;
      const { outcome } = await write(
        ledger,
        client,
        faulted,
        "POST",
        `/api/v1/pulses/${world.pulseId}/responses`,
        {
          answers: PULSE_ANSWERS,
          comment,
        },
      );
      if (outcome === "acked") ledger.pulseComments.add(comment);
      if (outcome === "cut") return;
      continue;
    }
    const facet = TEXT_FACETS[n % TEXT_FACETS.length];
    const value = `member ${m} round ${round} write ${n}`;
    const outcome = await writeKey(
      ledger,
      client,
      faulted,
      `answer:${m}:${facet}`,
      value,
      "PUT",
      `/api/v1/me/answers/${facet}`,
      { value, visibility: "leader" },
    );
    if (outcome === "cut") return;
  }
}

/** The leader writes down beliefs about each member, facet after facet. */
async function beliefLoop(
  ledger: Ledger,
  world: World,
  round: number,
  faulted: () => boolean,
  stopping: () => boolean,
): Promise<void> {
  for (let n = 1; !stopping(); n++) {
    const m = n % world.members.length;
    const facet = TEXT_FACETS[Math.floor(n / world.members.length) % TEXT_FACETS.length];
    const value = `belief round ${round} write ${n}`;
    const outcome = await writeKey(
      ledger,
      world.leader,
      faulted,
      `belief:${m}:${facet}`,
      value,
      "PUT",
      `/api/v1/people/${world.members[m]?.id}/beliefs/${facet}`,
      { value, source: "assumed", confidence: 1 + (n % 5) },
    );
    if (outcome === "cut") return;
  }
}

/** The leader plans a conversation with a member, then logs it as held with shared notes. */
async function conversationLoop(
  ledger: Ledger,
  world: World,
  round: number,
  faulted: () => boolean,
  stopping: () => boolean,
): Promise<void> {
  for (let n = 1; !stopping(); n++) {
    const member = world.members[n % world.members.length];
    const created = await write(
      ledger,
      world.leader,
      faulted,
      "POST",
      `/api/v1/people/${member?.id}/conversations`,
      {
        scheduledAt: new Date(Date.now() - 3_600_000).toISOString(),
        durationMinutes: 30,
      },
    );
    if (created.outcome === "cut") return;
    if (created.outcome !== "acked") continue;
    const { id } = created.body as { id: string };
    ledger.conversations.add(id);
    const notes = `notes round ${round} write ${n}`;
    const outcome = await writeKey(
      ledger,
      world.leader,
      faulted,
      `notes:${id}`,
      notes,
      "PATCH",
      `/api/v1/conversations/${id}`,
      { status: "held", sharedNotes: notes },
    );
    if (outcome === "cut") return;
  }
}

/** After the database was killed and started again: the app answers from it again. */
async function waitForDatabase(leader: HttpClient): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await leader.request("GET", "/api/v1/me")).status === 200) return;
    } catch {
      // The app is up; only the database was killed. Try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("The app did not answer from the database again after it restarted.");
}

/**
 * SQLite's `PRAGMA integrity_check`; on PostgreSQL, amcheck's `bt_index_check` with the heap
 * check on every B-tree index of the app's tables (every row is in each of its indexes). "ok" when
 * all is well, else what they found.
 */
async function integrityCheck(database: ReturnType<typeof loadConfig>["database"]): Promise<string> {
  const handle = openDatabase(database);
  try {
    if (database.kind === "sqlite") {
      const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(handle.db);
      return rows.map((row) => row.integrity_check).join("; ");
    }
    await sql`create extension if not exists amcheck`.execute(handle.db);
    const { rows } = await sql<{ checked: string }>`
      select count(bt_index_check(c.oid, true)) as checked
      from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join pg_am am on am.oid = c.relam
      join pg_namespace n on n.oid = c.relnamespace
      where am.amname = 'btree' and n.nspname = 'public'`.execute(handle.db);
    // A corrupt index raises an error; a count of none would mean nothing was checked.
    return Number(rows[0]?.checked) > 0 ? "ok" : "no index checked";
  } finally {
    await handle.destroy();
  }
}

/**
 * Every acknowledged write, read back: answers and beliefs through the API (as their owners see
 * them), conversations and anonymous pulse comments from the database (no route lists those).
 * A key whose value is now known is settled at it, so the next round starts from what is stored.
 */
async function missingWrites(
  ledger: Ledger,
  world: World,
  database: ReturnType<typeof loadConfig>["database"],
): Promise<string[]> {
  const stored = new Map<string, string>();
  for (const [m, member] of world.members.entries()) {
    const mine = await member.client.ok<{ answers: { facetKey: string; value: unknown }[] }>(
      "GET",
      "/api/v1/me/answers",
    );
    for (const answer of mine.answers) stored.set(`answer:${m}:${answer.facetKey}`, String(answer.value));
    const page = await world.leader.ok<{ facets: { facet: { key: string }; belief?: { value: unknown } }[] }>(
      "GET",
      `/api/v1/people/${member.id}`,
    );
    for (const facet of page.facets)
      if (facet.belief) stored.set(`belief:${m}:${facet.facet.key}`, String(facet.belief.value));
  }
  const handle = openDatabase(database);
  const missing: string[] = [];
  try {
    const conversations = await handle.db
      .selectFrom("conversations")
      .select(["id", "shared_notes"])
      .execute();
    for (const row of conversations) stored.set(`notes:${row.id}`, row.shared_notes);
    const ids = new Set(conversations.map((row) => row.id));
    for (const id of ledger.conversations) if (!ids.has(id)) missing.push(`conversation ${id}`);
    const comments = new Set(
      (await handle.db.selectFrom("pulse_responses").select("comment").execute()).map((row) => row.comment),
    );
    for (const comment of ledger.pulseComments)
      if (!comments.has(comment)) missing.push(`pulse response "${comment}"`);
  } finally {
    await handle.destroy();
  }
  for (const [key, record] of ledger.keys) {
    if (record.acked === null && record.unknown.length === 0) continue;
    const now = stored.get(key);
    if (record.acked !== null && (now === undefined || !ledger.allowed(key).has(now))) {
      missing.push(
        `${key}: acknowledged "${record.acked}", stored ${now === undefined ? "nothing" : `"${now}"`}`,
      );
      // Counted once: later rounds start from what is stored.
      record.acked = now ?? null;
      record.unknown = [];
      continue;
    }
    if (now !== undefined && ledger.allowed(key).has(now)) {
      record.acked = now;
      record.unknown = [];
    }
  }
  return missing;
}
