import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness";

describe("the API description", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("is OpenAPI 3.1 and documents every /api/v1 route with its responses", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json() as {
      openapi: string;
      paths: Record<string, Record<string, { responses?: object }>>;
    };
    expect(document.openapi).toBe("3.1.0");
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const served = t.routes.filter((r) => r.includes(" /api/v1/"));
    expect(served.filter((route) => !documented.includes(route))).toEqual([]);
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations))
        expect(Object.keys(operation.responses ?? {})).not.toHaveLength(0);
    }
    expect(document.paths["/api/v1/teams/{teamId}/invitations"]?.post).toBeDefined();
  });

  it("names BASE_URL as its server, so a generated client needs no other address", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      servers?: { url: string }[];
    };
    expect(document.servers).toEqual([{ url: "http://localhost:3000" }]);
  });

  it("names every operation once, explicitly, and tags it, so generated clients get stable method names", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>;
    };
    const operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ route: `${method} ${path}`, ...operation })),
    );
    expect(operations.filter((o) => !o.operationId?.match(/^[a-z][A-Za-z]+$/)).map((o) => o.route)).toEqual(
      [],
    );
    expect(operations.filter((o) => !o.tags?.length).map((o) => o.route)).toEqual([]);
    const ids = operations.map((o) => o.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("documents on every route, public ones too, the 401 and 403 a token can get", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const undocumented = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod)
        .filter(([, operation]) => !("401" in operation.responses && "403" in operation.responses))
        .map(([method]) => `${method} ${path}`),
    );
    expect(undocumented).toEqual([]);
    const health = await t.app.inject({
      method: "GET",
      url: "/api/v1/health",
      headers: { authorization: "Bearer rapport_pat_unknown" },
    });
    expect(health.statusCode).toBe(401);
    expect(health.json()).toMatchObject({ error: { code: "invalid_token" } });
  });

  it("defines every property a schema requires, so generated clients type each one", async () => {
    const document: unknown = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const undefinedRequired: string[] = [];
    const visit = (node: unknown, pointer: string): void => {
      if (typeof node !== "object" || node === null) return;
      const schema = node as { required?: unknown; properties?: Record<string, unknown> };
      if (Array.isArray(schema.required)) {
        for (const name of schema.required)
          if (!(String(name) in (schema.properties ?? {}))) undefinedRequired.push(`${pointer} ${name}`);
      }
      for (const [key, child] of Object.entries(node)) visit(child, `${pointer}/${key}`);
    };
    visit(document, "#");
    expect(undefinedRequired).toEqual([]);
  });

  it("serves interactive docs at /api/docs", async () => {
    let url = "/api/docs";
    let response = await t.app.inject({ method: "GET", url });
    for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 3; hops++) {
      url = new URL(String(response.headers.location), `http://localhost${url}`).pathname;
      response = await t.app.inject({ method: "GET", url });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("swagger");
    // The app's own policy, not Swagger UI's weaker one.
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data:;");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(csp).not.toContain("validator.swagger.io");
    const initializer = await t.app.inject({ method: "GET", url: "/api/docs/static/swagger-initializer.js" });
    expect(initializer.body).toContain('"validatorUrl":null');
  });
});

describe("API_DOCS=false", () => {
  it("turns the docs page off and keeps the document public", async () => {
    const t = await startTestApp({ env: { API_DOCS: "false" } });
    try {
      expect((await t.app.inject({ method: "GET", url: "/api/docs" })).statusCode).toBe(404);
      expect((await t.app.inject({ method: "GET", url: "/api/docs/static/index.html" })).statusCode).toBe(
        404,
      );
      expect((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
