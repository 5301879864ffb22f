import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addQuestionListFixture } from "../src/modules/questions/question-list.matrix-fixture";
import { Client, startTestApp, type TestApp } from "./harness";
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

  it("covers every API route the app serves", () => {
    const apiRoutes = t.routes.filter((r) => r.includes(" /api/v1/")).map((r) => r.replace(" /api/v1", " "));
    expect(apiRoutes.length).toBeGreaterThan(10);
    expect(apiRoutes.filter((r) => !COVERED.has(r))).toEqual([]);
  });
});
