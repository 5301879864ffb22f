import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { AuthContext } from "../access/auth-context";
import { requiredScope } from "../access/token-scopes";
import type { AppContext } from "../context";
import { AppError, unauthorized } from "../lib/errors";

declare module "fastify" {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Only a browser session may call this route (sign-in, passwords, tokens): never a token. */
    sessionOnly?: boolean;
    /** A POST that changes nothing (linting a question): a `read` token may call it. */
    readOnly?: boolean;
    /** Answers a session that must set up two-step sign-in first (see AuthContext). */
    beforeSecondFactor?: boolean;
  }
}

export const SESSION_COOKIE = "rapport_session";

export interface SessionPluginOptions {
  /** Who a session cookie's token belongs to, or null. */
  resolveSession: (token: string) => Promise<AuthContext | null>;
  /** Who an API token belongs to, or null when it is unknown, revoked, expired or its person deactivated. */
  resolveToken: (token: string) => Promise<AuthContext | null>;
}

/**
 * Sets `request.auth` on every API request: from the session cookie, or from an
 * `Authorization: Bearer` API token (never both in one request), and holds a token to its scopes.
 */
export const sessionPlugin = fp(async (app: FastifyInstance, options: SessionPluginOptions) => {
  await app.register(cookie);
  app.decorateRequest("auth", null);
  // The document names the token scope each operation needs: the one enforced below.
  app.addHook("onRoute", (route) => {
    if (!route.schema || !route.url.startsWith("/api/v1/")) return;
    const scope = requiredScope(route);
    route.schema.security = scope ? [{ session: [] }, { token: [scope] }] : [{ session: [] }];
  });
  async function authenticate(
    request: FastifyRequest,
    authorization: string | undefined,
    cookieToken: string | undefined,
  ): Promise<void> {
    if (authorization === undefined) {
      request.auth = cookieToken ? await options.resolveSession(cookieToken) : null;
      if (request.auth?.mustSetUpSecondFactor && !request.routeOptions.config.beforeSecondFactor) {
        throw new AppError(
          403,
          "second_factor_setup_required",
          "Set up two-step sign-in first: this workspace asks it of admins.",
        );
      }
      return;
    }
    if (cookieToken) {
      throw new AppError(400, "mixed_credentials", "Send a session cookie or an API token, not both.");
    }
    const [kind, token, ...rest] = authorization.split(" ");
    if (kind !== "Bearer" || !token || rest.length > 0) {
      throw new AppError(401, "invalid_token", "Send the API token as: Authorization: Bearer <token>.");
    }
    const auth = await options.resolveToken(token);
    if (!auth) throw new AppError(401, "invalid_token", "This API token is unknown, revoked or expired.");
    const { schema, config } = request.routeOptions;
    const scope = requiredScope({ method: request.method, schema, config });
    if (scope === null) {
      throw new AppError(403, "session_required", "This can only be done signed in, not with an API token.");
    }
    if (!auth.scopes?.includes(scope)) {
      throw new AppError(403, "insufficient_scope", `This API token lacks the ${scope} scope.`, { scope });
    }
    request.auth = auth;
  }
  // Synchronous until there is a credential to look up: a request without one (the health check,
  // a signed-out page's calls) costs no promise and no lookup, and keeps `auth` null.
  app.addHook("onRequest", (request, _reply, done) => {
    if (!request.url.startsWith("/api/")) return done();
    const authorization = request.headers.authorization;
    const cookieToken = request.cookies[SESSION_COOKIE];
    if (authorization === undefined && !cookieToken) return done();
    authenticate(request, authorization, cookieToken).then(() => done(), done);
  });
});

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.config.baseUrl.startsWith("https://"),
    maxAge: ctx.config.sessionMaxDays * 24 * 60 * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.config.baseUrl.startsWith("https://"),
  });
}
