import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import { accountDeletionBody } from "#contracts/erasure";
import { userParams } from "#contracts/users";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { clearSessionCookie, requireAuth } from "../../plugins/session";
import { originOf } from "../security-log";
import { erasureService } from "./erasure.service";

export async function erasureRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const erasure = erasureService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.delete("/me", {
    config: { sessionOnly: true },
    schema: {
      operationId: "deleteMyAccount",
      tags: ["account"],
      summary:
        "Delete my account after my password: my answers, history, assessments, stances, ratings, talking points and everything written about me go; commitments and shared conversation notes stay with the other person, naming me a former member (409 while I am a team's only leader or the only admin)",
      body: accountDeletionBody,
      response: { 200: okSchema, ...errors(400, 401, 409, 429) },
    },
    handler: async (request, reply) => {
      await erasure.eraseSelf(requireAuth(request), request.body.password, originOf(request));
      clearSessionCookie(reply, ctx);
      return { ok: true as const };
    },
  });

  r.delete("/users/:userId", {
    config: { sessionOnly: true },
    schema: {
      operationId: "deleteUser",
      tags: ["admin"],
      summary:
        "Delete a person of my workspace and everything of theirs, as they could themselves (admins; 409 while they are a team's only leader, and for myself)",
      params: userParams,
      response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      await erasure.eraseOther(requireAuth(request), request.params.userId, originOf(request));
      return { ok: true as const };
    },
  });
}
