import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { setupWorkspace, signIn } from "../../test/factories";
import { Client, PASSWORD, startTestApp, type TestApp } from "../../test/harness";
import { expectOf, requestOf } from "../../test/matrix/row";
import { ROWS } from "../../test/matrix/rows";
import { buildWorld, WORLD_APP } from "../../test/world";
import { addQuestionListFixture } from "../modules/questions/question-list.matrix-fixture";
import { readDataVersion } from "./data-version";

/**
 * Every table of a workspace's content, with the query that names each row's workspace. A write to
 * any of them must move that workspace's data version (db/data-version.ts).
 */
const CONTENT: Record<string, string> = {
  // The version itself is left out: it is what moves.
  workspaces:
    "select id as workspace, name, freshness_days, created_at, pulse_score_threshold, pulse_comment_threshold from workspaces t",
  users: "select workspace_id as workspace, t.* from users t",
  teams: "select workspace_id as workspace, t.* from teams t",
  team_memberships:
    "select teams.workspace_id as workspace, t.* from team_memberships t join teams on teams.id = t.team_id",
  invitations: "select workspace_id as workspace, t.* from invitations t",
  replaced_invitation_links:
    "select invitations.workspace_id as workspace, t.* from replaced_invitation_links t join invitations on invitations.id = t.invitation_id",
  facets: "select workspace_id as workspace, t.* from facets t",
  answers: "select users.workspace_id as workspace, t.* from answers t join users on users.id = t.user_id",
  answer_versions:
    "select users.workspace_id as workspace, t.* from answer_versions t join users on users.id = t.user_id",
  answer_reveals:
    "select users.workspace_id as workspace, t.* from answer_reveals t join users on users.id = t.leader_id",
  beliefs: "select users.workspace_id as workspace, t.* from beliefs t join users on users.id = t.leader_id",
  comparisons:
    "select users.workspace_id as workspace, t.* from comparisons t join users on users.id = t.leader_id",
  question_lists: "select workspace_id as workspace, t.* from question_lists t",
  question_list_items:
    "select lists.workspace_id as workspace, t.* from question_list_items t join question_lists lists on lists.id = t.list_id",
  commitments: "select workspace_id as workspace, t.* from commitments t",
  conversations: "select workspace_id as workspace, t.* from conversations t",
  conversation_items:
    "select c.workspace_id as workspace, t.* from conversation_items t join conversations c on c.id = t.conversation_id",
  cadences:
    "select users.workspace_id as workspace, t.* from cadences t join users on users.id = t.leader_id",
  answer_requests:
    "select users.workspace_id as workspace, t.* from answer_requests t join users on users.id = t.leader_id",
  pulses: "select workspace_id as workspace, t.* from pulses t",
  pulse_participations:
    "select p.workspace_id as workspace, t.* from pulse_participations t join pulses p on p.id = t.pulse_id",
  pulse_responses:
    "select p.workspace_id as workspace, t.* from pulse_responses t join pulses p on p.id = t.pulse_id",
  followership_assessments: "select workspace_id as workspace, t.* from followership_assessments t",
  followership_estimates: "select workspace_id as workspace, t.* from followership_estimates t",
  work_items: "select workspace_id as workspace, t.* from work_items t",
  work_item_ratings:
    "select w.workspace_id as workspace, t.* from work_item_ratings t join work_items w on w.id = t.item_id",
  goals: "select workspace_id as workspace, t.* from goals t",
  goal_stances:
    "select g.workspace_id as workspace, t.* from goal_stances t join goals g on g.id = t.goal_id",
  goal_stance_events:
    "select g.workspace_id as workspace, t.* from goal_stance_events t join goals g on g.id = t.goal_id",
  goal_perceived_stances:
    "select g.workspace_id as workspace, t.* from goal_perceived_stances t join goals g on g.id = t.goal_id",
  goal_perceived_events:
    "select g.workspace_id as workspace, t.* from goal_perceived_events t join goals g on g.id = t.goal_id",
  goal_stance_looks:
    "select g.workspace_id as workspace, t.* from goal_stance_looks t join goals g on g.id = t.goal_id",
  goal_thanks: "select g.workspace_id as workspace, t.* from goal_thanks t join goals g on g.id = t.goal_id",
  goal_questions:
    "select g.workspace_id as workspace, t.* from goal_questions t join goals g on g.id = t.goal_id",
  coachings: "select workspace_id as workspace, t.* from coachings t",
  coach_notes:
    "select c.workspace_id as workspace, t.* from coach_notes t join coachings c on c.id = t.coaching_id",
  coach_assignments:
    "select c.workspace_id as workspace, t.* from coach_assignments t join coachings c on c.id = t.coaching_id",
};

