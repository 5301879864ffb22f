import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  newTeamBody,
  teamDetailSchema,
  teamListSchema,
  teamParams,
  teamSummarySchema,
} from "#contracts/teams";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { teamService } from "./team.service";

export async function teamRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const teams = teamService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/teams", {
    schema: {
      operationId: "listTeams",
      tags: ["teams"],
      summary: "Teams I lead or belong to (every team, for admins)",
      response: { 200: teamListSchema, ...errors(401) },
    },
    handler: async (request) => {
      const rows = await teams.list(requireAuth(request));
      return { teams: rows.map(({ role, ...t }) => ({ ...t, myRole: role })) };
    },
  });

  r.post("/teams", {
    schema: {
      operationId: "createTeam",
      tags: ["teams"],
      summary: "Create a team; its first leader is the creator, or leaderId (admins)",
      body: newTeamBody,
      response: { 201: teamSummarySchema, ...errors(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      const team = await teams.create(auth, request.body);
      const myRole = (request.body.leaderId ?? auth.userId) === auth.userId ? ("leader" as const) : null;
      return reply.code(201).send({ id: team.id, name: team.name, myRole, memberCount: 1 });
    },
  });

  r.get("/teams/:teamId", {
    schema: {
      operationId: "getTeam",
      tags: ["teams"],
      summary: "A team with its leaders and members",
      params: teamParams,
      response: { 200: teamDetailSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const { team, role, roster, canManage } = await teams.detail(
        requireAuth(request),
        request.params.teamId,
      );
      const person = ({ id, name, email }: { id: string; name: string; email: string }) => ({
        id,
        name,
        email,
      });
      return {
        id: team.id,
        name: team.name,
        myRole: role,
        canManage,
        leaders: roster.filter((p) => p.role === "leader").map(person),
        members: roster.filter((p) => p.role === "member").map(person),
      };
    },
  });
}
