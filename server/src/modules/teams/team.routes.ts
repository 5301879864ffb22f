import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import {
  membershipParams,
  membershipSchema,
  newTeamBody,
  renameTeamBody,
  teamDetailSchema,
  teamListSchema,
  teamNameSchema,
  teamParams,
  teamRoleBody,
  teamSummarySchema,
} from "#contracts/teams";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { originOf } from "../security-log";
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

  r.patch("/teams/:teamId", {
    schema: {
      operationId: "renameTeam",
      tags: ["teams"],
      summary: "Rename a team (its leaders and admins)",
      params: teamParams,
      body: renameTeamBody,
      response: { 200: teamNameSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const team = await teams.rename(requireAuth(request), request.params.teamId, request.body.name);
      return { id: team.id, name: team.name };
    },
  });

  r.patch("/teams/:teamId/members/:userId", {
    schema: {
      operationId: "changeTeamRole",
      tags: ["teams"],
      summary:
        "Make a person on the team its leader or a member (its leaders and admins; 409 for the last leader unless an admin)",
      params: membershipParams,
      body: teamRoleBody,
      response: { 200: membershipSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const { teamId, userId } = request.params;
      const person = await teams.changeRole(
        requireAuth(request),
        teamId,
        userId,
        request.body.role,
        originOf(request),
      );
      return { userId: person.user_id, role: person.role };
    },
  });

  r.delete("/teams/:teamId/members/:userId", {
    schema: {
      operationId: "removeTeamMember",
      tags: ["teams"],
      summary:
        "Take a person off the team (its leaders and admins; 409 for the last leader unless an admin); their answers stay theirs",
      params: membershipParams,
      response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const { teamId, userId } = request.params;
      await teams.removePerson(requireAuth(request), teamId, userId, originOf(request));
      return { ok: true as const };
    },
  });
}
