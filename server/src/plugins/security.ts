import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { UNSAFE_METHODS } from "../http/methods";
import { errorBody } from "./errors";

/**
 * Whether an unsafe request may come from where it says it does. A browser names its page's
 * origin: it must be BASE_URL's, scheme, host and port alike (`null`, sent by sandboxed frames
 * and some redirects, is refused). A browser that sends `Sec-Fetch-Site: cross-site` is refused
 * whatever its Origin says. A request with neither header is a script, not a page, and passes.
 */
export function sameOrigin(
  origin: string | undefined,
  fetchSite: string | string[] | undefined,
  expectedOrigin: string,
): boolean {
  if (fetchSite === "cross-site") return false;
  if (origin === undefined) return true;
  try {
    return new URL(origin).origin === expectedOrigin;
  } catch {
    return false;
  }
}

/**
 * Security headers on every response, `no-store` on API responses, and a same-origin check on
 * state-changing API requests (with SameSite=Lax cookies, this closes cross-site request forgery).
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, { baseUrl, trustProxy }: { baseUrl: string; trustProxy: boolean }) => {
    const https = baseUrl.startsWith("https://");
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          fontSrc: ["'self'"],
          // Only over https: on plain http (a LAN address) it would break every asset.
          upgradeInsecureRequests: https ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: https,
    });

    const expectedOrigin = new URL(baseUrl).origin;
    app.addHook("onRequest", async (request, reply) => {
      if (!request.url.startsWith("/api/") || !UNSAFE_METHODS.has(request.method)) return;
      // A token is not sent by a browser on its own, so forgery is no risk; a cookie with it is refused later.
      if (request.headers.authorization !== undefined && request.headers.cookie === undefined) return;
      if (!sameOrigin(request.headers.origin, request.headers["sec-fetch-site"], expectedOrigin)) {
        return reply.code(403).send(errorBody("cross_origin", "Requests from other sites are not allowed."));
      }
    });

    app.addHook("onSend", async (request, reply) => {
      if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
    });

    // Behind a proxy that TRUST_PROXY does not know of, every client shares the proxy's address:
    // the per-address sign-in limit then counts them all as one. Say so once.
    let warned = trustProxy;
    app.addHook("onRequest", async (request) => {
      if (warned || request.headers["x-forwarded-for"] === undefined) return;
      warned = true;
      request.log.warn(
        "Requests carry X-Forwarded-For but TRUST_PROXY is false: every client is seen at the proxy's address, so sign-in limits per address apply to all of them at once. Set TRUST_PROXY=true behind a reverse proxy.",
      );
    });
  },
);
