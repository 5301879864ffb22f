import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { AppContext } from "../context";
import { WRITE_WINDOW_MS, writeLimitRepository, writeWindowStart } from "../db/write-limit.repository";
import { UNSAFE_METHODS } from "../http/methods";
import { errors } from "../http/schemas";
import { iso } from "../lib/clock";
import { AppError } from "../lib/errors";

/** Routes with limits of their own (sign-in, first-run setup, password change). */
const OWN_LIMITS = [/^\/api\/v1\/auth\//, /^\/api\/v1\/setup$/, /^\/api\/v1\/me\/password$/];

/** A write to content: an unsafe method on an /api/v1 route that has no limit of its own. */
export const isLimitedWrite = (method: string, routeUrl: string): boolean =>
  UNSAFE_METHODS.has(method) &&
  routeUrl.startsWith("/api/v1/") &&
  !OWN_LIMITS.some((own) => own.test(routeUrl));

/**
 * A per-person limit on writes to content routes: at most `WRITE_LIMIT_PER_MINUTE` in each
 * minute, counted in the database (as sign-in failures are) so several processes share it. One
 * person's write loop then costs everyone else at most that many writes a minute. Beyond it,
 * `429 too_many_writes` with `Retry-After`. Runs after the session plugin (it needs
 * `request.auth`); signed-out requests are refused by the routes and not counted.
 */
export const writeLimitPlugin = fp(async (app: FastifyInstance, { ctx }: { ctx: AppContext }) => {
  const limit = ctx.config.writeLimitPerMinute;

  const countWrite = async (request: FastifyRequest) => {
    if (!request.auth || !isLimitedWrite(request.method, request.routeOptions.url ?? "")) return;
    const now = ctx.clock.now().getTime();
    const windowStart = writeWindowStart(now);
    const counted = await writeLimitRepository.take(
      ctx.db,
      request.auth.userId,
      iso(new Date(windowStart)),
      limit,
    );
    // A person's first write in a window clears out stale windows (one delete per person a minute).
    if (counted === 1) await writeLimitRepository.forgetStale(ctx.db, new Date(now));
    if (counted !== null) return;
    const retryAfter = Math.max(1, Math.ceil((windowStart + WRITE_WINDOW_MS - now) / 1000));
    throw new AppError(
      429,
      "too_many_writes",
      `Too many changes in a short time. Try again in ${retryAfter} seconds.`,
      { retryAfterSeconds: retryAfter },
      { "retry-after": String(retryAfter) },
    );
  };

  // Only the routes that can be limited get the hook (after the session plugin's, as a route's
  // own hooks run after the app's), so a read pays nothing for it; the OpenAPI document lists
  // the 429 on exactly those routes.
  app.addHook("onRoute", (route) => {
    if (![route.method].flat().some((method) => isLimitedWrite(method, route.url))) return;
    route.schema = { ...route.schema, response: { ...(route.schema?.response ?? {}), ...errors(429) } };
    route.onRequest = [route.onRequest ?? []].flat().concat(countWrite);
  });
});
