import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { errorBody } from "./errors";

/**
 * Serves the built web app (web/dist) and answers unknown non-API paths with index.html, so the
 * client-side router can take them. Unknown API paths get a JSON 404.
 */
export const webPlugin = fp(async (app: FastifyInstance, { distDir }: { distDir: string }) => {
  const hasBuild = existsSync(join(distDir, "index.html"));
  if (hasBuild) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") {
      return reply
        .code(404)
        .send(errorBody("not_found", `No route for ${request.method} ${request.url.split("?")[0]}.`));
    }
    if (!hasBuild) {
      return reply.code(503).type("text/plain").send("The web app is not built yet: run `npm run build`.");
    }
    return reply.type("text/html").header("cache-control", "no-cache").sendFile("index.html");
  });
});
