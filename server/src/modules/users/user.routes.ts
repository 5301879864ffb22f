import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import { userParams, workspaceUserListSchema } from "#contracts/users";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { originOf } from "../security-log";
import { presentAdminUser } from "./user.presenter";
import { userService } from "./user.service";

export async function userRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const users = userService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/users", {
    schema: {
      operationId: "listUsers",
      tags: ["admin"],
      summary: "Everyone in the workspace (admins)",
      response: { 200: workspaceUserListSchema, ...errors(401, 403) },
    },
    handler: async (request) => ({ users: (await users.list(requireAuth(request))).map(presentAdminUser) }),
  });

  r.post("/users/:userId/deactivate", {
    schema: {
      operationId: "deactivateUser",
      tags: ["admin"],
      summary: "Deactivate a person: their sessions end at once (admins)",
      params: userParams,
      response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      await users.setActive(requireAuth(request), request.params.userId, false, originOf(request));
      return { ok: true as const };
    },
  });

  r.post("/users/:userId/reactivate", {
    schema: {
      operationId: "reactivateUser",
      tags: ["admin"],
      summary: "Let a deactivated person sign in again (admins)",
      params: userParams,
      response: { 200: okSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      await users.setActive(requireAuth(request), request.params.userId, true, originOf(request));
      return { ok: true as const };
    },
  });
}
