import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { teamLeaderManualsSchema } from "#contracts/answers";
import { teamParams } from "#contracts/teams";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentLeaderManual } from "./answer.presenter";
import { leaderManualService } from "./leader-manual.service";

export async function leaderManualRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const leaderManuals = leaderManualService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/teams/:teamId/leader-manual", {
    schema: {
      operationId: "getLeaderManual",
      tags: ["answers"],
      summary:
        "The manuals of a team's leaders: each leader's answers this viewer may see (for the team's people, what the leader shared with the team)",
      params: teamParams,
      response: { 200: teamLeaderManualsSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const { teamId, manuals } = await leaderManuals.forTeam(requireAuth(request), request.params.teamId);
      return { teamId, leaders: manuals.map(presentLeaderManual) };
    },
  });
}
