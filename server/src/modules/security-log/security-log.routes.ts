import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { okSchema } from "#contracts/common";
import {
  mySessionsSchema,
  mySignInsSchema,
  securityLogCsvQuery,
  securityLogQuery,
  securityLogSchema,
  securitySettingsBody,
  securitySettingsSchema,
  sessionParams,
} from "#contracts/security-log";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { originOf } from "./security-log.record";
import { CSV_MAX_ROWS, securityLogService } from "./security-log.service";

/**
 * The security log for admins, and each person's own sessions and sign-ins. Every route is for a
 * browser session only: a token neither reads who signed in from where nor ends sessions.
 */
export async function securityLogRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const log = securityLogService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionOnly = { sessionOnly: true };

  r.get("/security-log", {
    config: sessionOnly,
    schema: {
      operationId: "listSecurityEvents",
      tags: ["admin"],
      summary: "The workspace's security log, newest first, filtered and paged (admins)",
      description:
        "Sign-ins and failed sign-ins, password changes and resets, role changes, deactivations, invitations, coach grants, exports, tokens and ended sessions: who, when, from which address and user agent, and the outcome. Never content and never a secret. `personId` matches the actor or the subject; `from` and `to` are UTC days, both inclusive; `before` is the `next` of the previous page.",
      querystring: securityLogQuery,
      response: { 200: securityLogSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => log.list(requireAuth(request), request.query),
  });

  r.get("/security-log.csv", {
    config: sessionOnly,
    schema: {
      operationId: "downloadSecurityLog",
      tags: ["admin"],
      summary: "The security log as CSV, with the same filters (admins)",
      description: `Newest first, at most ${CSV_MAX_ROWS} rows. A cell that starts with =, +, - or @ is prefixed with an apostrophe, so a spreadsheet shows it as text.`,
      querystring: securityLogCsvQuery,
      response: {
        200: { description: "The log, as an attachment", content: { "text/csv": { schema: z.string() } } },
        ...errors(400, 401, 403),
      },
    },
    handler: async (request, reply) => {
      const body = await log.csv(requireAuth(request), request.query);
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="rapport-security-log-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`,
        )
        .send(body);
    },
  });

  r.get("/settings/security-log", {
    config: sessionOnly,
    schema: {
      operationId: "getSecurityLogSettings",
      tags: ["admin"],
      summary: "How many days the security log keeps an event (admins)",
      response: { 200: securitySettingsSchema, ...errors(401, 403) },
    },
    handler: async (request) => log.settings(requireAuth(request)),
  });

  r.patch("/settings/security-log", {
    config: sessionOnly,
    schema: {
      operationId: "setSecurityLogSettings",
      tags: ["admin"],
      summary: "Change how many days the security log keeps an event (admins; 30 to 3650)",
      description: "A daily job deletes events older than this. The change is itself recorded in the log.",
      body: securitySettingsBody,
      response: { 200: securitySettingsSchema, ...errors(400, 401, 403) },
    },
    handler: async (request) =>
      log.setRetention(requireAuth(request), request.body.retentionDays, originOf(request)),
  });

  r.get("/me/sessions", {
    config: sessionOnly,
    schema: {
      operationId: "listMySessions",
      tags: ["account"],
      summary: "Where I am signed in: my sessions that still work, this one marked",
      response: { 200: mySessionsSchema, ...errors(401, 403) },
    },
    handler: async (request) => ({ sessions: await log.mySessions(requireAuth(request)) }),
  });

  r.delete("/me/sessions/:sessionId", {
    config: sessionOnly,
    schema: {
      operationId: "endMySession",
      tags: ["account"],
      summary: "End another session of mine: it is signed out at once (404 for any other, and for this one)",
      params: sessionParams,
      response: { 200: okSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      await log.endSession(requireAuth(request), request.params.sessionId, originOf(request));
      return { ok: true as const };
    },
  });

  r.get("/me/sign-ins", {
    config: sessionOnly,
    schema: {
      operationId: "listMySignIns",
      tags: ["account"],
      summary: "My recent sign-ins and failed attempts at my account, newest first",
      response: { 200: mySignInsSchema, ...errors(401, 403) },
    },
    handler: async (request) => ({ signIns: await log.mySignIns(requireAuth(request)) }),
  });
}
