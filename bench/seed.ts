import { randomUUID } from "node:crypto";
import { loadConfig } from "../server/src/config";
import { type DatabaseHandle, openDatabase } from "../server/src/db/database";
import { hashPassword } from "../server/src/lib/passwords";
import { type RunningServer, Session } from "./http";
import { type Person, RowMaker, randomStream, type SeedFacet } from "./seed-rows";
import { SeedWriter } from "./seed-writer";

export const TEAM_SIZE = 50;
export const PASSWORD = "quiet harbour lantern seven";
const DAY = 86_400_000;

/**
 * What the bench seeds before it measures, as people fill a team over ten months: the first-run
 * setup through the API (the workspace, its catalogue, the admin), then straight into the
 * server's database (bench/seed-rows.ts says what and how) a leader who joined by invitation and
 * TEAM_SIZE members invited by the leader, their answers, the leader's beliefs, looks and marks,
 * and their conversations; then sign-ins through the API for the sessions the bench uses. Every
 * account has the same password, hashed once with the app's own hash.
 */
export interface SeededTeam {
  admin: Session;
  /** The team's one leader, signed in. */
  leader: Session;
  leaderId: string;
  teamId: string;
  /** The members; each signed in when `memberSessions` was asked for. */
  roster: { id: string; session: Session | null }[];
  /** The leader's planned conversations with members, one per member at most. */
  conversations: string[];
}

export async function seedTeam(
  server: RunningServer,
  { memberSessions = false }: { memberSessions?: boolean } = {},
): Promise<SeededTeam> {
  const admin = await setUp(server);
  const seeding = await openSeeding(server);
  const now = Date.now();
  const maker = seeding.maker(now, 1);
  const teamId = randomUUID();
  const teamStart = now - 300 * DAY;
  const leader = person("leader@bench.test", "Lee Leader");
  maker.user(leader, teamStart - DAY);
  const members = Array.from({ length: TEAM_SIZE }, (_, i) => person(`member${i}@bench.test`, `Member ${i}`));
  const conversations = maker.filledTeam({
    id: teamId,
    name: "Fifty",
    leader,
    leaderJoins: true,
    adminId: seeding.adminId,
    start: teamStart,
    members,
    spacing: DAY,
  });
  process.stdout.write(`Seeding a ${TEAM_SIZE}-member team by direct SQL… `);
  const started = performance.now();
  await seeding.writer.write(maker.take());
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s (${seeding.summary()})`);
  await seeding.close();
  const roster = await Promise.all(
    members.map(async (m) => ({ id: m.id, session: memberSessions ? await signIn(server, m.email) : null })),
  );
  return {
    admin,
    leader: await signIn(server, leader.email),
    leaderId: leader.id,
    teamId,
    roster,
    conversations,
  };
}

export const person = (email: string, name: string): Person => ({ id: randomUUID(), email, name });

/** The first-run setup, through the API: the workspace, its catalogue, and the admin, signed in. */
export async function setUp(server: RunningServer): Promise<Session> {
  const admin = new Session(server.baseUrl);
  await admin.call("POST", "/api/v1/setup", {
    workspaceName: "Bench",
    name: "Admin",
    email: "admin@bench.test",
    password: PASSWORD,
  });
  return admin;
}

/** A sign-in through the API: a real session. */
export async function signIn(server: RunningServer, email: string): Promise<Session> {
  const session = new Session(server.baseUrl);
  await session.call("POST", "/api/v1/auth/login", { email, password: PASSWORD });
  return session;
}

let hashed: Promise<string> | null = null;

/**
 * The server's database opened in this process, with what seeding needs from it: the one
 * workspace, its admin and audited facets, the password hash every account shares, and a writer.
 */
export async function openSeeding(server: RunningServer) {
  const handle: DatabaseHandle = openDatabase(loadConfig(server.env).database);
  const { db } = handle;
  const workspace = await db.selectFrom("workspaces").select("id").executeTakeFirstOrThrow();
  const admin = await db
    .selectFrom("users")
    .select("id")
    .where("workspace_id", "=", workspace.id)
    .where("is_admin", "=", 1)
    .executeTakeFirstOrThrow();
  const facetRows = await db
    .selectFrom("facets")
    .select(["id", "key", "kind", "options"])
    .where("workspace_id", "=", workspace.id)
    .where("audience", "=", "everyone")
    .where("retired_at", "is", null)
    .orderBy("position")
    .execute();
  const facets: SeedFacet[] = facetRows.map((f) => ({
    id: f.id,
    key: f.key,
    kind: f.kind,
    optionIds: f.options ? (JSON.parse(f.options) as { id: string }[]).map((o) => o.id) : [],
  }));
  hashed ??= hashPassword(PASSWORD);
  const passwordHash = await hashed;
  const writer = new SeedWriter(db, handle.dialect, workspace.id);
  return {
    db,
    dialect: handle.dialect,
    workspaceId: workspace.id,
    adminId: admin.id,
    facets,
    writer,
    maker: (now: number, seed: number) =>
      new RowMaker(workspace.id, facets, passwordHash, now, randomStream(seed)),
    /** How many rows of each kind were written. */
    summary: () =>
      ["answers", "beliefs", "answer_reveals", "comparisons", "conversations"]
        .map((table) => `${writer.written.get(table) ?? 0} ${table.replace("_", " ")}`)
        .join(", "),
    close: () => handle.destroy(),
  };
}
