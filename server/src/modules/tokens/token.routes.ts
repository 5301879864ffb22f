import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { TOKEN_SCOPES } from "../../access/token-scopes";
import type { AppContext } from "../../context";
import { displayNameSchema, errors, okSchema, uuidParam } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import type { TokenListRow } from "./token.repository";
import { TOKEN_MAX_DAYS, tokenService } from "./token.service";

const scopeSchema = z.enum(TOKEN_SCOPES);

/** A token as listed: never its secret or its hash. */
const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(scopeSchema),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }),
});

const present = (row: TokenListRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: JSON.parse(row.scopes) as z.infer<typeof scopeSchema>[],
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
      response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errors(401, 403) },
    },
    handler: async (request) => ({ tokens: (await tokens.mine(requireAuth(request))).map(present) }),
  });

  r.post("/me/tokens", {
    config: sessionOnly,
    schema: {
      operationId: "createToken",
      tags: ["tokens"],
      summary: "Create an API token; its secret is in this response only",
      body: z.object({
        name: displayNameSchema(60),
        expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS, `must be at most ${TOKEN_MAX_DAYS} days`),
        scopes: z.array(scopeSchema).min(1, "needs at least one scope"),
      }),
      response: { 201: tokenSchema.extend({ token: z.string() }), ...errors(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const { row, token } = await tokens.create(requireAuth(request), request.body);
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
      response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errors(401, 403) },
    },
    handler: async (request) => ({ tokens: (await tokens.all(requireAuth(request))).map(present) }),
  });

  r.delete("/tokens/:tokenId", {
    config: sessionOnly,
    schema: {
      operationId: "revokeToken",
      tags: ["tokens"],
      summary: "Revoke a token (its owner, or an admin); it stops working at once",
      params: z.object({ tokenId: uuidParam }),
      response: { 200: okSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      await tokens.revoke(requireAuth(request), request.params.tokenId);
      return { ok: true as const };
    },
  });
}
