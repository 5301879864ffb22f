import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOKEN_SCOPES } from "#contracts/tokens";
import { addQuestionListFixture } from "../src/modules/questions/question-list.matrix-fixture";
import { type Client, startTestApp, type TestApp } from "./harness";
import { type Row, requestOf } from "./matrix/row";
import { ROWS } from "./matrix/rows";
import { isPdf, pdfText } from "./pdf-text";
import { buildWorld, type Role, SECRET_READERS, SECRETS, type World } from "./world";

/**
 * The matrix again, with API tokens instead of cookies, for the admin, a leader and a member: every
 * route with a token holding exactly its scope (the same status as the cookie, or 403 for routes
 * only a session may call) and with a token holding every scope but that one (403 naming it).
 */
const TOKEN_ROLES = ["admin", "leader", "member"] as const satisfies readonly Role[];

type Operation = { security?: Record<string, string[]>[] };

/** Said here, not read from the app, so the document's scopes are checked, not trusted. */
const SESSION_ONLY = new Set([
  "POST /setup",
  "POST /auth/login",
  "POST /auth/logout",
  "GET /auth/password-resets",
  "POST /auth/password-resets",
  "POST /auth/password-resets/check",
  "POST /auth/password-resets/use",
  "POST /users/:userId/password-reset",
  "POST /me/password",
  "POST /invitations/:token/accept",
  "POST /coach-invitations/:token/accept",
  "GET /me/tokens",
  "POST /me/tokens",
  "GET /tokens",
  "DELETE /tokens/:tokenId",
  "GET /me/calendar-feed",
  "POST /me/calendar-feed",
  "DELETE /me/calendar-feed",
  "GET /me/export.json",
  "GET /me/export/:dataset.csv",
  // No token ever erases an account: one's own needs the password typed, another's an admin's session.
  "DELETE /me",
  "DELETE /users/:userId",
  // Two-step sign-in is about signing in, so only a session sets it up, uses it or reads it.
  "POST /auth/login/second-factor",
  "GET /me/second-factor",
  "POST /me/second-factor/setup",
  "POST /me/second-factor/confirm",
  "POST /me/second-factor/disable",
  "GET /settings/second-factor",
  "PATCH /settings/second-factor",
  // The security log (who signed in from where) and one's sessions: a leaked token reads none of it.
  "GET /security-log",
  "GET /security-log.csv",
  "GET /settings/security-log",
  "PATCH /settings/security-log",
  "GET /me/sessions",
  "GET /me/sign-ins",
  "DELETE /me/sessions/:sessionId",
  // The whole workspace's knowledge, even summed, is for an admin signed in, not a script.
  "GET /workspace/figures",
]);
/** Writes nothing though it is a POST. */
const READ_ONLY_POSTS = new Set(["POST /questions/lint"]);

/**
 * The write scope a change needs, by what it changes (its path), not by the route's tag: an
 * independent statement of what the app derives from tags. First match wins.
 */
