import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../src/lib/passwords";
import {
  addQuestionListFixture,
  questionListFixture,
} from "../../src/modules/questions/question-list.matrix-fixture";
import { PASSWORD, startTestApp, type TestApp } from "../harness";
import { buildWorld, type World } from "../world";
import { type Operation, operationsOf, responseChecker } from "./document";
import {
  type Hints,
  HOSTILE_STRINGS,
  invalid,
  type JsonSchema,
  stringFields,
  valid,
  withField,
} from "./schema-arbitraries";
import { encodeComponent, WalkClient, type WalkRequest } from "./walk-client";

/**
 * Every operation of the served OpenAPI document, walked with requests generated from its own
 * schemas (valid ones, broken ones, and NUL, lone surrogates and 100,000-character strings in
 * every string field and parameter), as four roles. Every status must be documented for its
 * operation, every JSON body must match its documented schema, and nothing may answer 5xx.
 * The walk reads the document, so a new route is walked without editing this file.
 */
const SEED = 20_261_102;
const ROLES = ["anonymous", "leader", "member", "admin"] as const;
type Role = (typeof ROLES)[number];
/** Per operation and role: generated valid requests and generated broken ones. */
const VALID_RUNS = 6;
const INVALID_RUNS = 8;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Sample {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
}

const seedOf = (text: string) => [...text].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) | 0, SEED);

const objectOf = (parameters: Operation["parameters"]): JsonSchema => ({
  type: "object",
  properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
  required: parameters.filter((p) => p.required).map((p) => p.name),
});

