import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { errorBody } from "./errors";

/** Assets with the build's content hash in their name: a new build names them anew. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (index.html, the icon): asked again each time, so a new build shows at once. */
const REVALIDATE = "no-cache";

/** The cache rule for a served file: hashed assets (under assets/) for a year, the rest revalidated. */
export const cacheControlFor = (path: string): string =>
  /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : REVALIDATE;

/**
 * Serves the built web app (web/dist) and answers unknown non-API paths with index.html, so the
 * client-side router can take them. Unknown API paths get a JSON 404. Assets go out as the build
 * compressed them (brotli, else gzip, as the browser accepts), hashed ones cached for a year.
 */
export const webPlugin = fp(async (app: FastifyInstance, { distDir }: { distDir: string }) => {
  const hasBuild = existsSync(join(distDir, "index.html"));
  if (hasBuild) {
    // One wildcard route that looks the path up in distDir when asked ("/" is index.html, and a
    // missing file falls to the handler below), rather than a route per built file, which walked
    // distDir and added some 270 routes at every start.
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: "index.html",
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => res.setHeader("cache-control", cacheControlFor(path)),
    });
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
    return reply.type("text/html").sendFile("index.html");
  });
});