const WRITE_SCOPE_BY_PATH: [RegExp, string][] = [
  [/^PATCH \/me$/, "write:account"],
  [/^POST \/me\/home\/checklist\/dismiss$/, "write:account"],
  [/^\w+ \/me\/answers\//, "write:answers"],
  [/^\w+ \/people\/:userId\/(beliefs|comparisons|facets\/:facetId\/reveal)/, "write:knowledge"],
  [/^\w+ \/people\/:userId\/(conversations|cadence)$/, "write:conversations"],
  [/^\w+ \/conversations\//, "write:conversations"],
  [/^\w+ \/facets/, "write:facets"],
  [/^\w+ \/teams\/:teamId\/invitations$/, "write:invitations"],
  [/^\w+ \/teams\/:teamId\/pulses$/, "write:pulses"],
  [/^\w+ \/(teams\/:teamId\/work-items$|work-items\/)/, "write:priorities"],
  [/^\w+ \/teams\/:teamId\/goals$/, "write:goals"],
  [/^\w+ \/goals\//, "write:goals"],
  [/^\w+ \/pulses\//, "write:pulses"],
  [/^\w+ \/settings\/anonymity$/, "write:pulses"],
  [/^\w+ \/invitations\/:invitation/, "write:invitations"],
  [/^\w+ \/teams/, "write:teams"],
  [/^\w+ \/question-lists/, "write:questions"],
  [/^\w+ \/users\//, "write:admin"],
  [/^\w+ \/commitments/, "write:commitments"],
  [/^\w+ \/(me\/coaches|me\/coaching\/|coaching\/)/, "write:coaching"],
  [/^\w+ \/(me\/assessments\/followership|people\/:userId\/followership-estimate)$/, "write:followership"],
];

/** The scope a route must need: null for a session-only one, "unlisted" for a write no rule above names. */
function expectedScope(key: string): string | null {
  if (SESSION_ONLY.has(key)) return null;
  if (key.startsWith("GET ") || READ_ONLY_POSTS.has(key)) return "read";
  return WRITE_SCOPE_BY_PATH.find(([path]) => path.test(key))?.[1] ?? "unlisted";
}

describe("authorization matrix with API tokens", () => {
  let t: TestApp;
  let world: World;
  const scopeOf = new Map<string, string | null>();
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    await addQuestionListFixture(world.clients.leader);
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const token = operation.security?.find((s) => "token" in s)?.token?.[0] ?? null;
        scopeOf.set(
          `${method.toUpperCase()} ${path.replace("/api/v1", "").replace(/\{(\w+)\}/g, ":$1")}`,
          token,
        );
      }
    }
    for (const role of TOKEN_ROLES) {
      const client: Client = world.clients[role];
      for (const [name, scopes] of [
        ...TOKEN_SCOPES.map((s) => [`without ${s}`, TOKEN_SCOPES.filter((x) => x !== s)] as const),
        ...TOKEN_SCOPES.map((s) => [`with ${s}`, [s]] as const),
      ]) {
        const response = await client.post("/api/v1/me/tokens", { name, expiresInDays: 30, scopes });
        if (response.statusCode !== 201) throw new Error(`token → ${response.statusCode} ${response.body}`);
        tokens.set(`${role} ${name}`, (response.json() as { token: string }).token);
      }
    }
  });
  afterAll(() => t.close());

  const call = async (row: Row, token: string) => {
    const { method, url, body } = await requestOf(row, world);
    return t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  };

  // Every row as every role, one after another: it grows with each feature's rows, past the
  // default 30 s on a busy machine.
  it("holds every route to its scope, and never gives a token more than its person", async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const row of ROWS) {
      const key = `${row.method} ${row.route.split(" ")[1]}`;
      if (!scopeOf.has(key)) {
        mismatches.push(`${row.route}: not in the OpenAPI document`);
        continue;
      }
      const scope = scopeOf.get(key) ?? null;
      const expected = expectedScope(key);
      if (scope !== expected) {
        mismatches.push(
          `${row.route}: documented scope ${scope ?? "none (session only)"}, expected ${expected ?? "none (session only)"}`,
        );
      }
      const roles = [...TOKEN_ROLES].sort(
        (a, b) => Number(row.expect[a] < 300) - Number(row.expect[b] < 300),
      );
      for (const role of roles) {
        const without = scope ? tokens.get(`${role} without ${scope}`) : tokens.get(`${role} with read`);
        const refused = await call(row, without ?? "");
        const refusedCode = scope ? "insufficient_scope" : "session_required";
        if (refused.statusCode !== 403 || refused.json().error?.code !== refusedCode) {
          mismatches.push(
            `${row.route} as ${role} without its scope: got ${refused.statusCode} ${refused.body.slice(0, 100)}`,
          );
        }
        if (!scope) continue;
        const response = await call(row, tokens.get(`${role} with ${scope}`) ?? "");
        checked++;
        if (response.statusCode !== row.expect[role]) {
          mismatches.push(
            `${row.route} as ${role} with ${scope}: expected ${row.expect[role]}, got ${response.statusCode} ${response.body.slice(0, 100)}`,
          );
        }
        const text = isPdf(response) ? await pdfText(response.rawPayload) : response.body;
        for (const [name, marker] of Object.entries(SECRETS) as [keyof typeof SECRETS, string][]) {
          if (!SECRET_READERS[name].includes(role) && text.includes(marker)) {
            mismatches.push(`${row.route} as ${role} with a token: body contains ${name}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  }, 600_000);
});
