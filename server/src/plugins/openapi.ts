import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** OpenAPI 3.1 at /api/openapi.json, built from the routes' zod schemas; docs at /api/docs. */
export const openApiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Rapport API",
        version: "1",
        description:
          "Sign in with POST /api/v1/auth/login; the session cookie authenticates later calls. Errors are {error: {code, message, details}}.",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "rapport_session" } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
});
