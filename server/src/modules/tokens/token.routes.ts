import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import {
  type ApiToken,
  apiTokenListSchema,
  createdTokenSchema,
  newTokenBody,
  tokenParams,
} from "#contracts/tokens";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { originOf } from "../security-log";
import type { TokenListRow } from "./token.repository";
import { tokenService } from "./token.service";

const present = (row: TokenListRow): ApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
  owner: { id: row.user_id, name: row.owner_name },
});

/** Personal API tokens. Only a browser session manages tokens: a token cannot make or list tokens. */
export async function tokenRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const tokens = tokenService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionOnly = { sessionOnly: true };

  r.get("/me/tokens", {
    config: sessionOnly,
    schema: {
      operationId: "listMyTokens",
      tags: ["tokens"],
      summary: "My API tokens (never their secrets)",
      response: { 200: apiTokenListSchema, ...errors(401, 403) },
    },
    handler: async (request) => ({ tokens: (await tokens.mine(requireAuth(request))).map(present) }),
  });

  r.post("/me/tokens", {
    config: sessionOnly,
    schema: {
      operationId: "createToken",
      tags: ["tokens"],
      summary: "Create an API token; its secret is in this response only",
      body: newTokenBody,
      response: { 201: createdTokenSchema, ...errors(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const { row, token } = await tokens.create(requireAuth(request), request.body, originOf(request));
      reply.code(201);
      return { ...present(row), token };
    },
  });

  r.get("/tokens", {
    config: sessionOnly,
    schema: {
      operationId: "listWorkspaceTokens",
      tags: ["tokens"],
      summary: "Every API token in the workspace, with its owner (admins; never a secret)",
      response: { 200: apiTokenListSchema, ...errors(401, 403) },
    },
    handler: async (request) => ({ tokens: (await tokens.all(requireAuth(request))).map(present) }),
  });

  r.delete("/tokens/:tokenId", {
    config: sessionOnly,
    schema: {
      operationId: "revokeToken",
      tags: ["tokens"],
      summary: "Revoke a token (its owner, or an admin); it stops working at once",
      params: tokenParams,
      response: { 200: okSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      await tokens.revoke(requireAuth(request), request.params.tokenId, originOf(request));
      return { ok: true as const };
    },
  });
}
