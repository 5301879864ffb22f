import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import helmet, { type HelmetOptions } from "helmet";
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

/** Helmet's settings for Rapport: a strict policy of its own, HSTS only over https. */
export function helmetOptions(https: boolean): HelmetOptions {
  return {
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
  };
}

/**
 * The headers helmet sets with these options, worked out once: none of them depends on the
 * request, so every response gets the same list. (@fastify/helmet would rebuild helmet, parse
 * the policy anew, on every request: a quarter of what the cheapest request cost.)
 */
export function securityHeaders(options: HelmetOptions): [name: string, value: string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.push([name.toLowerCase(), String(value)]);
    },
    removeHeader() {},
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * Security headers on every response, `no-store` on API responses, and a same-origin check on
 * state-changing API requests (with SameSite=Lax cookies, this closes cross-site request forgery).
 * Synchronous hooks: they run on every request, and a promise each would cost more than their work.
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, { baseUrl, trustProxy }: { baseUrl: string; trustProxy: boolean }) => {
    const headers = securityHeaders(helmetOptions(baseUrl.startsWith("https://")));
    const expectedOrigin = new URL(baseUrl).origin;
    // Behind a proxy that TRUST_PROXY does not know of, every client shares the proxy's address:
    // the per-address sign-in limit then counts them all as one. Say so once.
    let warned = trustProxy;

    app.addHook("onRequest", (request, reply, done) => {
      // On the raw response, as helmet sets them: they stay whatever the reply becomes (an error, a file).
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      if (
        request.url.startsWith("/api/") &&
        UNSAFE_METHODS.has(request.method) &&
        // A token is not sent by a browser on its own, so forgery is no risk; a cookie with it is refused later.
        !(request.headers.authorization !== undefined && request.headers.cookie === undefined) &&
        !sameOrigin(request.headers.origin, request.headers["sec-fetch-site"], expectedOrigin)
      ) {
        reply.code(403).send(errorBody("cross_origin", "Requests from other sites are not allowed."));
        return;
      }
      if (!warned && request.headers["x-forwarded-for"] !== undefined) {
        warned = true;
        request.log.warn(
          "Requests carry X-Forwarded-For but TRUST_PROXY is false: every client is seen at the proxy's address, so sign-in limits per address apply to all of them at once. Set TRUST_PROXY=true behind a reverse proxy.",
        );
      }
      done();
    });

    app.addHook("onSend", (request, reply, payload, done) => {
      if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
      done(null, payload);
    });
  },
);
