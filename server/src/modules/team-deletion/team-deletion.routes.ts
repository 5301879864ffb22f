import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Transaction } from "kysely";
import { okSchema } from "#contracts/common";
import { teamParams } from "#contracts/teams";
import type { AppContext } from "../../context";
import type { Database } from "../../db/schema";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { forgetCommitments } from "../commitments";
import { forgetConversations } from "../conversations";
import { forgetEstimates } from "../followership";
import { forgetKnowledge } from "../knowledge";
import { teamService } from "../teams";

/**
 * Deleting a team spans several features: the team goes (teams), and with it what its leaders
 * wrote about people they no longer lead (knowledge), what they and those people promised each
 * other (commitments), their conversations, cadences and answer requests with them
 * (conversations), and their followership estimates of them (followership). A use case of its
 * own, so that no module imports another for it (knowledge reaches teams through answers).
 */
async function forgetPairs(
  trx: Transaction<Database>,
  forgotten: { leaderId: string; personIds: string[] }[],
): Promise<void> {
  await forgetKnowledge(trx, forgotten);
  await forgetCommitments(trx, forgotten);
  await forgetConversations(trx, forgotten);
  await forgetEstimates(trx, forgotten);
}

export async function teamDeletionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const teams = teamService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.delete("/teams/:teamId", {
    schema: {
      operationId: "deleteTeam",
      tags: ["teams"],
      summary:
        "Delete a team with its invitations, and what its leaders wrote about its people, their commitments and conversations with them unless they lead them on another team; members' answers stay (admins, or its only leader: 409 while others lead it)",
      params: teamParams,
      response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      await teams.delete(requireAuth(request), request.params.teamId, forgetPairs);
      return { ok: true as const };
    },
  });
}
