import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, startTestApp, type TestApp } from "./harness";
import { buildWorld, ROLES, type Role, type World } from "./world";

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
    expect: { ...signedIn(201), member: 403, otherMember: 403 },
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
      otherMember: 403,
      stranger: 404,
    },
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
