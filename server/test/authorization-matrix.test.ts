import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addQuestionListFixture,
  questionListFixture as lists,
} from "../src/modules/questions/question-list.matrix-fixture";
import { PASSWORD, startTestApp, type TestApp } from "./harness";
import { buildWorld, ROLES, type Role, SECRET_READERS, SECRETS, type World } from "./world";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface Row {
  route: string;
  method: Method;
  url: (w: World) => string;
  body?: (w: World) => unknown;
  expect: Record<Role, number>;
  /** The URL itself is the capability (an invitation link): whoever holds it may read it. */
  capability?: true;
}

const all = (status: number): Record<Role, number> =>
  Object.fromEntries(ROLES.map((r) => [r, status])) as Record<Role, number>;
const signedIn = (status: number): Record<Role, number> => ({ ...all(status), anonymous: 401 });
/** Every role gets `status` except those listed. */
const only = (status: number, exceptions: Partial<Record<Role, number>>): Record<Role, number> => ({
  ...all(status),
  ...exceptions,
});

/**
 * Every route × every role, with the status each must get. Rows are ordered so that a route
 * that changes state runs after the routes that depend on that state; destructive rows undo
 * themselves (deactivate is followed by reactivate).
 */
const ROWS: Row[] = [
  { route: "GET /health", method: "GET", url: () => "/api/v1/health", expect: all(200) },
  { route: "GET /setup", method: "GET", url: () => "/api/v1/setup", expect: all(200) },
  {
    route: "POST /setup",
    method: "POST",
    url: () => "/api/v1/setup",
    body: () => ({ workspaceName: "Again", name: "Again", email: "again@example.test", password: PASSWORD }),
    expect: all(409),
  },
  {
    route: "POST /auth/login (wrong password)",
    method: "POST",
    url: () => "/api/v1/auth/login",
    // A fresh address each time, so the per-account limit never turns these 401s into 429s.
    body: () => ({
      email: `nobody-${Math.random().toString(36).slice(2)}@example.test`,
      password: "not a real password",
    }),
    expect: all(401),
  },
  { route: "GET /me", method: "GET", url: () => "/api/v1/me", expect: signedIn(200) },
  {
    route: "PATCH /me",
    method: "PATCH",
    url: () => "/api/v1/me",
    body: () => ({ name: "Renamed" }),
    expect: signedIn(200),
  },
  {
    route: "POST /me/password (wrong current)",
    method: "POST",
    url: () => "/api/v1/me/password",
    body: () => ({ currentPassword: "not my password", newPassword: "another long passphrase" }),
    expect: signedIn(400),
  },
  { route: "GET /teams", method: "GET", url: () => "/api/v1/teams", expect: signedIn(200) },
  {
    route: "POST /teams",
    method: "POST",
    url: () => "/api/v1/teams",
    body: () => ({ name: "New team" }),
    expect: { ...signedIn(201), member: 403, teammate: 403, otherMember: 403 },
  },
  {
    route: "GET /teams/:teamId",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}`,
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 200,
      otherLeader: 404,
      member: 200,
      teammate: 200,
      otherMember: 404,
      stranger: 404,
    },
  },
  {
    route: "POST /teams/:teamId/invitations",
    method: "POST",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/invitations`,
    body: () => ({ email: `invitee-${Math.random().toString(36).slice(2)}@example.test`, role: "member" }),
    expect: {
      anonymous: 401,
      admin: 201,
      leader: 201,
      otherLeader: 404,
      member: 403,
      teammate: 403,
      otherMember: 404,
      stranger: 404,
    },
  },
  {
    route: "GET /invitations/:token",
    method: "GET",
    url: (w) => `/api/v1/invitations/${w.ids.pendingToken}`,
    expect: all(200),
    capability: true,
  },
  {
    route: "POST /invitations/:token/accept (unknown token)",
    method: "POST",
    url: () => "/api/v1/invitations/no-such-invitation-token/accept",
    body: () => ({ name: "Nobody", password: PASSWORD }),
    expect: all(404),
  },
  {
    route: "GET /users",
    method: "GET",
    url: () => "/api/v1/users",
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 403,
      otherLeader: 403,
      member: 403,
      teammate: 403,
      otherMember: 403,
      stranger: 200,
    },
  },
  {
    route: "POST /users/:userId/deactivate",
    method: "POST",
    url: (w) => `/api/v1/users/${w.ids.targetId}/deactivate`,
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 403,
      otherLeader: 403,
      member: 403,
      teammate: 403,
      otherMember: 403,
      stranger: 404,
    },
  },
  {
    route: "POST /users/:userId/reactivate",
    method: "POST",
    url: (w) => `/api/v1/users/${w.ids.targetId}/reactivate`,
    expect: {
      anonymous: 401,
      admin: 200,
      leader: 403,
      otherLeader: 403,
      member: 403,
      teammate: 403,
      otherMember: 403,
      stranger: 404,
    },
  },
  { route: "GET /facets", method: "GET", url: () => "/api/v1/facets", expect: signedIn(200) },
  {
    route: "POST /facets",
    method: "POST",
    url: () => "/api/v1/facets",
    body: () => ({
      key: `custom-${Math.random().toString(36).slice(2, 8)}`,
      dimension: "values",
      title: "Custom",
      description: "A facet added by an admin.",
      kind: "text",
    }),
    expect: { ...only(403, { admin: 201, stranger: 201 }), anonymous: 401 },
  },
  {
    route: "PATCH /facets/:facetId",
    method: "PATCH",
    url: (w) => `/api/v1/facets/${w.ids.focusFacetId}`,
    body: () => ({ title: "Focus rhythm" }),
    expect: { ...only(403, { admin: 200, stranger: 404 }), anonymous: 401 },
  },
  { route: "GET /me/answers", method: "GET", url: () => "/api/v1/me/answers", expect: signedIn(200) },
  {
    route: "PUT /me/answers/:facetId",
    method: "PUT",
    url: (w) => `/api/v1/me/answers/${w.ids.focusFacetId}`,
    body: () => ({ value: "afternoon", visibility: "leader" }),
    expect: { ...signedIn(200), stranger: 404 },
  },
  {
    route: "DELETE /me/answers/:facetId",
    method: "DELETE",
    url: (w) => `/api/v1/me/answers/${w.ids.focusFacetId}`,
    expect: { ...signedIn(200), stranger: 404 },
  },
  { route: "GET /me/manual.md", method: "GET", url: () => "/api/v1/me/manual.md", expect: signedIn(200) },
  {
    route: "GET /people/:userId",
    method: "GET",
    url: (w) => `/api/v1/people/${w.ids.memberId}`,
    expect: { ...only(404, { leader: 200, member: 200, teammate: 200 }), anonymous: 401 },
  },
  {
    route: "PUT /people/:userId/beliefs/:facetId",
    method: "PUT",
    url: (w) => `/api/v1/people/${w.ids.memberId}/beliefs/${w.ids.focusFacetId}`,
    body: () => ({ value: "late-day", source: "inferred", confidence: 2 }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "PUT /people/:userId/comparisons/:facetId",
    method: "PUT",
    url: (w) => `/api/v1/people/${w.ids.memberId}/comparisons/${w.ids.drainsFacetId}`,
    body: () => ({ outcome: "partial" }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /people/:userId/audit",
    method: "GET",
    url: (w) => `/api/v1/people/${w.ids.memberId}/audit`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /teams/:teamId/audit",
    method: "GET",
    url: (w) => `/api/v1/teams/${w.ids.teamA}/audit`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  { route: "GET /me/audit", method: "GET", url: () => "/api/v1/me/audit", expect: signedIn(200) },
  // Questions: the linter and the bank for anyone signed in; a list only for its owner (the leader here).
  {
    route: "POST /questions/lint",
    method: "POST",
    url: () => "/api/v1/questions/lint",
    body: () => ({ texts: ["Is it going well?", "How is it going?"] }),
    expect: signedIn(200),
  },
  { route: "GET /questions/bank", method: "GET", url: () => "/api/v1/questions/bank", expect: signedIn(200) },
  { route: "GET /question-lists", method: "GET", url: () => "/api/v1/question-lists", expect: signedIn(200) },
  {
    route: "POST /question-lists",
    method: "POST",
    url: () => "/api/v1/question-lists",
    body: () => ({ name: "My list", fromBank: { topic: "trust" } }),
    expect: signedIn(201),
  },
  {
    route: "POST /question-lists/import",
    method: "POST",
    url: () => "/api/v1/question-lists/import",
    body: () => ({ name: "Imported", format: "md", content: "## Topic: team\n- [light] What helps?" }),
    expect: signedIn(201),
  },
  {
    route: "GET /question-lists/:listId",
    method: "GET",
    url: () => `/api/v1/question-lists/${lists.listId}`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "PATCH /question-lists/:listId",
    method: "PATCH",
    url: () => `/api/v1/question-lists/${lists.listId}`,
    body: () => ({ name: "Renamed list" }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /question-lists/:listId/items",
    method: "GET",
    url: () => `/api/v1/question-lists/${lists.listId}/items?includeRetired=true`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "PUT /question-lists/:listId/items/order",
    method: "PUT",
    url: () => `/api/v1/question-lists/${lists.listId}/items/order`,
    body: () => ({ itemIds: [...lists.itemIds].reverse() }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "POST /question-lists/:listId/items",
    method: "POST",
    url: () => `/api/v1/question-lists/${lists.listId}/items`,
    body: () => ({ text: "What would make next week easier?", depth: "light", topic: "wellbeing" }),
    expect: { ...only(404, { leader: 201 }), anonymous: 401 },
  },
  {
    route: "PATCH /question-lists/:listId/items/:itemId",
    method: "PATCH",
    url: () => `/api/v1/question-lists/${lists.listId}/items/${lists.itemIds[0]}`,
    body: () => ({ retired: true }),
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "GET /question-lists/:listId/export",
    method: "GET",
    url: () => `/api/v1/question-lists/${lists.listId}/export?format=md`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "DELETE /question-lists/:listId/items/:itemId",
    method: "DELETE",
    url: () => `/api/v1/question-lists/${lists.listId}/items/${lists.doomedItemId}`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  {
    route: "DELETE /question-lists/:listId",
    method: "DELETE",
    url: () => `/api/v1/question-lists/${lists.disposableListId}`,
    expect: { ...only(404, { leader: 200 }), anonymous: 401 },
  },
  { route: "POST /auth/logout", method: "POST", url: () => "/api/v1/auth/logout", expect: signedIn(200) },
];

/** Routes the app serves that the matrix must cover: a new route without rows fails this test. */
const COVERED = new Set(ROWS.map((r) => `${r.method} ${r.route.split(" ")[1]}`));

describe("authorization matrix", () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    await addQuestionListFixture(world.clients.leader);
  });
  afterAll(() => t.close());

  it("gives every role the expected status on every route, and never another workspace's data", async () => {
    const mismatches: string[] = [];
    for (const row of ROWS) {
      for (const role of ROLES) {
        const client = world.clients[role];
        const response = await client.request(row.method, row.url(world), row.body?.(world));
        const wanted = row.expect[role];
        if (response.statusCode !== wanted) {
          mismatches.push(
            `${row.route} as ${role}: expected ${wanted}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
          );
        }
        const leaks = (
          row.capability
            ? []
            : role === "stranger"
              ? world.foreign.away
              : role === "anonymous"
                ? []
                : world.foreign.home
        ).filter((secret) => response.body.includes(secret));
        if (leaks.length > 0)
          mismatches.push(`${row.route} as ${role}: body contains another workspace's ${leaks.join(", ")}`);
        // Answers and beliefs reach only those allowed to see them, on every route.
        for (const [name, marker] of Object.entries(SECRETS) as [keyof typeof SECRETS, string][]) {
          if (!SECRET_READERS[name].includes(role) && response.body.includes(marker)) {
            mismatches.push(`${row.route} as ${role}: body contains ${name}, which ${role} may not see`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("covers every API route the app serves", () => {
    const apiRoutes = t.routes.filter((r) => r.includes(" /api/v1/")).map((r) => r.replace(" /api/v1", " "));
    expect(apiRoutes.length).toBeGreaterThan(10);
    expect(apiRoutes.filter((r) => !COVERED.has(r))).toEqual([]);
  });
});
