import type { FastifyInstance, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import { errorSchema } from "#contracts/common";
import { UNSAFE_METHODS } from "../http/methods";

/** Methods whose body Fastify parses (GET and HEAD bodies are ignored). */
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * The error statuses a route answers because of what kind of route it is, not because of what
 * its handler does: 400 where anything is validated (its path parameters, declared query or
 * body, or a body that is not valid JSON), 414 where a path parameter can be longer than the
 * router takes, 413 and 415 where a body is parsed (too large, not JSON), 403 where the
 * same-origin check applies. Listed here so the OpenAPI document and the
 * response serializer know them on every route, and a new route cannot forget them.
 */
export function standardErrorStatuses(route: Pick<RouteOptions, "method" | "url" | "schema">): number[] {
  const methods = [route.method].flat();
  const takesBody = methods.some((method) => BODY_METHODS.has(method));
  const hasParams = /[:*]/.test(route.url);
  const validates = takesBody || hasParams || Boolean(route.schema?.querystring || route.schema?.body);
  return [
    ...(validates ? [400] : []),
    ...(route.url.startsWith("/api/") && methods.some((method) => UNSAFE_METHODS.has(method)) ? [403] : []),
    ...(takesBody ? [413] : []),
    ...(hasParams ? [414] : []),
    ...(takesBody ? [415] : []),
  ];
}

/** Adds the standard error responses to every documented route; a route's own entry wins. */
export const standardErrorsPlugin = fp(async (app: FastifyInstance) => {
  app.addHook("onRoute", (route) => {
    if (route.schema?.hide) return;
    const standard = Object.fromEntries(standardErrorStatuses(route).map((status) => [status, errorSchema]));
    route.schema = { ...route.schema, response: { ...standard, ...(route.schema?.response ?? {}) } };
  });
});
