import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeam, joinTeam, setupWorkspace } from "../../test/factories";
import { type Client, startTestApp, type TestApp } from "../../test/harness";
import { standardErrorStatuses } from "./standard-errors";

describe("the error statuses a kind of route answers", () => {
  it("are 400 wherever something is validated, 413 and 415 where a body is parsed, 414 where a path has parameters, 403 on API writes", () => {
    expect(standardErrorStatuses({ method: "GET", url: "/api/v1/me" })).toEqual([]);
    expect(standardErrorStatuses({ method: "GET", url: "/api/v1/teams/:teamId" })).toEqual([400, 414]);
    expect(
      standardErrorStatuses({ method: "GET", url: "/api/v1/bank", schema: { querystring: {} } }),
    ).toEqual([400]);
    expect(standardErrorStatuses({ method: "POST", url: "/api/v1/auth/logout" })).toEqual([
      400, 403, 413, 415,
    ]);
    expect(standardErrorStatuses({ method: "DELETE", url: "/api/v1/me/answers/:facetId" })).toEqual([
      400, 403, 413, 414, 415,
    ]);
    expect(standardErrorStatuses({ method: ["GET", "HEAD"], url: "/assets/*" })).toEqual([400, 414]);
  });
});

interface Operation {
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe("the OpenAPI document and the server agree", () => {
  let t: TestApp;
  let member: Client;
  let operations: { route: string; operation: Operation }[];
  beforeAll(async () => {
    t = await startTestApp();
    const { admin } = await setupWorkspace(t);
    member = (await joinTeam(t, admin, await createTeam(admin, "Team A"), "member")).client;
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
    );
  });
  afterAll(() => t.close());

  const documented = (route: string) => operations.find((o) => o.route === route)?.operation;

  it("documents the manual as the Markdown it is served as", async () => {
    const served = await member.get("/api/v1/me/manual.md");
    expect(served.statusCode).toBe(200);
    expect(served.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(Object.keys(documented("get /api/v1/me/manual.md")?.responses["200"]?.content ?? {})).toEqual([
      "text/markdown",
    ]);
  });

  it("documents 415 on every operation that takes a body, and answers it with the envelope", async () => {
    const withBody = operations.filter((o) => o.operation.requestBody);
    expect(withBody.length).toBeGreaterThan(10);
    expect(withBody.filter((o) => !o.operation.responses["415"]).map((o) => o.route)).toEqual([]);
    const response = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: { cookie: member.sessionCookie ?? "", "content-type": "application/xml" },
      payload: "<name>Mo</name>",
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      error: { code: "unsupported_media_type", message: "Send the body as application/json.", details: {} },
    });
  });

  it("documents 400 on every operation with a parameter or a body, the long facet id of a withdrawal included", async () => {
    const validated = operations.filter((o) => o.operation.requestBody || o.operation.parameters?.length);
    expect(validated.filter((o) => !o.operation.responses["400"]).map((o) => o.route)).toEqual([]);
    const response = await member.delete(`/api/v1/me/answers/${"x".repeat(61)}`);
    expect(response.statusCode).toBe(400);
    expect(documented("delete /api/v1/me/answers/{facetId}")?.responses["400"]).toBeDefined();
  });

  it("answers a path the router cannot take in the error envelope, with documented statuses", async () => {
    const badUtf8 = await member.delete("/api/v1/me/answers/%ED%A0%80");
    expect(badUtf8.statusCode).toBe(400);
    expect(badUtf8.json()).toEqual({
      error: { code: "invalid_url", message: "The path is not valid percent-encoded UTF-8.", details: {} },
    });
    const overlong = await member.delete(`/api/v1/me/answers/${"x".repeat(101)}`);
    expect(overlong.statusCode).toBe(414);
    expect(overlong.json()).toEqual({
      error: { code: "uri_too_long", message: "A path parameter is too long.", details: {} },
    });
    const withParams = operations.filter((o) => o.route.includes("{"));
    expect(withParams.filter((o) => !o.operation.responses["414"]).map((o) => o.route)).toEqual([]);
  });
});
