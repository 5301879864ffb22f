import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addQuestionListFixture } from "../src/modules/questions/question-list.matrix-fixture";
import { Client, PASSWORD, startTestApp, type TestApp } from "./harness";
import { expectOf, requestOf } from "./matrix/row";
import { ROWS } from "./matrix/rows";
import { isPdf, pdfText } from "./pdf-text";
import {
  buildWorld,
  LEADER_ONLY_FIELDS,
  MEMBER_NAMES,
  ROLES,
  SECRET_READERS,
  SECRETS,
  WORLD_APP,
  type World,
} from "./world";

/** Every string inside a request body, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Routes the app serves that the matrix must cover: a new route without rows fails this test. */
const COVERED = new Set(ROWS.map((r) => `${r.method} ${r.route.split(" ")[1]}`));

/**
 * The roles of a row, those refused first: a role allowed to delete or change the target must not
 * run before the others, or their 404 would only say that the target is gone.
 */
const refusedFirst = (row: (typeof ROWS)[number]) =>
  [...ROLES].sort((a, b) => Number(expectOf(row)[a] < 300) - Number(expectOf(row)[b] < 300));

describe("authorization matrix", () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp(WORLD_APP);
    world = await buildWorld(t);
    await addQuestionListFixture(world.clients.leader);
  });
  afterAll(() => t.close());

  // Every row as every role, one after another: it grows with each feature's rows, past the
  // default 30 s on a busy machine.
  it("gives every role the expected status on every route, and never another workspace's data", async () => {
    const mismatches: string[] = [];
    for (const row of ROWS) {
      for (const role of refusedFirst(row)) {
        // Anonymous is a new browser each time: a row that signs it in (accepting an
        // invitation) must not make the rows after it signed-in calls.
        const client = role === "anonymous" ? new Client(t.app) : world.clients[role];
        const { method, url, body } = await requestOf(row, world);
        const response = await client.request(method, url, body);
        const wanted = expectOf(row)[role];
        if (response.statusCode !== wanted) {
          mismatches.push(
            `${row.route} as ${role}: expected ${wanted}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
          );
        }
        // A PDF is read back as text, so what it prints is checked like any JSON body.
        const text = isPdf(response) ? await pdfText(response.rawPayload) : response.body;
        const leaks = (
          row.capability
            ? []
            : role === "stranger"
              ? world.foreign.away
              : role === "anonymous"
                ? []
                : world.foreign.home
        ).filter((secret) => text.includes(secret));
        if (leaks.length > 0)
          mismatches.push(`${row.route} as ${role}: body contains another workspace's ${leaks.join(", ")}`);
        // Answers and beliefs reach only those allowed to see them, on every route.
        for (const [name, marker] of Object.entries(SECRETS) as [keyof typeof SECRETS, string][]) {
          if (!SECRET_READERS[name].includes(role) && text.includes(marker)) {
            mismatches.push(`${row.route} as ${role}: body contains ${name}, which ${role} may not see`);
          }
        }
        // A coaching route names no one the leader leads to the coach: figures carry no names.
        if ((role === "coach" || role === "bareCoach") && /coaching|coaches/.test(row.route))
          for (const name of MEMBER_NAMES.filter((n) => response.body.includes(n)))
            mismatches.push(`${row.route} as ${role}: body names ${name}, a person the leader leads`);
        // A conversation's private parts reach its leader alone: for anyone else the fields are absent.
        if (role !== "leader")
          for (const field of LEADER_ONLY_FIELDS.filter((f) => text.includes(f)))
            mismatches.push(`${row.route} as ${role}: body has the leader-only field ${field}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);

  it("leaves in the security log no secret and no content of the world it ran over", async () => {
    // Runs after the walk above: every route as every role has been called by now. Add a failed
    // sign-in and a refused password change, each with a planted wrong password.
    const wrongPassword = "WRONG-PASSWORD-1d7c: typed by mistake";
    const memberEmail = world.foreign.away.find((s) => s.startsWith("member-")) ?? "";
    const failed = await new Client(t.app).post("/api/v1/auth/login", {
      email: memberEmail,
      password: wrongPassword,
    });
    expect(failed.statusCode).toBe(401);
    const signedIn = new Client(t.app);
    expect(
      (await signedIn.post("/api/v1/auth/login", { email: memberEmail, password: PASSWORD })).statusCode,
    ).toBe(200);
    const refused = await signedIn.post("/api/v1/me/password", {
      currentPassword: wrongPassword,
      newPassword: "NEW-PASSWORD-88aa: never stored as text",
    });
    expect(refused.statusCode).toBe(400);
    const rows = await t.ctx.db.selectFrom("security_events").selectAll().execute();
    const kinds = new Set(rows.map((r) => r.kind));
    for (const kind of [
      "sign_in",
      "sign_in_failed",
      "invitation_accepted",
      "token_created",
      "export_downloaded",
    ])
      expect(kinds, `the walk records ${kind}`).toContain(kind);
    const text = rows.map((row) => Object.values(row).join("\u0001")).join("\n");
    // What the matrix planted and sent: the content markers, the password, every link and token
    // the world made, and every longer string any row's body carries (passwords, names, notes).
    const linkTokens = Object.entries(world.ids)
      .filter(([key]) => /token/i.test(key) && !/TokenId$/.test(key))
      .map(([, value]) => value);
    const bodyStrings = ROWS.flatMap((row) => stringsOf(row.body?.(world))).filter(
      (value) => value.length >= 10 && !/^[0-9a-f-]{36}$/.test(value) && !/^\d{4}-\d\d-\d\d/.test(value),
    );
    const planted = [
      ...Object.values(SECRETS),
      PASSWORD,
      wrongPassword,
      "NEW-PASSWORD-88aa",
      ...linkTokens,
      ...bodyStrings,
    ];
    expect(planted.length).toBeGreaterThan(20);
    expect(planted.filter((secret) => text.includes(secret))).toEqual([]);
    // Nor any token or session secret, nor an email address (the log names people by id).
    expect(text).not.toMatch(/rapport_pat_|rapport_session|@example\.test/);
    const sessionIds = (await t.ctx.db.selectFrom("sessions").select("id").execute()).map((s) => s.id);
    expect(sessionIds.filter((id) => text.includes(id))).toEqual([]);
  });

  it("covers every API route the app serves", () => {
    const apiRoutes = t.routes.filter((r) => r.includes(" /api/v1/")).map((r) => r.replace(" /api/v1", " "));
    expect(apiRoutes.length).toBeGreaterThan(10);
    expect(apiRoutes.filter((r) => !COVERED.has(r))).toEqual([]);
  });
});