/** Tables that are not content, each with why: nothing kept is computed from them. */
const BOOKKEEPING: Record<string, string> = {
  sessions: "who is signed in: read afresh on every request, touched once a minute while in use",
  login_failures: "sign-in limits, written by failed sign-ins and requests for reset links",
  write_limits: "per-person counts of writes per minute",
  api_tokens: "credentials, read afresh on every Bearer request, their last use touched while in use",
  job_runs: "the scheduler's record of which job ran for which period",
  password_resets:
    "credentials like sessions: reset links, read when one is opened; setting the password with one changes users, which is content",
  checklist_dismissals:
    "a person's own setting (the first-week checklist hidden from their home), read afresh by their home, which is never kept",
  calendar_feeds:
    "credentials like API tokens: the HMAC of a calendar feed's secret, read when the feed is fetched",
  security_events:
    "the security log: an append-only record of sign-ins and account changes (who, when, the address), never content; nothing kept is computed from it",
  second_factors:
    "credentials like sessions: a person's sealed TOTP key and the step of the last code taken, read at sign-in",
  recovery_codes: "credentials like reset links: digests of a person's recovery codes, each used once",
};

type Fingerprint = Map<string, Map<string, string>>;

/** Each workspace's content, table by table, as text: two equal fingerprints mean nothing changed. */
async function fingerprint(t: TestApp): Promise<Fingerprint> {
  const result: Fingerprint = new Map();
  const tables = await Promise.all(
    Object.entries(CONTENT).map(async ([table, query]) => {
      const { rows } = await sql.raw<{ workspace: string }>(query).execute(t.ctx.db);
      return { table, rows };
    }),
  );
  for (const { table, rows } of tables) {
    const byWorkspace = new Map<string, string[]>();
    for (const row of rows)
      byWorkspace.set(row.workspace, [...(byWorkspace.get(row.workspace) ?? []), JSON.stringify(row)]);
    for (const [workspace, lines] of byWorkspace) {
      const tables = result.get(workspace) ?? new Map<string, string>();
      tables.set(table, lines.sort().join("\n"));
      result.set(workspace, tables);
    }
  }
  return result;
}

interface Stamps {
  data: number;
  catalogue: number;
  /** The sum of the workspace's users' question-list versions: moves when any of them does. */
  questions: number;
}

async function versions(t: TestApp): Promise<Map<string, Stamps>> {
  const rows = await t.ctx.db
    .selectFrom("workspaces")
    .select(["id", "data_version", "catalogue_version"])
    .execute();
  const users = await t.ctx.db.selectFrom("users").select(["workspace_id", "questions_version"]).execute();
  const questions = new Map<string, number>();
  for (const u of users)
    questions.set(u.workspace_id, (questions.get(u.workspace_id) ?? 0) + Number(u.questions_version));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        data: Number(r.data_version),
        catalogue: Number(r.catalogue_version),
        questions: questions.get(r.id) ?? 0,
      },
    ]),
  );
}

/** The stamps kept audits read beside the data version, and the tables each follows. */
const FOLLOWS = { catalogue: ["facets"], questions: ["question_lists", "question_list_items"] } as const;

/** Watches requests: which content tables each changed, and whether each workspace's version moved with it. */
function observer(t: TestApp) {
  const touched = new Set<string>();
  const problems: string[] = [];
  return {
    touched,
    problems,
    /** Makes the request between two readings of every table; returns its status. */
    async call(
      label: string,
      request: () => Promise<{ statusCode: number }>,
      method = "POST",
    ): Promise<number> {
      const [contentBefore, versionsBefore] = [await fingerprint(t), await versions(t)];
      const { statusCode } = await request();
      const [contentAfter, versionsAfter] = [await fingerprint(t), await versions(t)];
      for (const workspace of new Set([...contentBefore.keys(), ...contentAfter.keys()])) {
        const before = contentBefore.get(workspace) ?? new Map<string, string>();
        const after = contentAfter.get(workspace) ?? new Map<string, string>();
        const changed = Object.keys(CONTENT).filter((table) => before.get(table) !== after.get(table));
        for (const table of changed) touched.add(table);
        const [was, is] = [versionsBefore.get(workspace), versionsAfter.get(workspace)];
        const moved = was?.data !== is?.data;
        if (changed.length > 0 && !moved)
          problems.push(`${label} (${statusCode}) wrote ${changed.join(", ")} but left the data version`);
        for (const [stamp, tables] of Object.entries(FOLLOWS) as [
          keyof typeof FOLLOWS,
          readonly string[],
        ][]) {
          const wrote = changed.filter((table) => tables.includes(table));
          const stampMoved = was?.[stamp] !== is?.[stamp];
          if (wrote.length > 0 && !stampMoved)
            problems.push(`${label} (${statusCode}) wrote ${wrote.join(", ")} but left the ${stamp} version`);
          if (stampMoved && (method === "GET" || statusCode >= 400))
            problems.push(`${label} (${statusCode}) moved the ${stamp} version`);
        }
        // Reads and refusals change nothing, so they must not empty anyone's cache either.
        if (moved && (method === "GET" || statusCode >= 400))
          problems.push(`${label} (${statusCode}) moved the data version`);
      }
      return statusCode;
    },
  };
}