/** The request a sample makes: parameters and query as strings in the URL, the body as JSON. */
function requestOf(operation: Operation, sample: Sample): WalkRequest {
  // An empty path segment would address another route (or none), not this operation.
  const segment = (value: unknown) => encodeComponent(String(value)) || "%20";
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => segment(sample.params[name]));
  const query = Object.entries(sample.query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeComponent(key)}=${encodeComponent(String(value))}`)
    .join("&");
  return {
    method: operation.method,
    url: query ? `${path}?${query}` : path,
    ...(sample.body === undefined ? {} : { body: { json: sample.body } }),
  };
}

describe("the OpenAPI document, walked", () => {
  let t: TestApp;
  let world: World;
  const clients = {} as Record<Role, WalkClient>;
  const userIds: Record<Exclude<Role, "anonymous">, string> = { leader: "", member: "", admin: "" };
  const emails: Record<string, string> = {};
  const seenIds = new Set<string>();
  let pools: Record<string, unknown[]> = {};

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    await addQuestionListFixture(world.clients.leader);
    for (const role of ROLES) clients[role] = new WalkClient(t.app);
    for (const role of ["leader", "member", "admin"] as const) {
      const me = (await world.clients[role].get("/api/v1/me")).json() as {
        user: { id: string; email: string };
      };
      userIds[role] = me.user.id;
      emails[role] = me.user.email;
    }
    const facets = (await world.clients.admin.get("/api/v1/facets")).json() as {
      facets: { id: string; key: string }[];
    };
    const { ids } = world;
    const facetNames = facets.facets.flatMap((f) => [f.key, f.id]);
    const people = [ids.adminId, ids.leaderId, ids.memberId, ids.otherMemberId, ids.targetId, ids.strangerId];
    pools = {
      teamId: [ids.teamA, ids.teamB, ids.strangerTeamId],
      userId: people,
      leaderId: people,
      listId: [questionListFixture.listId, questionListFixture.disposableListId],
      itemId: questionListFixture.itemIds,
      itemIds: [questionListFixture.itemIds, [...questionListFixture.itemIds].reverse()],
      facetId: facetNames,
      facet: facetNames,
      token: [ids.pendingToken, ids.newAccountToken, ids.existingAccountToken, ids.resetToken],
      tokenId: [ids.memberTokenId],
      email: [...Object.values(emails), "pending@example.test", "newcomer@example.test"],
      password: [PASSWORD],
      currentPassword: [PASSWORD],
      newPassword: ["another correct horse battery staple"],
    };
  });
  afterAll(() => t.close());

  const hints: Hints = (name) => {
    const pool = pools[name] ?? [];
    const harvested = name.endsWith("Id") ? [...seenIds] : [];
    return [pool, harvested]
      .filter((values) => values.length > 0)
      .map((values) => fc.constantFrom(...values));
  };

  let upkeep = 0;
  /** Puts each role back as itself: signed out for anonymous, signed in as its own user otherwise. */
  async function restore(role: Role): Promise<void> {
    const client = clients[role];
    const me = await client.send({ method: "GET", url: "/api/v1/me" });
    upkeep++;
    if (role === "anonymous") {
      if (me.statusCode === 200) client.forgetSession();
      return;
    }
    if (me.statusCode === 200 && (me.json() as { user: { id: string } }).user.id === userIds[role]) return;
    const signIn = () => {
      upkeep++;
      return client.send({
        method: "POST",
        url: "/api/v1/auth/login",
        body: { json: { email: emails[role], password: PASSWORD } },
      });
    };
    if ((await signIn()).statusCode === 200) return;
    // The walk may have deactivated the role, changed its password or tripped the sign-in limits.
    await t.ctx.db
      .updateTable("users")
      .set({ deactivated_at: null, password_hash: await hashPassword(PASSWORD) })
      .where("id", "=", userIds[role])
      .execute();
    t.clock.advance(61_000);
    const again = await signIn();
    if (again.statusCode !== 200)
      throw new Error(`${role} cannot sign in again: ${again.statusCode} ${again.body}`);
  }

  /** The generated requests of one operation for one role, each with what to expect beyond the document. */
  function requestsFor(operation: Operation, role: Role): { request: WalkRequest; refusesText: boolean }[] {
    const path = operation.parameters.filter((p) => p.in === "path");
    const query = operation.parameters.filter((p) => p.in === "query");
    const pathSchema = objectOf(path);
    const querySchema = objectOf(query);
    const validSample = fc.record({
      params: valid(pathSchema, hints) as fc.Arbitrary<Record<string, unknown>>,
      query: valid(querySchema, hints) as fc.Arbitrary<Record<string, unknown>>,
      body: operation.body ? valid(operation.body.schema, hints) : fc.constant(undefined),
    });
    const broken: fc.Arbitrary<Sample>[] = [
      ...(path.length > 0 ? [fc.tuple(validSample, invalid(pathSchema, hints))] : []).map((arb) =>
        arb.map(([sample, params]) => ({ ...sample, params: { ...(params as object) } })),
      ),
      ...(query.length > 0 ? [fc.tuple(validSample, invalid(querySchema, hints))] : []).map((arb) =>
        arb.map(([sample, q]) => ({ ...sample, query: q !== null && typeof q === "object" ? { ...q } : {} })),
      ),
      ...(operation.body ? [fc.tuple(validSample, invalid(operation.body.schema, hints))] : []).map((arb) =>
        arb.map(([sample, body]) => ({ ...sample, body })),
      ),
    ];
    const seed = seedOf(`${operation.method} ${operation.path} ${role}`);
    const valids = fc.sample(validSample, { seed, numRuns: VALID_RUNS }) as Sample[];
    const invalids =
      broken.length > 0 ? fc.sample(fc.oneof(...broken), { seed: seed + 1, numRuns: INVALID_RUNS }) : [];
    const base = valids[0] ?? { params: {}, query: {} };
    // NUL, lone surrogates and very long strings in every string field and parameter.
    const hostile: { sample: Sample; refusesText: boolean }[] = [];
    for (const text of HOSTILE_STRINGS) {
      const refusesText = text.length < 100;
      for (const p of path)
        hostile.push({ sample: { ...base, params: { ...base.params, [p.name]: text } }, refusesText });
      // The query parser keeps an invalid percent-encoding as literal text: only a NUL arrives.
      const refusesQuery = refusesText && text.includes("\u0000");
      for (const q of query)
        hostile.push({
          sample: { ...base, query: { ...base.query, [q.name]: text } },
          refusesText: refusesQuery,
        });
      for (const field of operation.body ? stringFields(operation.body.schema) : [])
        hostile.push({ sample: { ...base, body: withField(base.body, field, text) }, refusesText });
    }
    const raw: WalkRequest[] = ["POST", "PUT", "PATCH", "DELETE"].includes(operation.method)
      ? [
          {
            ...requestOf(operation, base),
            body: { raw: '{"unfinished": ', contentType: "application/json" },
          },
          { ...requestOf(operation, base), body: { raw: "<xml/>", contentType: "application/xml" } },
        ]
      : [];
    return [
      ...[...valids, ...invalids].map((sample) => ({
        request: requestOf(operation, sample),
        refusesText: false,
      })),
      ...hostile.map(({ sample, refusesText }) => ({ request: requestOf(operation, sample), refusesText })),
      ...raw.map((request) => ({ request, refusesText: false })),
    ];
  }

  it("documents every status, matches every JSON body to its schema, and never answers 5xx", {
    timeout: 600_000,
  }, async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(40);
    const check = responseChecker();
    const problems = new Map<string, string>();
    let requests = 0;
    for (const operation of operations) {
      for (const role of ROLES) {
        await restore(role);
        for (const { request, refusesText } of requestsFor(operation, role)) {
          const response = await clients[role].send(request);
          requests++;
          let problem = check(operation, response);
          if (!problem && refusesText && response.statusCode !== 400 && response.statusCode !== 429)
            problem = `answered ${response.statusCode} to a NUL or lone surrogate, not 400`;
          const where = `${operation.method} ${operation.path} as ${role}: ${problem}`;
          if (problem && !problems.has(where)) {
            const sent = request.body ? ` ${JSON.stringify(request.body).slice(0, 200)}` : "";
            problems.set(
              where,
              `${request.method} ${request.url.slice(0, 200)}${sent} → ${response.body.slice(0, 300)}`,
            );
          }
          if (response.statusCode < 300 && response.body.length < 1_000_000)
            for (const id of response.body.match(UUID) ?? []) if (seenIds.size < 500) seenIds.add(id);
        }
      }
      // A minute per operation: the write and sign-in limits start afresh, as for people who pause.
      t.clock.advance(61_000);
    }
    console.log(
      `openapi walk (${t.databaseKind}): ${requests} requests over ${operations.length} operations as ${ROLES.length} roles (${upkeep} more to keep the roles signed in)`,
    );
    expect([...problems].map(([where, example]) => `${where}\n    ${example}`)).toEqual([]);
  });
});
