import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditSchema, personAuditParams, teamAuditParams } from "#contracts/audit";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { type EncodedBody, sendEncoded } from "../../http/encoded-body";
import { errors } from "../../http/schemas";
import { StampedCache } from "../../lib/stamped-cache";
import { requireAuth } from "../../plugins/session";
import { auditRunner } from "./audit.runner";
import type { AuditTask } from "./audit.task";

/**
 * How long an audit may be served again while nothing changed. Staleness and "days since" move
 * with the clock, so a kept audit is at most this far behind it.
 */
const AUDIT_KEPT_MS = 60_000;

export async function auditRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Audits are computed off the request's thread (AUDIT_WORKERS), so a large team's holds up no one.
  const audits = auditRunner(ctx);
  app.addHook("onClose", () => audits.close());
  const r = app.withTypeProvider<ZodTypeProvider>();
  const response = { 200: auditSchema, ...errors(400, 401, 404) };
  /**
   * An audit carries one state per (person, facet): thousands of entries for a team, read far more
   * often than the knowledge behind it changes. Each is kept serialized, per viewer, until the
   * viewer's workspace's data version moves (StampedCache, ADR 5): the version read with the
   * session, before the audit is computed, so serving a kept one reads nothing more. It is
   * serialized here rather than checked against the zod schema: `present` builds every field by hand (no row is spread into it), and
   * audit.routes.test.ts asserts the output matches auditSchema exactly.
   */
  const kept = new StampedCache<EncodedBody>(ctx.clock, { max: 500, ttlMs: AUDIT_KEPT_MS });
  const send = async (
    request: FastifyRequest,
    reply: FastifyReply,
    auth: AuthContext,
    key: string,
    task: AuditTask,
  ) => {
    const scope = { id: auth.workspaceId, stamp: auth.dataVersion };
    const body = await kept.get(scope, key, () => audits.encoded(auth, task));
    return sendEncoded(request, reply, body);
  };

  r.get("/people/:userId/audit", {
    schema: {
      operationId: "getPersonAudit",
      tags: ["audit"],
      summary: "The assumption audit of one person I lead",
      params: personAuditParams,
      response,
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      const { userId } = request.params;
      return send(request, reply, auth, `person:${auth.userId}:${userId}`, {
        kind: "person",
        personId: userId,
      });
    },
  });

  r.get("/teams/:teamId/audit", {
    schema: {
      operationId: "getTeamAudit",
      tags: ["audit"],
      summary: "The assumption audit of a team I lead",
      params: teamAuditParams,
      response,
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      const { teamId } = request.params;
      return send(request, reply, auth, `team:${auth.userId}:${teamId}`, { kind: "team", teamId });
    },
  });

  r.get("/me/audit", {
    schema: {
      operationId: "getMyAudit",
      tags: ["audit"],
      summary: "My assumption audit as a leader, across every team I lead",
      response,
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      return send(request, reply, auth, `leader:${auth.userId}`, { kind: "leader" });
    },
  });
}