describe("a workspace's data version", () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  it("is kept for every table: each is content or bookkeeping, never neither", async () => {
    const t = await startTestApp();
    apps.push(t);
    const tables = (await t.ctx.db.introspection.getTables()).map((table) => table.name);
    expect(tables.length).toBeGreaterThan(10);
    const unlisted = tables.filter((name) => !(name in CONTENT) && !(name in BOOKKEEPING));
    expect(unlisted, "add each new table to CONTENT (and bump its writes) or to BOOKKEEPING").toEqual([]);
    expect(Object.keys(CONTENT).filter((name) => name in BOOKKEEPING)).toEqual([]);
    expect([...Object.keys(CONTENT), ...Object.keys(BOOKKEEPING)].filter((n) => !tables.includes(n))).toEqual(
      [],
    );
  });

  it("moves with every write to a workspace's content, on every route as every role, and never on a read or a refusal", async () => {
    const first = await startTestApp();
    apps.push(first);
    const setup = observer(first);
    await setup.call("POST /setup", () => setupWorkspace(first).then(() => ({ statusCode: 201 })));

    const t = await startTestApp(WORLD_APP);
    apps.push(t);
    const world = await buildWorld(t);
    await addQuestionListFixture(world.clients.leader);
    const watch = observer(t);
    for (const row of ROWS) {
      // As in the authorization matrix: the roles refused first, so each allowed write finds its target.
      const expected = expectOf(row);
      const roles = Object.keys(expected) as (keyof typeof expected)[];
      roles.sort((a, b) => Number(expected[a] < 300) - Number(expected[b] < 300));
      for (const role of roles) {
        const client = role === "anonymous" ? new Client(t.app) : world.clients[role];
        // A row's fresh target is made before the first reading: only the call itself is watched.
        const { method, url, body } = await requestOf(row, world);
        await watch.call(`${row.route} as ${role}`, () => client.request(method, url, body), row.method);
      }
    }
    // A password change that succeeds: the matrix's last row signed everyone out, so sign in
    // afresh first. The account changes, so the version must move.
    const { email } = await t.ctx.db
      .selectFrom("users")
      .select("email")
      .where("id", "=", world.ids.adminId)
      .executeTakeFirstOrThrow();
    const admin = await signIn(t, email);
    const changed = await watch.call("POST /me/password", () =>
      admin.post("/api/v1/me/password", {
        currentPassword: PASSWORD,
        newPassword: "a brand new long passphrase",
      }),
    );
    expect(changed).toBe(200);
    expect([...setup.problems, ...watch.problems]).toEqual([]);
    const touched = new Set([...setup.touched, ...watch.touched]);
    expect(Object.keys(CONTENT).filter((table) => !touched.has(table))).toEqual([]);
  }, 900_000); // the whole matrix (ten roles), each request between two readings of every table

  it("stays put on sign-in, a failed sign-in, sign-out and a session's touch", async () => {
    const t = await startTestApp();
    apps.push(t);
    const { workspaceId, adminEmail } = await setupWorkspace(t);
    const version = () => readDataVersion(t.ctx.db, workspaceId);
    const before = await version();
    expect(before).not.toBeNull();
    const wrong = await new Client(t.app).post("/api/v1/auth/login", {
      email: adminEmail,
      password: "nope nope",
    });
    expect(wrong.statusCode).toBe(401);
    const client = await signIn(t, adminEmail);
    t.clock.advance(2 * 60_000); // past the once-a-minute touch
    expect((await client.get("/api/v1/me")).statusCode).toBe(200);
    const touched = await t.ctx.db.selectFrom("sessions").select("last_seen_at").execute();
    expect(touched.map((s) => s.last_seen_at)).toContain(t.clock.now().toISOString());
    expect((await client.post("/api/v1/auth/logout")).statusCode).toBe(200);
    expect(await version()).toBe(before);
  });
});
