import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { errorSchema } from "#contracts/common";

interface OpenApiOptions {
  docs: boolean;
  /** The installation's BASE_URL, the document's one server. */
  baseUrl: string;
}

/**
 * OpenAPI 3.1 at /api/openapi.json, built from the routes' zod schemas, always public; the
 * interactive docs at /api/docs unless API_DOCS=false. The docs page gets the app's own CSP
 * (the security plugin's), not the weaker one Swagger UI would send, and asks no outside
 * validator for a badge.
 */
export const openApiPlugin = fp(async (app: FastifyInstance, { docs, baseUrl }: OpenApiOptions) => {
  // Any API request may carry a token, public routes' too: an unknown, revoked or expired one
  // gets 401, one without the route's scope (or on a session-only route) 403 (plugins/session.ts).
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/v1/") || !route.schema) return;
    const response = (route.schema.response ?? {}) as Record<number, unknown>;
    route.schema.response = { 401: errorSchema, 403: errorSchema, ...response };
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Rapport API",
        version: "1",
        license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
        description:
          "Sign in with POST /api/v1/auth/login; the session cookie authenticates later calls. Scripts send a personal API token instead (Authorization: Bearer rapport_pat_…), made on the account page; each operation lists the token scope it needs. Errors are {error: {code, message, details}}.",
      },
      // Paths keep their /api/v1 prefix, so the server is the installation's address itself.
      servers: [{ url: baseUrl }],
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "rapport_session" },
          token: { type: "http", scheme: "bearer", description: "A personal API token: rapport_pat_…" },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  if (docs) {
    // Loaded only when the docs are on (API_DOCS=true): it and its own packages took a tenth of a start.
    const { default: swaggerUi } = await import("@fastify/swagger-ui");
    await app.register(swaggerUi, {
      routePrefix: "/api/docs",
      staticCSP: false,
      uiConfig: { validatorUrl: null },
    });
  }
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
});
