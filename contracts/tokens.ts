import { z } from "zod";
import { displayNameSchema, uuidParam } from "./common";

/**
 * What a token may do: `read` allows every read; each `write:<feature>` the changes of one feature
 * (server/src/access/token-scopes.ts maps routes to them).
 */
export const TOKEN_SCOPES = [
  "read",
  "write:account",
  "write:admin",
  "write:answers",
  "write:knowledge",
  "write:conversations",
  "write:facets",
  "write:teams",
  "write:invitations",
  "write:questions",
  "write:commitments",
  "write:pulses",
  "write:followership",
  "write:priorities",
  "write:goals",
  "write:coaching",
] as const;
export const tokenScopeSchema = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof tokenScopeSchema>;

/** The longest a token may live. */
export const TOKEN_MAX_DAYS = 365;

export const tokenParams = z.object({ tokenId: uuidParam });

/** A token as listed: never its secret or its hash. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(tokenScopeSchema),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ tokens: z.array(apiTokenSchema) });
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;

/** A new token with its secret: the only time the secret is shown. */
export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const newTokenBody = z.object({
  name: displayNameSchema(60),
  expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS, `must be at most ${TOKEN_MAX_DAYS} days`),
  scopes: z.array(tokenScopeSchema).min(1, "needs at least one scope"),
});
export type CreateTokenInput = z.input<typeof newTokenBody>;
